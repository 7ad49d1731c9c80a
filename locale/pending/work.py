"""German → English pairs of the editorial workbench (merged into locale/en by the lead)."""

EN = {
    "Abgesagt": "Cancelled",
    "abgesagt": "cancelled",
    "Abgesagt:": "Cancelled:",
    "Dieses Angebot findet nicht statt.": "This offer will not take place.",
    "Das ganze Angebot fällt aus. Es bleibt mit dem Hinweis „abgesagt“ sichtbar, "
    "sobald die Absage geprüft und freigegeben ist.": "The whole offer is cancelled. It stays visible, marked "
    "“cancelled”, once the cancellation has been reviewed and approved.",
    "Nur dieser Termin fällt aus; er bleibt mit dem Hinweis „abgesagt“ sichtbar.": "Only this date is cancelled; "
    "it stays visible, marked “cancelled”.",
    "Termin": "Date",
}
