"""German → English pairs of the editorial workbench (merged into locale/en by the lead).

DE_OVERRIDES are German wordings for Wagtail's own English msgids, for locale/de: the
admin's validation banner says "Prüfungsfehler", which reads like a failed review
(the msgids are kept in the catalogue by editorial/wagtail_wording.py). Fold them with
    scripts/fill_catalogue.py locale/de/LC_MESSAGES/django.po locale/pending/work.py DE_OVERRIDES
"""

EN = {
    # Cancellations
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
    # Review queue
    "Prüfungen": "Reviews",
    "Filtern": "Filter",
    "Anwenden": "Apply",
    "Zurücksetzen": "Reset",
    "Arena": "Arena",
    "Sprache": "Language",
    "Seitentyp": "Page type",
    "Wartet seit": "Waiting for",
    "alle": "all",
    "beliebig": "any time",
    "mehr als 1 Tag": "more than 1 day",
    "mehr als 3 Tage": "more than 3 days",
    "mehr als 7 Tage": "more than 7 days",
    "%(counter)s von %(total)s Prüfung, die älteste zuerst.": (
        "%(counter)s of %(total)s review, oldest first.",
        "%(counter)s of %(total)s reviews, oldest first.",
    ),
    "Prüfungen, die auf Ihre Entscheidung warten": "Reviews waiting for your decision",
    "Auswahl": "Selection",
    "Inhalt": "Content",
    "Eingereicht": "Submitted",
    "Geändert seit der letzten Freigabe": "Changed since the last approval",
    "Aktionen": "Actions",
    "„%(title)s“ auswählen": "Select “%(title)s”",
    "wartet seit %(since)s": "waiting for %(since)s",
    "Neu, noch nie freigegeben": "New, never approved",
    "keine inhaltliche Änderung": "no change in content",
    "Änderungen ansehen": "View changes",
    "Vorschau": "Preview",
    "Prüfen": "Review",
    "Eigene Einreichung: Freigeben muss eine andere Person.": "Your own submission: someone else must approve it.",
    "Ausgewählte freigeben": "Approve selected",
    "Keine Prüfung wartet auf Sie.": "No review is waiting for you.",
    "%(count)d Prüfung freigegeben.": ("%(count)d review approved.", "%(count)d reviews approved."),
    "%(count)d Prüfung nicht freigegeben (eigene Einreichung oder keine Berechtigung).": (
        "%(count)d review not approved (your own submission or no permission).",
        "%(count)d reviews not approved (your own submissions or no permission).",
    ),
    # Decisions
    "Änderungen erbitten": "Request changes",
    "Freigeben": "Approve",
    "Mit Kommentar freigeben": "Approve with comment",
    "„%(title)s“ ist freigegeben und veröffentlicht.": "“%(title)s” is approved and published.",
    "Für „%(title)s“ sind Änderungen erbeten.": "Changes to “%(title)s” have been requested.",
    "Ihre Entscheidung zu „%(title)s“ wurde nicht übernommen. %(reason)s": (
        "Your decision on “%(title)s” was not applied. %(reason)s"
    ),
    "%(who)s hat diese Fassung am %(when)s bereits freigegeben.": "%(who)s already approved this version on %(when)s.",
    "%(who)s hat am %(when)s bereits Änderungen erbeten.": "%(who)s already requested changes on %(when)s.",
    "Die Prüfung dieser Fassung wurde am %(when)s beendet: Der Inhalt wurde seitdem geändert, "
    "zurückgezogen oder neu eingereicht.": "The review of this version ended on %(when)s: the content has since "
    "been changed, withdrawn or resubmitted.",
    "„%(title)s“ haben Sie selbst eingereicht oder bearbeitet: Freigeben muss eine andere Person.": (
        "You submitted or edited “%(title)s” yourself: someone else must approve it."
    ),
    # Mail
    "Eine E-Mail-Benachrichtigung konnte nicht versandt werden. Sie ist vermerkt "
    "und wird erneut versandt, sobald der Mailserver wieder erreichbar ist.": (
        "An e-mail notification could not be sent. It has been recorded "
        "and will be sent again once the mail server is reachable.",
        "%(count)d e-mail notifications could not be sent. They have been recorded "
        "and will be sent again once the mail server is reachable.",
    ),
    "Nicht versandte E-Mail": "Unsent e-mail",
    "Nicht versandte E-Mails": "Unsent e-mails",
    "Betreff": "Subject",
    "Text": "Text",
    "HTML-Text": "HTML text",
    "Absender": "Sender",
    "Empfänger": "Recipients",
    "Eine Adresse pro Zeile.": "One address per line.",
    "Fehler": "Error",
    "Versuche": "Attempts",
    "Zuerst versucht": "First attempted",
    "Versandt": "Sent",
    "Ausgelöst von": "Triggered by",
    "Guten Tag %(name)s,": "Hello %(name)s,",
    "Ihre Benachrichtigungen stellen Sie hier ein:": "Set your notifications here:",
    "Zur Prüfung: „%(title)s“": "For review: “%(title)s”",
    "%(model_name)s „%(title)s“ wartet auf Ihre Prüfung.": "%(model_name)s “%(title)s” is waiting for your review.",
    "Neu: bisher nie freigegeben.": "New: never approved before.",
    "Geändert seit der letzten Freigabe:": "Changed since the last approval:",
    "Keine inhaltliche Änderung seit der letzten Freigabe.": "No change in content since the last approval.",
    "Prüfen (Freigeben oder Änderungen erbitten):": "Review (approve or request changes):",
    "Alle Prüfungen:": "All reviews:",
    "Freigegeben: „%(title)s“": "Approved: “%(title)s”",
    "„%(title)s“ ist freigegeben und veröffentlicht (von %(who)s).": (
        "“%(title)s” is approved and published (by %(who)s)."
    ),
    "Kommentar: „%(comment)s“": "Comment: “%(comment)s”",
    "Änderungen erbeten: „%(title)s“": "Changes requested: “%(title)s”",
    "Für „%(title)s“ hat %(who)s Änderungen erbeten.": "%(who)s has requested changes to “%(title)s”.",
    "Überarbeiten und erneut einreichen:": "Revise and resubmit:",
    "%(counter)s Prüfung wartet länger als %(days)s Tage": (
        "%(counter)s review has been waiting longer than %(days)s days",
        "%(counter)s reviews have been waiting longer than %(days)s days",
    ),
    "diese Prüfungen warten auf Ihre Entscheidung:": "these reviews are waiting for your decision:",
    "Zur Prüfliste:": "To the review list:",
    # Invitation form
    "Anbieter": "Provider",
    "Bitte wählen": "Please choose",
    # Translation editor
    "Prüfung der Übersetzung": "Review of the translation",
    "Änderungen erbeten.": "Changes requested.",
    "Zur Prüfung einreichen": "Submit for review",
    "Die Texte werden als Entwurf gespeichert; die Website ändert sich erst nach der Freigabe.": (
        "The texts are saved as a draft; the site changes only once they are approved."
    ),
    "Eingereicht von %(who)s, wartet seit %(since)s.": "Submitted by %(who)s, waiting for %(since)s.",
    "Kommentar": "Comment",
    "In Prüfung seit %(since)s.": "In review for %(since)s.",
    "Die Kurzform der Adresse darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, "
    "z. B. „smartphone-sprechstunde“.": "The slug may contain only lower-case letters, digits and hyphens, "
    "e.g. “smartphone-consultation”.",
    # Offer editor guidance
    "Der Name des Angebots, wie er in Listen steht: Worum geht es? Höchstens 100 Zeichen.": (
        "The offer's name as it appears in lists: what is it about? At most 100 characters."
    ),
    "Kurz und konkret: Was lernen Teilnehmende? Ein Satz für Listen und Suchergebnisse. Höchstens 180 Zeichen.": (
        "Short and concrete: what will participants learn? One sentence for lists and search results. "
        "At most 180 characters."
    ),
    "Ablauf, Inhalte und Voraussetzungen: Was erwartet Teilnehmende, was sollten sie mitbringen? "
    "Höchstens 2000 Zeichen.": "Schedule, content and prerequisites: what awaits participants, what should they "
    "bring? At most 2000 characters.",
    "Name des Gebäudes oder der Einrichtung, z. B. „Stadtbibliothek, Raum 2.11“.": (
        "Name of the building or institution, e.g. “City Library, room 2.11”."
    ),
    "Wie nehmen Teilnehmende online teil: Wann und wie kommt der Zugangslink? Höchstens 400 Zeichen.": (
        "How do participants join online: when and how do they get the access link? At most 400 characters."
    ),
    "Z. B. Ermäßigungen oder was im Preis enthalten ist. Höchstens 200 Zeichen.": (
        "E.g. reductions or what the price includes. At most 200 characters."
    ),
    "Zugang, Hilfsmittel und Unterstützung vor Ort, die nicht oben angekreuzt sind. Höchstens 400 Zeichen.": (
        "Access, aids and support on site not ticked above. At most 400 characters."
    ),
    "Die Seite, auf der man sich anmeldet, mit https://.": "The page where people register, with https://.",
    "Bis wann man sich anmelden kann; leer, wenn bis zum Beginn.": (
        "Until when people can register; empty if until the start."
    ),
    "%(count)s von %(limit)s Zeichen": "%(count)s of %(limit)s characters",
    "Tag und Uhrzeit, zu der Teilnehmende da sein sollen.": "Day and time at which participants should be there.",
    "Tag und Uhrzeit des Endes; bei mehrtägigen Terminen der letzte Tag.": (
        "Day and time of the end; for dates over several days, the last day."
    ),
    # Failed mails (admin list)
    "Erneut senden": "Send again",
    "Alle erneut senden": "Send all again",
    "%(count)d E-Mail versandt.": ("%(count)d e-mail sent.", "%(count)d e-mails sent."),
    "%(count)d E-Mail konnte wieder nicht versandt werden; der Fehler steht in der Liste.": (
        "%(count)d e-mail could again not be sent; the error is shown in the list.",
        "%(count)d e-mails could again not be sent; the errors are shown in the list.",
    ),
    "Keine E-Mail wartet auf den Versand.": "No e-mail is waiting to be sent.",
    "Diese E-Mails werden erneut an den Mailserver übergeben:": "These e-mails will be handed to the mail server again:",
    "Abbrechen": "Cancel",
    "Zurück zur Liste": "Back to the list",
    # Wagtail's own messages (their German wording is in DE_OVERRIDES)
    "The page could not be saved due to validation errors.": "The page could not be saved due to validation errors.",
    "The page could not be created due to validation errors.": (
        "The page could not be created due to validation errors."
    ),
}

DE_OVERRIDES = {
    "The page could not be saved due to validation errors.": (
        "Die Seite konnte wegen fehlender oder ungültiger Angaben nicht gespeichert werden. "
        "Bitte die markierten Felder ergänzen oder korrigieren."
    ),
    "The page could not be created due to validation errors.": (
        "Die Seite konnte wegen fehlender oder ungültiger Angaben nicht angelegt werden. "
        "Bitte die markierten Felder ergänzen oder korrigieren."
    ),
}
