"""Demo content in Leichte Sprache (``de-ls``): the start page, the arenas, two help pages, two offers.

Each text is written for readers of Leichte Sprache, not translated word for
word: short sentences, one statement per line (a list of lines per German
paragraph), Mediopunkt in long compound words. Every text passes the writing
aid (``easyread.checker``); ``tests/demo`` checks that.
"""

HOME = {
    "title": "Digital Campus Leipzig",
    "intro": [
        "Hier finden Sie Angebote zum Lernen.",
        "Es geht um Computer, Handy und Internet.",
        "Die Angebote sind in Leipzig.",
    ],
    "body": [
        [
            "Viele Menschen in Leipzig bieten Kurse an.",
            "Zum Beispiel die Volks·hoch·schule und die Bibliotheken.",
            "Hier stehen alle Angebote zusammen auf einer Internet·seite.",
            "So finden Sie schnell ein passendes Angebot.",
        ],
        [
            "Viele Partner machen beim Digital Campus mit.",
            "Das sind Hoch·schulen, Firmen, Vereine und die Stadt Leipzig.",
            "Die Partner arbeiten zusammen.",
            "Sie teilen Räume, Geräte und Wissen.",
        ],
        [
            "Es gibt 4 Bereiche.",
            "Wir nennen die Bereiche: Arenen.",
            "Die Arenen heißen: Wirtschaft, Stadt·gesellschaft, Bildung und Wissenschaft.",
            "Manche Angebote sind im Internet.",
            "Andere Angebote sind vor Ort in Leipzig.",
        ],
    ],
}

ARENAS = {
    "wirtschaft": {
        "title": "Wirtschaft",
        "tagline": ["Ideen in Firmen umsetzen"],
        "intro": [
            "In diesem Bereich geht es um die Arbeit in Firmen.",
            "Sie lernen: So hilft der Computer bei der Arbeit.",
        ],
        "body": [
            [
                "Leipzig hat viele Firmen.",
                "Zum Beispiel für Energie, Verkehr und Gesundheit.",
                "Viele Firmen arbeiten mit Hoch·schulen zusammen.",
            ],
            [
                "Die Arbeit verändert sich.",
                "Viele Maschinen sind heute mit dem Internet verbunden.",
                "Die Firmen brauchen Menschen mit Wissen über Daten und Computer.",
            ],
            [
                "Hier gibt es Kurse für kleine Firmen.",
                "Zum Beispiel zur Sicherheit von Computern.",
                "Es gibt auch Beratung für Menschen mit einer Idee für eine neue Firma.",
            ],
        ],
    },
    "stadtgesellschaft": {
        "title": "Stadt·gesellschaft",
        "tagline": ["Mitreden und mitmachen"],
        "intro": [
            "Dieser Bereich ist für alle Menschen in Leipzig.",
            "Hier reden Sie mit: Wie soll die digitale Stadt sein?",
        ],
        "body": [
            [
                "Viele Menschen in Leipzig helfen in Vereinen mit.",
                "Der Digital Campus ist ein Ort für diese Menschen.",
                "Hier sprechen alle zusammen über die digitale Stadt.",
            ],
            [
                "Sie wollen mitreden?",
                "Dann ist Wissen wichtig.",
                "Hier gibt es Sprech·stunden und Kurse.",
                "Sie lernen zum Beispiel: So sind Sie im Internet sicher.",
            ],
            [
                "Ihre Meinung ist wichtig.",
                "Sagen Sie der Stadt: Was ist gut an den Internet·seiten der Stadt?",
                "Was ist schwer?",
                "Die Stadt macht die Angebote dann besser.",
            ],
        ],
    },
    "bildung": {
        "title": "Bildung",
        "tagline": ["Lernen und Wissen"],
        "intro": ["In diesem Bereich geht es ums Lernen.", "Schulen, Hoch·schulen und Bibliotheken machen hier mit."],
        "body": [
            [
                "Viele Arbeits·plätze brauchen heute Wissen über Computer.",
                "Darum arbeiten die Schulen in Leipzig zusammen.",
                "Sie machen Kurse für viele Menschen.",
            ],
            [
                "Es gibt Kurse für junge Menschen und für ältere Menschen.",
                "Es gibt Kurse für Lehrerinnen und Lehrer.",
                "Es gibt auch Kurse für Menschen in der Ausbildung.",
            ],
            [
                "Beim Lernen geht es um mehr als Technik.",
                "Sie lernen auch: Was ist fair im Internet?",
                "Wie leben wir gut zusammen mit Computern?",
            ],
        ],
    },
    "wissenschaft": {
        "title": "Wissenschaft",
        "tagline": ["Forschen und Neues finden"],
        "intro": ["In diesem Bereich geht es um Forschung.", "Forschung heißt: Menschen suchen neues Wissen."],
        "body": [
            [
                "In Leipzig gibt es eine Universität und viele Institute.",
                "Dort forschen Menschen zum Beispiel zu Computern und Daten.",
            ],
            [
                "Die Forscherinnen und Forscher erklären ihre Arbeit.",
                "Zum Beispiel in Vorträgen.",
                "In manchen Laboren machen Sie selbst mit.",
            ],
            [
                "Forschung, Firmen und Stadt arbeiten zusammen.",
                "So kommen gute Ideen aus der Forschung zu den Menschen.",
            ],
        ],
    },
}

# By the German page's slug (demo.content.pages.HELP_PAGES).
HELP_PAGES = {
    "so-finden-sie-ein-angebot": {
        "title": "So finden Sie ein Angebot",
        "intro": ["Hier steht: So finden Sie ein passendes Angebot."],
        "body": [
            [
                "Oben auf jeder Seite ist ein Such·feld.",
                "Schreiben Sie ein Wort in das Such·feld.",
                "Zum Beispiel: Handy.",
                "Drücken Sie dann auf: Suchen.",
            ],
            [
                "Auf der Seite Angebote gibt es Filter.",
                "Mit den Filtern wählen Sie aus.",
                "Zum Beispiel: Angebote in Ihrem Stadt·teil.",
                "Bei jedem Angebot steht: Wo ist das Angebot?",
                "Wann ist das Angebot?",
                "Was kostet das Angebot?",
            ],
            [
                "Sie suchen etwas anderes?",
                "Dann schreiben Sie uns.",
                "Wir sagen es den Anbietern weiter.",
            ],
        ],
    },
    "so-machen-sie-mit": {
        "title": "So machen Sie mit",
        "intro": ["Hier steht: So machen Sie beim Digital Campus mit."],
        "body": [
            [
                "Viele Angebote sind für alle Menschen.",
                "Bei manchen Angeboten gehen Sie einfach hin.",
                "Bei anderen Angeboten melden Sie sich vorher an.",
                "Das geht zum Beispiel mit einer E-Mail.",
                "Bei jedem Angebot steht: So melden Sie sich an.",
            ],
            [
                "Sagen Sie uns Ihre Meinung.",
                "Was fehlt?",
                "Was ist gut?",
                "Was ist schwer für Sie?",
                "Dafür gibt es die Seite Rückmeldung.",
            ],
            [
                "Sie haben selbst ein Angebot?",
                "Zum Beispiel einen Kurs in Ihrem Verein?",
                "Dann schreiben Sie uns.",
                "Wir helfen Ihnen.",
                "Dann steht Ihr Angebot auch hier.",
            ],
        ],
    },
}

# Offers that their provider also offers in Leichte Sprache, by the German offer's slug.
OFFERS = {
    "digitale-sprechstunde-in-der-stadtbibliothek": {
        "title": "Hilfe mit Handy und Computer in der Stadt·bibliothek",
        "summary": [
            "Jede Woche helfen Ihnen Menschen bei Fragen zu Handy, Laptop und E-Mail.",
            "Sie kommen einfach vorbei.",
            "Die Hilfe ist kostenlos.",
        ],
        "description": [
            [
                "Haben Sie eine Frage zu Ihrem Tablet?",
                "Oder haben Sie Ihr Pass·wort vergessen?",
                "Dann kommen Sie zur Sprech·stunde.",
                "Dort helfen Ihnen Menschen.",
                "Sie erklären jeden Schritt.",
            ],
            [
                "Bringen Sie Ihr Gerät mit.",
                "Bringen Sie auch Ihre Pass·wörter mit.",
                "Manchmal kommen viele Menschen.",
                "Dann bekommen Sie eine Nummer.",
                "Die Nummer bekommen Sie an der Information im Erd·geschoss.",
            ],
        ],
        "accessibility": [
            "Der Eingang ist eben.",
            "Es gibt Aufzüge.",
            "An der Information gibt es Lupen.",
            "Es gibt auch eine Hör·anlage für Hör·geräte.",
        ],
    },
    "e-books-ausleihen-mit-der-onleihe": {
        "title": "Bücher im Internet ausleihen",
        "summary": [
            "Sie lernen: So leihen Sie Bücher auf Ihrem Tablet oder Handy aus.",
            "Dafür brauchen Sie einen Bibliotheks·ausweis.",
        ],
        "description": [
            [
                "Die Bibliotheken in Leipzig haben viele Bücher im Internet.",
                "Diese Bücher heißen: E-Books.",
                "Sie leihen die E-Books zu Hause aus.",
                "Im Kurs richten wir zusammen Ihr Gerät ein.",
                "Dann leihen Sie Ihr 1. Buch aus.",
            ],
            [
                "Wir zeigen Ihnen auch: So machen Sie die Schrift größer.",
                "Und so liest Ihnen das Gerät einen Text vor.",
                "Bringen Sie bitte mit: Ihr Gerät, Ihren Bibliotheks·ausweis und das Pass·wort dazu.",
            ],
        ],
        "accessibility": [
            "Der Eingang der Bibliothek ist eben.",
            "Die Straßen·bahn hält ganz in der Nähe.",
            "Es gibt Stühle mit Arm·lehnen.",
        ],
    },
}

# The alt texts of the demo drawings (demo.images.MOTIFS), for pages in Leichte Sprache.
PICTURE_ALT = {
    "laptop": "Ein Bild von einem Laptop.",
    "network": "Ein Bild von einem Netz aus Punkten und Linien.",
    "chart": "Ein Bild von einer Grafik mit Balken.",
    "chat": "Ein Bild von 2 Sprech·blasen.",
    "circuit": "Ein Bild von einem Computer·chip.",
    "lock": "Ein Bild von einem Schloss.",
}
