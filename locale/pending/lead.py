EN = {
    "Gemeinsame Grundlagen": "Shared foundations",
}
EN.update(
    {
        "Translations": "Translations",
        "Ihre Entscheidung zu „%(title)s“ wurde nicht übernommen. Die Prüfung ist bereits abgeschlossen.": "Your decision on “%(title)s” was not applied. The review has already been completed.",
    }
)
