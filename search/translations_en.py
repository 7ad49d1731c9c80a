"""English translations of the search app's new interface strings, to merge into locale/en.

Keys are the German msgids exactly as in the code and templates (template
variables in ``%(name)s`` form, as ``makemessages`` writes them); plural entries
map to (singular, plural). Strings that the catalogue already has (Suche,
Suchen, Suchbegriff, Anbieter, Format, Niveau, …) are not repeated here.
"""

EN = {
    # URLs
    "suche/vorschlaege/": "search/suggestions/",
    # search/models.py
    "Seite": "Page",
    "Suchindex-Eintrag": "Search index entry",
    "Suchindex-Einträge": "Search index entries",
    "Begriffe": "Terms",
    "Gleichbedeutende Begriffe, durch Kommas getrennt, z. B. „KI, Künstliche Intelligenz“.": (
        "Terms with the same meaning, separated by commas, e.g. “AI, artificial intelligence”."
    ),
    "Synonym": "Synonym",
    "Synonyme": "Synonyms",
    "Suchanfrage": "Search query",
    "Suchanfragen": "Search queries",
    "Treffer": "Results",
    "Suchanfrage-Statistik": "Search query statistic",
    "Suchanfrage-Statistiken": "Search query statistics",
    # search/query.py
    "Relevanz": "Relevance",
    "Nächster Termin": "Next date",
    "Kompetenzbereich (DigComp)": "Competence area (DigComp)",
    "Vergangene Angebote": "Past offers",
    "Ab Datum": "From date",
    "Bis Datum": "Until date",
    # search/wagtail_hooks.py
    "Such-Synonyme": "Search synonyms",
    # search/templates/search/search.html
    "Vorschläge": "Suggestions",
    "Vorschläge: {count}. Mit den Pfeiltasten auswählen, mit Enter öffnen.": (
        "Suggestions: {count}. Choose with the arrow keys, open with Enter."
    ),
    "Zum Beispiel: KI-Kurs für Verwaltung, Workshop Datenschutz, Python": (
        "For example: AI course for public administration, data protection workshop, Python"
    ),
    "Angebote filtern": "Filter offers",
    "Kosten und Zeitraum": "Cost and period",
    "Vergangene Angebote einbeziehen": "Include past offers",
    "Sortierung": "Sort by",
    "Filter anwenden": "Apply filters",
    "Alle Filter zurücksetzen": "Clear all filters",
    # search/templates/search/includes/results.html
    "Ergebnisse": "Results",
    "%(counter)s kommendes Angebot": ("%(counter)s upcoming offer", "%(counter)s upcoming offers"),
    "Einige Filterwerte aus der Adresse sind unbekannt und wurden ignoriert.": (
        "Some filter values in the address are unknown and were ignored."
    ),
    "Kein Ergebnis enthält alle Suchbegriffe. Angezeigt werden Ergebnisse mit einigen davon.": (
        "No result contains all search terms. Showing results with some of them."
    ),
    "Empfehlungen der Redaktion": "Recommended by the editors",
    "Nichts gefunden": "Nothing found",
    "Meinten Sie": "Did you mean",
    "Weniger Filter finden mehr. Entfernen Sie einen:": "Fewer filters find more. Remove one:",
    "Ohne „%(label)s“": "Without “%(label)s”",
    "Tipps: Prüfen Sie die Schreibweise, verwenden Sie allgemeinere Begriffe oder stöbern Sie in den Arenen:": (
        "Tips: check the spelling, use more general terms or browse the arenas:"
    ),
    # search/templates/search/admin/*.html
    "Suchanfragen der letzten %(days)s Tage. Gespeichert werden nur Suchtext, Sprache, Trefferzahl und Datum.": (
        "Search queries of the last %(days)s days. Only the query text, language, number of results and date "
        "are stored."
    ),
    "Häufigste Suchanfragen": "Most frequent queries",
    "Suchanfragen ohne Treffer": "Queries without results",
    "Anzahl Suchen": "Searches",
    "Zuletzt": "Last",
    "Keine Einträge.": "No entries.",
}
