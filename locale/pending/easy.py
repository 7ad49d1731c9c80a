EN = {
    "Bitte auswählen": "Please choose",
    "Fehler:": "Error:",
    "Bitte korrigieren Sie %(counter)s Angabe:": (
        "Please correct %(counter)s entry:",
        "Please correct %(counter)s entries:",
    ),
    "Alle Nachrichten": "All news",
    "Angebote": "Offers",
}
EN.update(
    {
        "Leichte Sprache": "Easy Read German",
        "Satz mit mehr als %(max)s Wörtern: teilen Sie ihn in kurze Sätze.": "Sentence of more than %(max)s words: split it into short sentences.",
        "Langes Wort: trennen Sie es mit Binde·strich oder Medio·punkt.": "Long word: divide it with a hyphen or a middle dot.",
        "Abkürzung: schreiben Sie das Wort aus oder erklären Sie es.": "Abbreviation: write the word out or explain it.",
        "Zahl als Wort: schreiben Sie Zahlen als Ziffern.": "Number as a word: write numbers as digits.",
        "Römische Zahl: schreiben Sie arabische Ziffern.": "Roman numeral: write Arabic digits.",
        "Prozent-Angabe: sagen Sie es einfacher, zum Beispiel „viele“ oder „die Hälfte“.": "Percentage: say it more simply, for example “many” or “half”.",
        "Verneinung: sagen Sie es positiv, wenn es geht.": "Negation: say it positively where you can.",
        "Passiv: sagen Sie, wer etwas macht.": "Passive voice: say who does something.",
        "Möglichkeits-Form (Konjunktiv): schreiben Sie klar und direkt.": "Subjunctive: write clearly and directly.",
        "Hinweise für Leichte Sprache (nur in der Vorschau)": "Easy Read advice (preview only)",
        "%(counter)s Stelle weicht von den Regeln ab. Das ist ein Rat, kein Fehler.": (
            "%(counter)s passage departs from the rules. This is advice, not an error.",
            "%(counter)s passages depart from the rules. This is advice, not an error.",
        ),
        "Keine Hinweise: der Text folgt den geprüften Regeln.": "No advice: the text follows the rules checked.",
    }
)
