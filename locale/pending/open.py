EN = {
    "Online": "Online",
    "auch online": "also online",
    "kostenfrei": "free of charge",
    "kostenpflichtig": "paid",
    "Neue und geänderte Einträge: %(title)s": "New and changed entries: %(title)s",
    "Zurzeit keine kommenden Angebote.": "No upcoming offers at the moment.",
    "Alle Angebote auf Digital Campus Leipzig": "All offers on Digital Campus Leipzig",
    "Auf eigener Website einbinden": "Embed on your own website",
    "Mit diesem HTML-Code zeigt Ihre Website die kommenden Angebote dieser Seite, immer aktuell. "
    "Die eingebettete Liste setzt keine Cookies, lädt keine Skripte und keine Inhalte Dritter.": (
        "With this HTML code your website shows the upcoming offers of this page, always up to date. "
        "The embedded list sets no cookies and loads no scripts and no third-party content."
    ),
    "Die Seite ist noch nicht veröffentlicht: die Liste erscheint erst nach der Freigabe.": (
        "The page is not published yet: the list appears once it is approved."
    ),
    "HTML-Code zum Kopieren": "HTML code to copy",
    "Vorschau der eingebetteten Liste": "Preview of the embedded list",
    "In den Kalender": "Add to calendar",
    "Diese Termine in den Kalender": "Add these dates to your calendar",
    "Als Feed abonnieren": "Subscribe as a feed",
}
