"""Realistic queries over the demo content and the offer each must return among the first three.

Only offers with dates still to come are used: past offers are not listed by default.
"""

GERMAN = [
    ("KI Verwaltung", "KI-Grundlagen für die Verwaltung"),
    ("KI-Kurs für Verwaltung", "KI-Grundlagen für die Verwaltung"),
    ("Python Einsteiger", "Python für Einsteigerinnen und Einsteiger"),
    ("Smartphone Senioren", "Smartphone-Grundkurs für Seniorinnen und Senioren"),
    ("Podcast", "Ferienkurs: Einen eigenen Podcast produzieren"),
    ("3D-Druck", "3D-Druck ausprobieren im Bibliotheks-Makerspace"),
    ("Open Data Portal", "Das Leipziger Open-Data-Portal kennenlernen"),
    ("Barrierefreie Websites", "Barrierefreie Websites: BITV und WCAG in der Praxis"),
    ("IT-Sicherheit Unternehmen", "IT-Sicherheit für kleine und mittlere Unternehmen"),
    ("Repair Café Laptop", "Repair-Café: Laptops und Smartphones retten"),
    ("Lasercutter", "Lasercutter-Einweisung: vom Entwurf zum Prototyp"),
    ("Online-Banking", "Vortrag: Online-Banking sicher nutzen"),
    ("Gründung Geschäftsmodell", "Gründungsberatung: von der Idee zum digitalen Geschäftsmodell"),
    ("Pitch Training Start-ups", "Pitch-Training für Tech-Start-ups"),
    ("Tablets Grundschule", "Tablets im Grundschulunterricht"),
    ("Medienscouts", "Medienscouts: Jugendliche beraten Jugendliche"),
    ("Calliope Lehrkräfte", "Calliope mini im Unterricht: Fortbildung für Lehrkräfte"),
    ("Hackathon Jugend", "Hack dein Viertel: Jugend-Hackathon im Leipziger Osten"),
    ("OpenStreetMap Karten", "Karten selber machen mit OpenStreetMap"),
    ("Datenjournalismus", "Datenjournalismus-Werkstatt: Geschichten aus Zahlen erzählen"),
    ("Cloud DevOps", "Berufsbegleitender Zertifikatskurs Cloud und DevOps"),
    ("Industrie 4.0", "Lernfabrik Industrie 4.0: vernetzte Produktion zum Anfassen"),
    ("Satellitendaten", "Stadtgrün aus dem All: Satellitendaten auswerten"),
    ("Maschinelles Lernen", "Maschinelles Lernen in der Forschungspraxis"),
    ("Elektronische Akte", "Elektronische Akte und digitale Abläufe: Schulung für Beschäftigte"),
    ("Falschmeldungen", "Falschmeldungen erkennen: Quellenkritik im Netz"),
    ("E-Books ausleihen", "E-Books ausleihen: Die digitale Bibliothek kennenlernen"),
    ("Digitallotsen Ausbildung", "Ausbildung zur Digitallotsin und zum Digitallotsen"),
    ("Smart City", "Smart City Challenge Leipzig: Auftaktabend"),
    ("Planspiel Erpressungssoftware", "Planspiel Erpressungssoftware: der Ernstfall im Unternehmen"),
    ("Kurse Algorithmen Lehrkräfte", "Algorithmen im Unterricht: Online-Kurs für Lehrkräfte"),
    ("Mobilität Hackathon", "Mobilitäts-Hackathon: Wege durch Leipzig neu denken"),
    ("Tabellen Datenvisualisierung", "Tabellen und Datenvisualisierung für den Beruf"),
    ("Englisch online präsentieren", "Digital English: online präsentieren und zusammenarbeiten"),
    ("Open Source Verwaltungen", "Open-Source-Sprechstunde für Verwaltungen"),
    ("agile Teams", "Agile Zusammenarbeit in hybriden Teams"),
    ("Data Science Summer School", "Data Science Summer School Leipzig"),
]

ENGLISH = [
    ("AI public administration", "AI basics for public administration"),
    ("python beginners", "Python for beginners"),
    ("smartphone older adults", "Smartphone basics for older adults"),
    ("accessible websites", "Accessible websites: BITV and WCAG in practice"),
    ("podcast courses", "Holiday course: producing your own podcast"),
    ("3D printing", "Try 3D printing in the library makerspace"),
    ("open data portal", "Getting to know Leipzig's open data portal"),
    ("machine learning research", "Machine learning in research practice"),
    ("ransomware", "Ransomware simulation game: when it really happens at your company"),
    ("online banking safely", "Talk: using online banking safely"),
    ("borrow e-books", "Borrowing e-books: getting to know the digital library"),
    ("repair laptops", "Repair café: rescuing laptops and smartphones"),
    ("course teachers algorithms", "Algorithms in the classroom: an online course for teachers"),
    ("interactive displays", "Making good use of interactive displays"),
    ("cloud certificate", "Part-time certificate course in cloud and DevOps"),
    ("mobility hackathon", "Mobility hackathon: rethinking routes through Leipzig"),
    ("data journalism", "Data journalism workshop series: telling stories with numbers"),
    ("security small businesses", "IT security for small and medium-sized businesses"),
]

#: Typos and compounds: only PostgreSQL has trigram matching (modelsearch's ``Fuzzy`` over pg_trgm).
POSTGRES_ONLY = [
    # A transposition shares only 3 of 11 trigrams with the word ("pyhton"/"python": similarity 0.27),
    # below the typo tolerance's threshold; the search page lists the offers of "Meinten Sie python".
    ("de", "Pyhton", "Python für Einsteigerinnen und Einsteiger"),
    ("de", "Datenshutz Vereine", "Datenschutz-Check für Vereine"),
    ("de", "Zertifikatkurs Cloud", "Berufsbegleitender Zertifikatskurs Cloud und DevOps"),
    ("de", "Sicherheit Unternehmen", "IT-Sicherheit für kleine und mittlere Unternehmen"),
    ("en", "pyhton beginners", "Python for beginners"),
]

#: Compound words: a query word inside a longer word of the offer (a hyphenated word's parts are words already).
COMPOUNDS = [
    ("de", "Kurs Cloud", "Berufsbegleitender Zertifikatskurs Cloud und DevOps"),
    ("de", "Sicherheit", "IT-Sicherheit für kleine und mittlere Unternehmen"),
    ("de", "Journalismus", "Datenjournalismus-Werkstatt: Geschichten aus Zahlen erzählen"),
    ("de", "Fabrik Produktion", "Lernfabrik Industrie 4.0: vernetzte Produktion zum Anfassen"),
    ("de", "Kurs Senioren", "Smartphone-Grundkurs für Seniorinnen und Senioren"),
    ("de", "Beratung Gründung", "Gründungsberatung: von der Idee zum digitalen Geschäftsmodell"),
    ("de", "Visualisierung Tabellen", "Tabellen und Datenvisualisierung für den Beruf"),
    ("de", "Druck Makerspace", "3D-Druck ausprobieren im Bibliotheks-Makerspace"),
    ("en", "maker printing", "Try 3D printing in the library makerspace"),
]
