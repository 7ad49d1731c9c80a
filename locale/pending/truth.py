"""German → English pairs of the visibility, facts, taxonomy and deletion strings."""

EN = {
    "Nur auf Deutsch": "Only in German",
    "Der deutsche Text wurde am %(date)s aktualisiert.": "Updated in German on %(date)s.",
    "Deutsche Fassung lesen": "Read the German version",
    "Was gelöscht wird, in jeder Sprache": "What is deleted, in every language",
    "veröffentlicht": "published",
    "Alias": "Alias",
    "Englische Bezeichnung": "English label",
    "Englisch": "English",
    "Verwendet von Angeboten": "Used by offers",
    "Einordnung": "Classification",
    "Zusammenführen": "Merge",
    "Zusammenführen mit": "Merge into",
    "„%(term)s“ zusammenführen": "Merge “%(term)s”",
    "„%(term)s“ wird von %(count)d Angeboten verwendet: bitte mit einem anderen Begriff zusammenführen.": (
        "“%(term)s” is used by %(count)d offers: please merge it into another term."
    ),
    "„%(term)s“ wurde mit „%(target)s“ zusammengeführt; %(count)d Angebote geändert.": (
        "“%(term)s” was merged into “%(target)s”; %(count)d offers changed."
    ),
    "Sie dürfen keine Begriffe zusammenführen.": "You may not merge terms.",
    (
        "%(counter)s Angebot verwendet diesen Begriff. Es wird dem gewählten Begriff zugeordnet, in allen "
        "Sprachen; danach wird dieser Begriff gelöscht."
    ): (
        "%(counter)s offer uses this term. It will be assigned to the chosen term, in every language; "
        "then this term is deleted.",
        "%(counter)s offers use this term. They will be assigned to the chosen term, in every language; "
        "then this term is deleted.",
    ),
    "Gruppe der Redakteurinnen und Redakteure": "Editors' group",
    "Sammlung für Bilder und Dokumente": "Collection for images and documents",
}
