"""Demo providers and their offers for the Digital Campus Leipzig.

Pure data: no Django imports. The demo loader turns every provider into a
provider page and every offer into an offer page with dates. All texts exist
in German ("de") and English ("en"). Contact details are fictional
(example.org domains, +49 341 555 0xxx phone numbers).

Offer dates are given as [day_offset, "HH:MM", duration_minutes], where
day_offset counts days relative to the day the loader runs.

Venues and accessibility notes that several offers share are defined once
below, so the same German text always has the same English translation.
"""

# ---------------------------------------------------------------------------
# Shared venues
# ---------------------------------------------------------------------------

_VENUE_UL_HSG = {
    "name": "Hörsaalgebäude der Universität Leipzig",
    "street": "Universitätsstraße 3",
    "postcode": "04109",
    "city": "Leipzig",
    "district": "Zentrum",
}
_VENUE_UL_ALBERTINA = {
    "name": "Bibliotheca Albertina, Schulungsraum",
    "street": "Beethovenstraße 6",
    "postcode": "04107",
    "city": "Leipzig",
    "district": "Zentrum-Süd",
}
_VENUE_UL_AUGUSTEUM = {
    "name": "Universität Leipzig, Neues Augusteum",
    "street": "Augustusplatz 10",
    "postcode": "04109",
    "city": "Leipzig",
    "district": "Zentrum",
}
_VENUE_HTWK_ZUSE = {
    "name": "HTWK Leipzig, Zuse-Bau",
    "street": "Gustav-Freytag-Straße 42a",
    "postcode": "04277",
    "city": "Leipzig",
    "district": "Connewitz",
}
_VENUE_HTWK_GEUTEBRUECK = {
    "name": "HTWK Leipzig, Geutebrück-Bau",
    "street": "Karl-Liebknecht-Straße 132",
    "postcode": "04277",
    "city": "Leipzig",
    "district": "Connewitz",
}
_VENUE_HTWK_NIEPER = {
    "name": "HTWK Leipzig, Nieper-Bau",
    "street": "Karl-Liebknecht-Straße 134",
    "postcode": "04277",
    "city": "Leipzig",
    "district": "Connewitz",
}
_VENUE_LIAD = {
    "name": "Leipziger Institut für Angewandte Datenwissenschaft",
    "street": "Permoserstraße 15",
    "postcode": "04318",
    "city": "Leipzig",
    "district": "Sellerhausen-Stünz",
}
_VENUE_NATO = {
    "name": "naTo, Saal",
    "street": "Karl-Liebknecht-Straße 46",
    "postcode": "04275",
    "city": "Leipzig",
    "district": "Südvorstadt",
}
_VENUE_VHS = {
    "name": "Volkshochschule Leipzig",
    "street": "Löhrstraße 3-7",
    "postcode": "04105",
    "city": "Leipzig",
    "district": "Zentrum-Nord",
}
_VENUE_STADTBIBLIOTHEK = {
    "name": "Stadtbibliothek Leipzig, Zentralbibliothek",
    "street": "Wilhelm-Leuschner-Platz 10/11",
    "postcode": "04107",
    "city": "Leipzig",
    "district": "Zentrum-Süd",
}
_VENUE_BIB_PLAGWITZ = {
    "name": "Stadtteilbibliothek Plagwitz",
    "street": "Zschochersche Straße 14",
    "postcode": "04229",
    "city": "Leipzig",
    "district": "Plagwitz",
}
_VENUE_BIB_GRUENAU = {
    "name": "Stadtteilbibliothek Grünau-Mitte",
    "street": "Stuttgarter Allee 19",
    "postcode": "04209",
    "city": "Leipzig",
    "district": "Grünau-Mitte",
}
_VENUE_SCHUELERLABOR = {
    "name": "Schülerlabor Digital Leipzig-Ost",
    "street": "Eisenbahnstraße 147",
    "postcode": "04315",
    "city": "Leipzig",
    "district": "Volkmarsdorf",
}
_VENUE_LGRUPPE = {
    "name": "Leipziger Gruppe, Konferenzzentrum",
    "street": "Augsburger Straße 1",
    "postcode": "04229",
    "city": "Leipzig",
    "district": "Kleinzschocher",
}
_VENUE_LVB = {
    "name": "Leipziger Verkehrsbetriebe, Mobilitätszentrale",
    "street": "Karl-Liebknecht-Straße 12",
    "postcode": "04107",
    "city": "Leipzig",
    "district": "Zentrum-Süd",
}
_VENUE_CODEWERK = {
    "name": "Codewerk Leipzig, Seminarraum",
    "street": "Karl-Heine-Straße 93",
    "postcode": "04229",
    "city": "Leipzig",
    "district": "Plagwitz",
}
_VENUE_AUWALD = {
    "name": "Auwald Security, Trainingszentrum",
    "street": "Jahnallee 59",
    "postcode": "04177",
    "city": "Leipzig",
    "district": "Zentrum-West",
}
_VENUE_RATHAUS = {
    "name": "Neues Rathaus, Raum 259",
    "street": "Martin-Luther-Ring 4-6",
    "postcode": "04109",
    "city": "Leipzig",
    "district": "Zentrum",
}
_VENUE_BUDDE_HAUS = {
    "name": "Budde-Haus",
    "street": "Lützowstraße 19",
    "postcode": "04157",
    "city": "Leipzig",
    "district": "Gohlis-Süd",
}
_VENUE_DATENWERKSTATT = {
    "name": "Datenwerkstatt Leipzig",
    "street": "Georg-Schwarz-Straße 19",
    "postcode": "04177",
    "city": "Leipzig",
    "district": "Lindenau",
}
_VENUE_WERKBANK = {
    "name": "Werkbank Lindenau",
    "street": "Merseburger Straße 88",
    "postcode": "04177",
    "city": "Leipzig",
    "district": "Lindenau",
}
_VENUE_SENIOREN = {
    "name": "Treffpunkt Digital, Begegnungsraum",
    "street": "Bornaische Straße 18",
    "postcode": "04277",
    "city": "Leipzig",
    "district": "Connewitz",
}
_VENUE_SIH = {
    "name": "Smart Infrastructure Hub Leipzig",
    "street": "Spinnereistraße 7",
    "postcode": "04179",
    "city": "Leipzig",
    "district": "Lindenau",
}
_VENUE_MPZ = {
    "name": "Medienpädagogisches Zentrum Leipzig",
    "street": "Prager Straße 118",
    "postcode": "04317",
    "city": "Leipzig",
    "district": "Reudnitz-Thonberg",
}
_VENUE_KONGRESSHALLE = {
    "name": "Kongresshalle am Zoo",
    "street": "Pfaffendorfer Straße 31",
    "postcode": "04105",
    "city": "Leipzig",
    "district": "Zentrum-Nord",
}

# ---------------------------------------------------------------------------
# Shared accessibility notes (one per venue)
# ---------------------------------------------------------------------------

_ACCESS_UL_HSG = {
    "de": "Das Hörsaalgebäude ist vom Augustusplatz aus stufenlos zugänglich, alle Etagen erreichen Sie per Aufzug. Der Hörsaal hat eine Induktionsschleife und Rollstuhlplätze in der ersten Reihe.",
    "en": "The lecture hall building can be entered step-free from Augustusplatz, and a lift serves all floors. The lecture hall has an induction loop and wheelchair spaces in the front row.",
    "facts": ("step_free", "hearing_loop"),
}
_ACCESS_UL_ALBERTINA = {
    "de": "Der Seiteneingang der Bibliotheca Albertina hat eine Rampe, der Schulungsraum im ersten Obergeschoss ist per Aufzug erreichbar. Eine barrierefreie Toilette gibt es im Erdgeschoss.",
    "en": "The side entrance of the Bibliotheca Albertina has a ramp, and the training room on the first floor can be reached by lift. There is an accessible toilet on the ground floor.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_UL_AUGUSTEUM = {
    "de": "Das Neue Augusteum ist über den Eingang am Augustusplatz stufenlos erreichbar und hat Aufzüge zu allen Seminarräumen. Barrierefreie Toiletten befinden sich in jedem Geschoss.",
    "en": "The Neues Augusteum can be reached step-free through the entrance on Augustusplatz and has lifts to all seminar rooms. Accessible toilets are available on every floor.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_HTWK = {
    "de": "Die Gebäude der HTWK am Campus Karl-Liebknecht-Straße sind stufenlos zugänglich und mit Aufzügen ausgestattet. Bitte melden Sie besonderen Unterstützungsbedarf vorab bei der Ansprechperson.",
    "en": "The HTWK buildings on the Karl-Liebknecht-Straße campus offer step-free access and have lifts. Please let the contact person know in advance if you need any particular support.",
    "facts": ("step_free",),
}
_ACCESS_LIAD = {
    "de": "Das Institutsgebäude hat einen ebenerdigen Eingang, einen Aufzug und eine barrierefreie Toilette. Parkplätze für Menschen mit Behinderung gibt es direkt vor dem Haus.",
    "en": "The institute building has a level entrance, a lift and an accessible toilet. Disabled parking spaces are located directly in front of the building.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_NATO = {
    "de": "Der Saal der naTo liegt im Erdgeschoss und ist über eine mobile Rampe erreichbar. Eine barrierefreie Toilette ist leider nicht vorhanden.",
    "en": "The hall at the naTo is on the ground floor and can be reached via a mobile ramp. Unfortunately there is no accessible toilet.",
    "facts": ("step_free",),
}
_ACCESS_VHS = {
    "de": "Das Haus in der Löhrstraße ist über den Hofeingang stufenlos erreichbar, ein Aufzug führt in alle Etagen. Für Menschen mit Hörbeeinträchtigung steht eine mobile Induktionsanlage bereit.",
    "en": "The building on Löhrstraße can be entered step-free through the courtyard entrance, and a lift serves all floors. A mobile induction loop is available for people with hearing impairments.",
    "facts": ("step_free", "hearing_loop"),
}
_ACCESS_STADTBIBLIOTHEK = {
    "de": "Die Zentralbibliothek ist stufenlos zugänglich, Aufzüge verbinden alle öffentlichen Bereiche. An der Information erhalten Sie Lupen und eine mobile Induktionsschleife.",
    "en": "The central library offers step-free access, and lifts connect all public areas. Magnifiers and a mobile induction loop are available at the information desk.",
    "facts": ("step_free", "hearing_loop"),
}
_ACCESS_BIB_PLAGWITZ = {
    "de": "Die Stadtteilbibliothek Plagwitz ist ebenerdig erreichbar. Der Veranstaltungsbereich liegt im Erdgeschoss, eine barrierefreie Toilette ist vorhanden.",
    "en": "The Plagwitz branch library has a level entrance. The event area is on the ground floor, and there is an accessible toilet.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_BIB_GRUENAU = {
    "de": "Die Bibliothek in Grünau-Mitte ist stufenlos zugänglich und liegt wenige Schritte von der Straßenbahnhaltestelle entfernt. Sitzplätze mit Armlehnen stehen bereit.",
    "en": "The Grünau-Mitte library offers step-free access and is a few steps from the tram stop. Seats with armrests are provided.",
    "facts": ("step_free",),
}
_ACCESS_SCHUELERLABOR = {
    "de": "Das Schülerlabor befindet sich im Erdgeschoss und ist über eine Rampe am Hofeingang erreichbar. Höhenverstellbare Arbeitstische sind vorhanden.",
    "en": "The school lab is on the ground floor and can be reached via a ramp at the courtyard entrance. Height-adjustable workbenches are available.",
    "facts": ("step_free",),
}
_ACCESS_LGRUPPE = {
    "de": "Das Konferenzzentrum ist stufenlos zugänglich und mit Aufzug, barrierefreien Toiletten und einer fest installierten Induktionsschleife ausgestattet.",
    "en": "The conference centre offers step-free access and has a lift, accessible toilets and a permanently installed induction loop.",
    "facts": ("step_free", "toilet", "hearing_loop"),
}
_ACCESS_LVB = {
    "de": "Die Mobilitätszentrale ist ebenerdig erreichbar, der Besprechungsraum liegt im ersten Stock und ist per Aufzug zugänglich.",
    "en": "The mobility centre has a level entrance; the meeting room is on the first floor and can be reached by lift.",
    "facts": ("step_free",),
}
_ACCESS_CODEWERK = {
    "de": "Unser Seminarraum liegt im dritten Stock eines sanierten Fabrikgebäudes und ist per Lastenaufzug erreichbar. Eine barrierefreie Toilette befindet sich auf derselben Etage.",
    "en": "Our seminar room is on the third floor of a refurbished factory building and can be reached by goods lift. There is an accessible toilet on the same floor.",
    "facts": ("toilet",),
}
_ACCESS_AUWALD = {
    "de": "Das Trainingszentrum liegt im Erdgeschoss und ist stufenlos zugänglich. Bitte geben Sie bei der Anmeldung an, ob Sie Unterstützung benötigen.",
    "en": "The training centre is on the ground floor and offers step-free access. Please tell us when registering if you need any support.",
    "facts": ("step_free",),
}
_ACCESS_RATHAUS = {
    "de": "Der barrierefreie Zugang zum Neuen Rathaus befindet sich an der Lotterstraße. Ein Aufzug führt in die zweite Etage, eine barrierefreie Toilette ist vorhanden.",
    "en": "The step-free entrance to the New Town Hall is on Lotterstraße. A lift takes you to the second floor, and there is an accessible toilet.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_BUDDE_HAUS = {
    "de": "Der Saal im Budde-Haus ist über eine Rampe erreichbar. Die Toiletten liegen im Untergeschoss und sind nicht barrierefrei.",
    "en": "The hall in the Budde-Haus can be reached via a ramp. The toilets are in the basement and are not accessible.",
    "facts": ("step_free",),
}
_ACCESS_DATENWERKSTATT = {
    "de": "Unsere Räume im Ladengeschäft sind ebenerdig. Die Toilette ist klein und für Rollstühle leider nicht geeignet.",
    "en": "Our rooms in the former shop are at street level. The toilet is small and unfortunately not suitable for wheelchairs.",
    "facts": ("step_free",),
}
_ACCESS_WERKBANK = {
    "de": "Die Werkstatt liegt im Erdgeschoss eines Hinterhauses und ist über eine kurze Rampe erreichbar. Zwischen den Maschinen ist ausreichend Platz für Rollstühle.",
    "en": "The workshop is on the ground floor of a rear building and can be reached via a short ramp. There is enough space between the machines for wheelchairs.",
    "facts": ("step_free",),
}
_ACCESS_SENIOREN = {
    "de": "Der Begegnungsraum ist stufenlos erreichbar, die Haltestelle der Straßenbahn liegt direkt vor der Tür. Es gibt große Bildschirme, Lesehilfen und eine barrierefreie Toilette.",
    "en": "The meeting room offers step-free access, and the tram stop is right outside the door. There are large screens, reading aids and an accessible toilet.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_SIH = {
    "de": "Die Räume des Hubs auf dem Gelände der Baumwollspinnerei sind über einen Aufzug stufenlos erreichbar. Eine barrierefreie Toilette befindet sich im Erdgeschoss.",
    "en": "The hub's rooms on the grounds of the Baumwollspinnerei can be reached step-free by lift. There is an accessible toilet on the ground floor.",
    "facts": ("step_free", "toilet"),
}
_ACCESS_MPZ = {
    "de": "Das Medienpädagogische Zentrum ist über den Haupteingang stufenlos zugänglich. Der Seminarraum liegt im Erdgeschoss.",
    "en": "The Media Education Centre can be entered step-free through the main entrance. The seminar room is on the ground floor.",
    "facts": ("step_free",),
}
_ACCESS_KONGRESSHALLE = {
    "de": "Die Kongresshalle ist vollständig barrierefrei, mit Aufzügen, Induktionsschleifen in den Sälen und barrierefreien Toiletten auf allen Ebenen.",
    "en": "The congress hall is fully accessible, with lifts, induction loops in the halls and accessible toilets on every level.",
    "facts": ("step_free", "toilet", "hearing_loop"),
}

# ---------------------------------------------------------------------------
# Shared notes for online participation
# ---------------------------------------------------------------------------

_ONLINE_LINK_BY_MAIL = {
    "de": "Den Link zum Videoraum erhalten Sie nach der Anmeldung per E-Mail, spätestens am Tag vor dem ersten Termin. Sie brauchen nur einen aktuellen Browser, eine Installation ist nicht nötig.",
    "en": "You will receive the link to the video room by e-mail after registering, at the latest the day before the first session. All you need is an up-to-date browser; nothing has to be installed.",
}
_ONLINE_STREAM_OPEN = {
    "de": "Der Livestream ist ohne Anmeldung über die Website des Anbieters erreichbar. Fragen können Sie während der Veranstaltung im Chat stellen.",
    "en": "The live stream can be watched on the provider's website without registering. You can ask questions in the chat during the event.",
}


PROVIDERS = [
    # -----------------------------------------------------------------------
    # 1. Universität Leipzig (university)
    # -----------------------------------------------------------------------
    {
        "slug": "universitaet-leipzig",
        "kind": "university",
        "name": {"de": "Universität Leipzig", "en": "Leipzig University"},
        "description": {
            "de": [
                "Die Universität Leipzig gehört zu den ältesten Hochschulen Deutschlands und vereint heute rund 150 Institute unter einem Dach. Im Digital Campus öffnet sie Vorlesungen, Workshops und Weiterbildungen für Menschen außerhalb der Hochschule.",
                "Die Angebote reichen von öffentlichen Vorträgen über Künstliche Intelligenz bis zu Kursen für Lehrkräfte und Forschende. Viele Formate entstehen gemeinsam mit der Universitätsbibliothek, der Informatik und dem Zentrum für Lehrerbildung.",
            ],
            "en": [
                "Leipzig University is one of the oldest universities in Germany and today brings around 150 institutes together under one roof. Through the Digital Campus it opens lectures, workshops and further training to people outside the university.",
                "The programme ranges from public talks on artificial intelligence to courses for teachers and researchers. Many formats are developed together with the University Library, the computer science department and the Centre for Teacher Education.",
            ],
        },
        "website": "https://www.example.org/uni-leipzig",
        "street": "Augustusplatz 10",
        "postcode": "04109",
        "city": "Leipzig",
        "email": "digitalcampus@uni-leipzig.example.org",
        "phone": "+49 341 555 0010",
        "offers": [
            {
                "slug": "ringvorlesung-ki-und-gesellschaft",
                "slug_en": "lecture-series-ai-and-society",
                "title": {
                    "de": "Ringvorlesung: Künstliche Intelligenz und Gesellschaft",
                    "en": "Lecture series: Artificial intelligence and society",
                },
                "summary": {
                    "de": "Forschende aus Informatik, Recht, Soziologie und Medizin zeigen jede Woche, wie KI-Systeme arbeiten und was sie für unser Zusammenleben bedeuten.",
                    "en": "Every week, researchers from computer science, law, sociology and medicine show how AI systems work and what they mean for the way we live together.",
                },
                "description": {
                    "de": [
                        "Die öffentliche Ringvorlesung holt jedes Semester Fachleute aus mehreren Fakultäten in das Hörsaalgebäude am Augustusplatz. Jeder Abend beginnt mit einem verständlichen Vortrag von etwa 45 Minuten, danach ist Zeit für Fragen aus dem Publikum.",
                        "In diesem Semester geht es um Sprachmodelle im Alltag, um Diagnosehilfen in der Medizin, um Haftung bei automatisierten Entscheidungen und um die Frage, wer eigentlich die Trainingsdaten liefert. Vorkenntnisse brauchen Sie nicht.",
                        "Alle Abende werden live übertragen und später als Aufzeichnung veröffentlicht. Studierende aller Fächer können sich die Reihe im Studium generale anrechnen lassen.",
                    ],
                    "en": [
                        "Each semester, this public lecture series brings experts from several faculties to the lecture hall building on Augustusplatz. Every evening opens with an accessible talk of about 45 minutes, followed by time for questions from the audience.",
                        "This semester covers language models in everyday life, diagnostic support in medicine, liability for automated decisions and the question of who actually supplies the training data. No prior knowledge is needed.",
                        "All evenings are streamed live and published as recordings afterwards. Students of any subject can have the series credited as part of their general studies.",
                    ],
                },
                "arenas": ["wissenschaft", "stadtgesellschaft"],
                "format": "talk",
                "target_groups": ["citizens", "students"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_UL_HSG,
                "online_note": _ONLINE_STREAM_OPEN,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_UL_HSG,
                "contact": {
                    "name": "Dr. Miriam Albrecht",
                    "email": "ringvorlesung@uni-leipzig.example.org",
                    "phone": "+49 341 555 0011",
                },
                "dates": [
                    [-21, "18:15", 90],
                    [-14, "18:15", 90],
                    [-7, "18:15", 90],
                    [7, "18:15", 90],
                    [14, "18:15", 90],
                    [21, "18:15", 90],
                ],
            },
            {
                "slug": "forschungsdaten-gut-verwalten",
                "slug_en": "managing-research-data-well",
                "title": {
                    "de": "Forschungsdaten gut verwalten: Workshop für Promovierende",
                    "en": "Managing research data well: a workshop for doctoral candidates",
                },
                "summary": {
                    "de": "An zwei Vormittagen entsteht ein eigener Datenmanagementplan, der den Vorgaben der Förderer genügt und die Nachnutzung Ihrer Daten erleichtert.",
                    "en": "Over two mornings you draft your own data management plan that meets funders' requirements and makes your data easier to reuse.",
                },
                "description": {
                    "de": [
                        "Wer Drittmittel beantragt, muss heute fast immer einen Datenmanagementplan vorlegen, und spätestens bei der Veröffentlichung stellt sich die Frage, wo die Rohdaten dauerhaft liegen sollen. Der Workshop führt in die FAIR-Prinzipien ein und stellt die Repositorien und Speicherdienste vor, die Leipziger Forschenden offenstehen.",
                        "Am zweiten Vormittag arbeiten Sie am eigenen Projekt: Wir besprechen Dateiformate, Metadaten, Lizenzen und den Umgang mit personenbezogenen Angaben. Bitte bringen Sie einen Laptop und eine kurze Beschreibung Ihres Vorhabens mit.",
                    ],
                    "en": [
                        "Anyone applying for external funding now almost always has to submit a data management plan, and at the latest when publishing you need to decide where the raw data will live in the long term. The workshop introduces the FAIR principles and presents the repositories and storage services open to researchers in Leipzig.",
                        "On the second morning you work on your own project: we discuss file formats, metadata, licences and how to handle personal information. Please bring a laptop and a short description of your project.",
                    ],
                },
                "arenas": ["wissenschaft"],
                "format": "workshop",
                "target_groups": ["students"],
                "competence_areas": ["information-data-literacy"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "on_site",
                "venue": _VENUE_UL_ALBERTINA,
                "online_note": None,
                "price": "45.00",
                "price_note": {
                    "de": "Für Promovierende und Beschäftigte der Universität Leipzig kostenfrei.",
                    "en": "Free of charge for doctoral candidates and staff of Leipzig University.",
                },
                "registration_url": "https://www.example.org/uni-leipzig/anmeldung/forschungsdaten",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_UL_ALBERTINA,
                "contact": {
                    "name": "Jonas Lindner",
                    "email": "forschungsdaten@uni-leipzig.example.org",
                    "phone": "+49 341 555 0012",
                },
                "dates": [[-25, "09:00", 210], [-24, "09:00", 210]],
            },
            {
                "slug": "digitale-lehre-gestalten",
                "slug_en": "designing-digital-teaching",
                "title": {
                    "de": "Digitale Lehre gestalten: Werkstatt Hochschuldidaktik",
                    "en": "Designing digital teaching: a university didactics workshop",
                },
                "summary": {
                    "de": "Lehrende planen eine eigene Lehreinheit mit Lernplattform, Erklärvideos und gemeinsamen Online-Dokumenten neu und erhalten Rückmeldung aus der Gruppe.",
                    "en": "Lecturers redesign one of their own teaching units with a learning platform, explainer videos and shared online documents and receive feedback from the group.",
                },
                "description": {
                    "de": [
                        "Gute digitale Lehre beginnt nicht beim Werkzeug, sondern bei der Frage, was Studierende am Ende einer Sitzung können sollen. In der Werkstatt entwickeln Sie eine Einheit oder ein ganzes Modul weiter und entscheiden, welche Teile sich für Selbstlernphasen, Videos oder kollaborative Aufgaben eignen.",
                        "Zwischen den beiden Terminen erproben Sie Ihr Konzept in einer echten Lehrveranstaltung. Beim zweiten Treffen werten wir die Erfahrungen gemeinsam aus und sammeln, was sich bewährt hat.",
                        "Die Werkstatt ist offen für Lehrende aller Leipziger Hochschulen sowie für Dozierende aus der Erwachsenenbildung. Die Teilnahme wird mit zwölf Arbeitseinheiten bescheinigt.",
                    ],
                    "en": [
                        "Good digital teaching starts not with the tool but with the question of what students should be able to do at the end of a session. In this workshop you develop one unit or a whole module further and decide which parts suit self-study phases, videos or collaborative tasks.",
                        "Between the two meetings you try out your concept in a real course. At the second meeting we review the experiences together and collect what has worked well.",
                        "The workshop is open to teaching staff from all universities in Leipzig and to instructors from adult education. Participants receive a certificate for twelve working units.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "workshop",
                "target_groups": ["teachers"],
                "competence_areas": ["digital-content-creation", "communication-collaboration"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_UL_AUGUSTEUM,
                "online_note": None,
                "price": "120.00",
                "price_note": {
                    "de": "Lehrende der Leipziger Hochschulen nehmen kostenfrei teil.",
                    "en": "Teaching staff of Leipzig's universities take part free of charge.",
                },
                "registration_url": None,
                "registration_email": "hochschuldidaktik@uni-leipzig.example.org",
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_UL_AUGUSTEUM,
                "contact": {
                    "name": "Prof. Dr. Katrin Seifert",
                    "email": "hochschuldidaktik@uni-leipzig.example.org",
                    "phone": "+49 341 555 0013",
                },
                "dates": [[40, "09:30", 360], [68, "09:30", 240]],
            },
            {
                "slug": "data-science-sommerschule",
                "slug_en": "data-science-summer-school",
                "title": {
                    "de": "Data Science Summer School Leipzig",
                    "en": "Leipzig Data Science Summer School",
                },
                "summary": {
                    "de": "Eine intensive Woche mit Statistik, maschinellem Lernen und Datenvisualisierung an echten Datensätzen, unterrichtet auf Englisch.",
                    "en": "An intensive week of statistics, machine learning and data visualisation using real data sets, taught in English.",
                },
                "description": {
                    "de": [
                        "Die Summer School richtet sich an Masterstudierende, Promovierende und Berufstätige, die bereits erste Erfahrungen mit Python oder R gesammelt haben. Vormittags gibt es kompakte Vorlesungen, nachmittags arbeiten kleine internationale Teams an Fallstudien, etwa zu Verkehrszählungen, Luftmesswerten oder Bibliothekskatalogen.",
                        "Am letzten Tag stellen die Teams ihre Ergebnisse öffentlich vor. Wer alle Aufgaben erfolgreich bearbeitet, erhält ein Zertifikat über fünf Leistungspunkte.",
                        "Unterkunft ist im Preis nicht enthalten. Das Organisationsteam hilft aber gern bei der Suche nach einem Zimmer in der Nähe des Campus.",
                    ],
                    "en": [
                        "The summer school is aimed at master's students, doctoral candidates and professionals who already have some experience with Python or R. Mornings are for compact lectures; in the afternoons small international teams work on case studies such as traffic counts, air quality readings or library catalogues.",
                        "On the last day the teams present their results in public. Anyone who completes all assignments receives a certificate worth five credit points.",
                        "Accommodation is not included in the price. The organising team will gladly help you find a room near the campus.",
                    ],
                },
                "arenas": ["wissenschaft", "bildung"],
                "format": "course",
                "target_groups": ["students", "employees"],
                "competence_areas": ["information-data-literacy", "problem-solving"],
                "level": "advanced",
                "language": "en",
                "mode": "on_site",
                "venue": _VENUE_UL_AUGUSTEUM,
                "online_note": None,
                "price": "390.00",
                "price_note": {
                    "de": "Studierende und Promovierende zahlen 150 Euro.",
                    "en": "Students and doctoral candidates pay 150 euros.",
                },
                "registration_url": "https://www.example.org/uni-leipzig/summer-school",
                "registration_email": None,
                "registration_deadline_days": 30,
                "accessibility": _ACCESS_UL_AUGUSTEUM,
                "contact": {
                    "name": "Dr. Paul Hennig",
                    "email": "summerschool@uni-leipzig.example.org",
                    "phone": "+49 341 555 0014",
                },
                "dates": [
                    [150, "09:00", 420],
                    [151, "09:00", 420],
                    [152, "09:00", 420],
                    [153, "09:00", 420],
                    [154, "09:00", 360],
                ],
            },
            {
                "slug": "algorithmen-im-unterricht",
                "slug_en": "algorithms-in-the-classroom",
                "title": {
                    "de": "Algorithmen im Unterricht: Online-Kurs für Lehrkräfte",
                    "en": "Algorithms in the classroom: an online course for teachers",
                },
                "summary": {
                    "de": "Vier Online-Abende zeigen Lehrkräften aller Fächer, wie sich Grundideen der Informatik ganz ohne Vorwissen im Unterricht vermitteln lassen.",
                    "en": "Four online evenings show teachers of all subjects how the core ideas of computer science can be taught without any prior knowledge.",
                },
                "description": {
                    "de": [
                        "Sortieren, Suchen, Verschlüsseln: Viele Konzepte der Informatik lassen sich mit Spielkarten, Papier und einfachen Online-Werkzeugen anschaulich machen. Das Team der Didaktik der Informatik stellt erprobte Unterrichtsideen für die Klassen 5 bis 10 vor, die ohne besondere Technik auskommen.",
                        "Zwischen den Terminen probieren Sie eine Idee mit Ihrer Klasse aus und berichten beim nächsten Treffen davon. Alle Materialien stehen unter einer freien Lizenz und dürfen angepasst und weitergegeben werden.",
                    ],
                    "en": [
                        "Sorting, searching, encrypting: many concepts of computer science can be made tangible with playing cards, paper and simple online tools. The computer science education team presents tried-and-tested lesson ideas for years 5 to 10 that need no special equipment.",
                        "Between sessions you try out an idea with your class and report back at the next meeting. All materials are openly licensed and may be adapted and shared.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "online-course",
                "target_groups": ["teachers"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": "40.00",
                "price_note": {
                    "de": "Referendarinnen und Referendare zahlen 20 Euro.",
                    "en": "Trainee teachers pay 20 euros.",
                },
                "registration_url": None,
                "registration_email": "lehrkraefte-informatik@uni-leipzig.example.org",
                "registration_deadline_days": 5,
                "accessibility": None,
                "contact": {
                    "name": "Sarah Kühn",
                    "email": "lehrkraefte-informatik@uni-leipzig.example.org",
                    "phone": "+49 341 555 0015",
                },
                "dates": [[20, "16:30", 90], [27, "16:30", 90], [34, "16:30", 90], [41, "16:30", 90]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 2. HTWK Leipzig (university)
    # -----------------------------------------------------------------------
    {
        "slug": "htwk-leipzig",
        "kind": "university",
        "name": {
            "de": "HTWK Leipzig – Hochschule für Technik, Wirtschaft und Kultur",
            "en": "HTWK Leipzig – University of Applied Sciences",
        },
        "description": {
            "de": [
                "Die HTWK Leipzig ist die größte Hochschule für angewandte Wissenschaften in Sachsen. Ihre Stärken liegen in Ingenieurwesen, Informatik, Bauwesen und Medien, und fast alle Studiengänge arbeiten eng mit Unternehmen aus der Region zusammen.",
                "Im Digital Campus bringt die HTWK ihre Labore in die Stadt: Schülerinnen und Schüler programmieren Roboter, Beschäftigte aus dem Mittelstand erleben vernetzte Produktion, und Fachkräfte bilden sich berufsbegleitend weiter.",
                "Die Angebote finden überwiegend auf dem Campus an der Karl-Liebknecht-Straße statt, der mit den Straßenbahnlinien 11 und 16 gut erreichbar ist.",
            ],
            "en": [
                "HTWK Leipzig is the largest university of applied sciences in Saxony. Its strengths lie in engineering, computer science, civil engineering and media, and almost all degree programmes work closely with companies in the region.",
                "Through the Digital Campus, HTWK brings its labs into the city: school students programme robots, staff from small and medium-sized firms experience connected production, and professionals take part-time further training.",
                "Most offers take place on the campus on Karl-Liebknecht-Straße, which is easy to reach by tram lines 11 and 16.",
            ],
        },
        "website": "https://www.example.org/htwk",
        "street": "Karl-Liebknecht-Straße 132",
        "postcode": "04277",
        "city": "Leipzig",
        "email": "weiterbildung@htwk.example.org",
        "phone": "+49 341 555 0020",
        "offers": [
            {
                "slug": "mobilitaets-hackathon",
                "slug_en": "mobility-hackathon",
                "title": {
                    "de": "Mobilitäts-Hackathon: Wege durch Leipzig neu denken",
                    "en": "Mobility hackathon: rethinking routes through Leipzig",
                },
                "summary": {
                    "de": "In zwei Tagen entwickeln gemischte Teams Prototypen für Rad-, Bus- und Fußverkehr auf Grundlage offener Leipziger Daten.",
                    "en": "Over two days, mixed teams build prototypes for cycling, buses and walking based on open data from Leipzig.",
                },
                "description": {
                    "de": [
                        "Wie kommen Pendlerinnen aus Grünau schneller zur Arbeit, wo fehlen Stellplätze für Lastenräder, und wie lassen sich Baustellen verständlicher ankündigen? Beim Hackathon bringen Partner aus Verwaltung und Verkehrsunternehmen echte Fragestellungen und passende Datensätze mit.",
                        "Studierende, Gründungsinteressierte und Fachleute aus Unternehmen finden sich am ersten Morgen zu Teams zusammen. Mentorinnen und Mentoren der HTWK helfen bei Technik, Gestaltung und Geschäftsmodell, am zweiten Abend stellen alle Teams ihre Ergebnisse einer Jury vor.",
                        "Für Essen und Getränke ist gesorgt. Die überzeugendsten Ideen können anschließend im Smart Infrastructure Hub weiterentwickelt werden.",
                    ],
                    "en": [
                        "How can commuters from Grünau get to work faster, where are parking spaces for cargo bikes missing, and how could roadworks be announced more clearly? At the hackathon, partners from the city administration and transport companies bring real questions and matching data sets.",
                        "Students, aspiring founders and professionals from companies form teams on the first morning. HTWK mentors help with technology, design and business models, and on the second evening all teams present their results to a jury.",
                        "Food and drinks are provided. The most convincing ideas can then be developed further at the Smart Infrastructure Hub.",
                    ],
                },
                "arenas": ["wirtschaft", "wissenschaft"],
                "format": "hackathon",
                "target_groups": ["students", "founders"],
                "competence_areas": ["problem-solving", "digital-content-creation"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "on_site",
                "venue": _VENUE_HTWK_ZUSE,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/htwk/hackathon",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_HTWK,
                "contact": {
                    "name": "Tobias Reinhardt",
                    "email": "hackathon@htwk.example.org",
                    "phone": "+49 341 555 0021",
                },
                "dates": [[60, "09:00", 600], [61, "09:00", 540]],
            },
            {
                "slug": "robotik-labor-fuer-schuelerinnen-und-schueler",
                "slug_en": "robotics-lab-for-school-students",
                "title": {
                    "de": "Robotik-Labor für Schülerinnen und Schüler",
                    "en": "Robotics lab for school students",
                },
                "summary": {
                    "de": "Jugendliche ab Klasse 8 bauen und programmieren in den Laboren der HTWK kleine Roboter, die Hindernisse erkennen und Aufgaben lösen.",
                    "en": "Young people from year 8 upwards build and programme small robots in the HTWK labs that detect obstacles and solve tasks.",
                },
                "description": {
                    "de": [
                        "Das Labor öffnet in diesem Halbjahr an fünf Nachmittagen für Schulklassen und Arbeitsgemeinschaften. Angeleitet von Studierenden der Elektrotechnik und Informatik setzen die Jugendlichen Bausätze zusammen, schließen Sensoren an und schreiben ihre ersten Steuerprogramme.",
                        "Jeder Nachmittag ist in sich abgeschlossen, Vorkenntnisse sind nicht nötig. Lehrkräfte melden ihre Gruppe mit bis zu 16 Personen per E-Mail an und nennen dabei den Wunschtermin.",
                    ],
                    "en": [
                        "This term the lab opens on five afternoons for school classes and after-school clubs. Guided by electrical engineering and computer science students, the young people assemble kits, connect sensors and write their first control programs.",
                        "Each afternoon stands on its own, and no prior knowledge is needed. Teachers register their group of up to 16 by e-mail and state their preferred date.",
                    ],
                },
                "arenas": ["bildung", "wissenschaft"],
                "format": "lab",
                "target_groups": ["pupils"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_HTWK_NIEPER,
                "online_note": None,
                "price": "15.00",
                "price_note": {
                    "de": "Materialbeitrag pro Schülerin oder Schüler.",
                    "en": "Material contribution per student.",
                },
                "registration_url": None,
                "registration_email": "schuelerlabor@htwk.example.org",
                "registration_deadline_days": 10,
                "accessibility": _ACCESS_HTWK,
                "contact": {
                    "name": "Anja Vogel",
                    "email": "schuelerlabor@htwk.example.org",
                    "phone": "+49 341 555 0022",
                },
                "dates": [
                    [-20, "14:00", 180],
                    [-13, "14:00", 180],
                    [-6, "14:00", 180],
                    [8, "14:00", 180],
                    [15, "14:00", 180],
                ],
            },
            {
                "slug": "zertifikatskurs-cloud-und-devops",
                "slug_en": "certificate-course-cloud-and-devops",
                "title": {
                    "de": "Berufsbegleitender Zertifikatskurs Cloud und DevOps",
                    "en": "Part-time certificate course in cloud and DevOps",
                },
                "summary": {
                    "de": "In sechs Modulen lernen IT-Fachkräfte, Anwendungen in Containern zu betreiben, Abläufe zu automatisieren und Cloud-Dienste sicher einzurichten.",
                    "en": "In six modules, IT professionals learn to run applications in containers, automate workflows and set up cloud services securely.",
                },
                "description": {
                    "de": [
                        "Viele Leipziger Unternehmen verlagern ihre Software in Rechenzentren und auf Cloud-Plattformen, doch es fehlt an Personal, das diese Umgebungen zuverlässig betreibt. Der Kurs vermittelt die wichtigsten Werkzeuge: Versionsverwaltung, Container, automatisierte Tests und Auslieferung sowie die Überwachung im laufenden Betrieb.",
                        "Die Abende finden im Geutebrück-Bau statt, wer nicht vor Ort sein kann, schaltet sich per Video zu. Zwischen den Modulen bearbeiten Sie praktische Aufgaben in einer eigenen Übungsumgebung.",
                        "Voraussetzung sind Grundkenntnisse in Linux und in einer Programmiersprache. Der Kurs endet mit einem Abschlussprojekt und einem Hochschulzertifikat.",
                    ],
                    "en": [
                        "Many companies in Leipzig are moving their software to data centres and cloud platforms, but there is a shortage of staff who can run these environments reliably. The course teaches the key tools: version control, containers, automated testing and delivery, and monitoring in production.",
                        "The evening sessions take place in the Geutebrück-Bau; if you cannot attend in person, you can join by video. Between modules you work on practical assignments in your own practice environment.",
                        "You should have basic knowledge of Linux and of one programming language. The course ends with a final project and a university certificate.",
                    ],
                },
                "arenas": ["wirtschaft", "bildung"],
                "format": "course",
                "target_groups": ["employees"],
                "competence_areas": ["problem-solving", "safety"],
                "level": "advanced",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_HTWK_GEUTEBRUECK,
                "online_note": {
                    "de": "Die Zugangsdaten für Videokonferenz und Übungsumgebung erhalten Sie nach der Anmeldebestätigung per E-Mail.",
                    "en": "You will receive access details for the video conference and the practice environment by e-mail once your registration is confirmed.",
                },
                "price": "1490.00",
                "price_note": {
                    "de": "Ratenzahlung ist möglich. Viele Arbeitgeber übernehmen die Kosten ganz oder teilweise.",
                    "en": "Payment in instalments is possible. Many employers cover the fee in full or in part.",
                },
                "registration_url": "https://www.example.org/htwk/weiterbildung/cloud-devops",
                "registration_email": None,
                "registration_deadline_days": 28,
                "accessibility": _ACCESS_HTWK,
                "contact": {
                    "name": "Dr. Stefan Brückner",
                    "email": "weiterbildung@htwk.example.org",
                    "phone": "+49 341 555 0023",
                },
                "dates": [
                    [50, "17:00", 180],
                    [57, "17:00", 180],
                    [64, "17:00", 180],
                    [71, "17:00", 180],
                    [78, "17:00", 180],
                    [85, "17:00", 180],
                ],
            },
            {
                "slug": "lernfabrik-industrie-4-0",
                "slug_en": "learning-factory-industry-4-0",
                "title": {
                    "de": "Lernfabrik Industrie 4.0: vernetzte Produktion zum Anfassen",
                    "en": "Industry 4.0 learning factory: hands-on connected production",
                },
                "summary": {
                    "de": "Beschäftigte aus kleinen und mittleren Betrieben erleben an einer Modellfertigung, wie Sensoren, Daten und Steuerung zusammenspielen.",
                    "en": "Staff from small and medium-sized firms see on a model production line how sensors, data and control systems work together.",
                },
                "description": {
                    "de": [
                        "In der Lernfabrik der HTWK läuft eine kleine, aber vollständige Fertigungsstraße mit Robotern, Förderbändern und zentraler Datenerfassung. An einem Tag begleiten die Teilnehmenden einen Auftrag vom Wareneingang bis zum Versand und sehen, wo Daten entstehen und wofür sie sich nutzen lassen.",
                        "Im zweiten Teil geht es um den eigenen Betrieb: Welche Maschinen liefern bereits Daten, wo lohnt sich eine Nachrüstung, und welche Fragen der IT-Sicherheit müssen geklärt werden? Sie nehmen eine Liste konkreter nächster Schritte mit nach Hause.",
                    ],
                    "en": [
                        "The HTWK learning factory runs a small but complete production line with robots, conveyor belts and central data capture. Over one day, participants follow an order from goods receipt to dispatch and see where data is created and what it can be used for.",
                        "The second part focuses on your own business: which machines already deliver data, where is retrofitting worthwhile, and which IT security questions need answering? You go home with a list of concrete next steps.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "lab",
                "target_groups": ["employees"],
                "competence_areas": ["problem-solving"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_HTWK_NIEPER,
                "online_note": None,
                "price": "180.00",
                "price_note": {
                    "de": "Mittagessen und Unterlagen sind im Preis enthalten.",
                    "en": "Lunch and handouts are included in the price.",
                },
                "registration_url": "https://www.example.org/htwk/lernfabrik",
                "registration_email": None,
                "registration_deadline_days": 10,
                "accessibility": _ACCESS_HTWK,
                "contact": {
                    "name": "Prof. Dr. Uwe Kretzschmar",
                    "email": "lernfabrik@htwk.example.org",
                    "phone": "+49 341 555 0024",
                },
                "dates": [[95, "09:00", 390]],
            },
            {
                "slug": "forschungsabend-digitale-zwillinge-im-bauwesen",
                "slug_en": "research-evening-digital-twins-in-construction",
                "title": {
                    "de": "Forschungsabend: Bauen mit digitalen Zwillingen",
                    "en": "Research evening: building with digital twins",
                },
                "summary": {
                    "de": "Forschende der Fakultät Bauwesen zeigen, wie digitale Gebäudemodelle Planung, Bau und Betrieb verändern, und stellen sich den Fragen des Publikums.",
                    "en": "Researchers from the Faculty of Civil Engineering show how digital building models are changing planning, construction and operation, and take questions from the audience.",
                },
                "description": {
                    "de": [
                        "Ein digitaler Zwilling ist mehr als ein 3D-Modell: Er verknüpft Baupläne mit Messwerten aus dem laufenden Betrieb, etwa zu Energieverbrauch, Feuchtigkeit oder Raumbelegung. Drei kurze Vorträge erklären an Leipziger Beispielen, was heute schon möglich ist und woran noch geforscht wird.",
                        "Der Abend richtet sich an alle Interessierten. Eine Anmeldung ist nicht nötig, im Foyer gibt es danach Getränke und Gelegenheit zum Gespräch mit den Vortragenden.",
                    ],
                    "en": [
                        "A digital twin is more than a 3D model: it links building plans with readings from day-to-day operation, such as energy use, humidity or room occupancy. Using examples from Leipzig, three short talks explain what is already possible and what is still being researched.",
                        "The evening is open to anyone interested. No registration is needed, and afterwards there are drinks in the foyer and a chance to talk to the speakers.",
                    ],
                },
                "arenas": ["wissenschaft"],
                "format": "talk",
                "target_groups": ["citizens", "students"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_HTWK_GEUTEBRUECK,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_HTWK,
                "contact": {
                    "name": "Dr. Lena Martens",
                    "email": "forschungsabend@htwk.example.org",
                    "phone": "+49 341 555 0025",
                },
                "dates": [[-9, "18:00", 120]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 3. Leipziger Institut für Angewandte Datenwissenschaft (research)
    # -----------------------------------------------------------------------
    {
        "slug": "institut-fuer-angewandte-datenwissenschaft",
        "kind": "research",
        "name": {
            "de": "Leipziger Institut für Angewandte Datenwissenschaft (LIAD)",
            "en": "Leipzig Institute for Applied Data Science (LIAD)",
        },
        "description": {
            "de": [
                "Das LIAD ist ein außeruniversitäres Forschungsinstitut im Wissenschaftspark an der Permoserstraße. Rund 60 Mitarbeitende erforschen, wie sich Daten aus Umwelt, Verkehr und Verwaltung verantwortungsvoll auswerten lassen.",
                "Das Institut versteht Wissenstransfer als Teil seiner Arbeit. Es bietet Workshops für Forschende an, berät Vereine bei eigenen Datenprojekten und lädt Bürgerinnen und Bürger ein, selbst zu messen und mitzuforschen.",
            ],
            "en": [
                "LIAD is a non-university research institute in the science park on Permoserstraße. Around 60 staff investigate how data from the environment, transport and public administration can be analysed responsibly.",
                "The institute sees knowledge transfer as part of its mission. It runs workshops for researchers, advises associations on their own data projects and invites residents to take measurements and join in the research.",
            ],
        },
        "website": "https://www.example.org/liad",
        "street": "Permoserstraße 15",
        "postcode": "04318",
        "city": "Leipzig",
        "email": "kontakt@liad.example.org",
        "phone": "+49 341 555 0030",
        "offers": [
            {
                "slug": "datensprechstunde-fuer-vereine",
                "slug_en": "data-consultation-for-associations",
                "title": {
                    "de": "Datensprechstunde für Vereine und Initiativen",
                    "en": "Data consultation for associations and initiatives",
                },
                "summary": {
                    "de": "Einmal im Monat beraten Forschende des Instituts kostenlos zu Umfragen, Auswertungen und Datenschutz in ehrenamtlichen Projekten.",
                    "en": "Once a month, the institute's researchers give free advice on surveys, analyses and data protection in volunteer projects.",
                },
                "description": {
                    "de": [
                        "Ein Sportverein möchte wissen, aus welchen Stadtteilen seine Mitglieder kommen, eine Elterninitiative plant eine Umfrage zum Verkehr vor der Grundschule: Mit solchen Fragen sind Sie in der Sprechstunde richtig. In einem halbstündigen Gespräch klären wir, welche Daten sinnvoll sind, wie Sie sie erheben und mit freier Software auswerten.",
                        "Die Beratung findet per Videokonferenz statt. Beschreiben Sie Ihr Anliegen bei der Anmeldung bitte in wenigen Sätzen, damit wir die passende Person aus dem Team einplanen können.",
                    ],
                    "en": [
                        "A sports club wants to know which neighbourhoods its members come from, a parents' group is planning a survey on traffic outside the primary school: questions like these are exactly what the consultation is for. In a half-hour conversation we work out which data makes sense and how to collect and analyse it with free software.",
                        "The consultation takes place by video conference. When registering, please describe your request in a few sentences so that we can schedule the right person from our team.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "wissenschaft"],
                "format": "consultation",
                "target_groups": ["citizens"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": {
                    "de": "Nach der Anmeldung erhalten Sie einen festen Gesprächstermin innerhalb des Zeitfensters und den Link zum Videoraum per E-Mail.",
                    "en": "After registering you will receive a fixed appointment within the time window and the link to the video room by e-mail.",
                },
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": "sprechstunde@liad.example.org",
                "registration_deadline_days": 3,
                "accessibility": None,
                "contact": {
                    "name": "Dr. Hannah Wolff",
                    "email": "sprechstunde@liad.example.org",
                    "phone": "+49 341 555 0031",
                },
                "dates": [
                    [12, "17:00", 120],
                    [40, "17:00", 120],
                    [68, "17:00", 120],
                    [96, "17:00", 120],
                    [124, "17:00", 120],
                ],
            },
            {
                "slug": "maschinelles-lernen-in-der-forschungspraxis",
                "slug_en": "machine-learning-in-research-practice",
                "title": {
                    "de": "Maschinelles Lernen in der Forschungspraxis",
                    "en": "Machine learning in research practice",
                },
                "summary": {
                    "de": "Zwei Praxistage mit Python und scikit-learn: von sauberen Trainingsdaten über die Modellwahl bis zur ehrlichen Bewertung der Ergebnisse.",
                    "en": "Two hands-on days with Python and scikit-learn: from clean training data and model selection to an honest evaluation of the results.",
                },
                "description": {
                    "de": [
                        "Viele Forschungsgruppen wollen Verfahren des maschinellen Lernens einsetzen, unterschätzen aber typische Fallstricke wie Datenlecks, unausgewogene Klassen oder zu optimistische Kennzahlen. Der Workshop behandelt diese Themen an Datensätzen aus Umwelt-, Lebens- und Sozialwissenschaften.",
                        "Sie arbeiten in Jupyter-Notebooks auf der Rechenumgebung des Instituts und nehmen alle Materialien mit. Solide Grundkenntnisse in Python werden vorausgesetzt, unterrichtet wird auf Englisch.",
                    ],
                    "en": [
                        "Many research groups want to use machine learning methods but underestimate typical pitfalls such as data leakage, imbalanced classes or overly optimistic metrics. The workshop covers these topics using data sets from the environmental, life and social sciences.",
                        "You work in Jupyter notebooks on the institute's computing environment and take all materials with you. A solid basic knowledge of Python is required, and the workshop is taught in English.",
                    ],
                },
                "arenas": ["wissenschaft"],
                "format": "workshop",
                "target_groups": ["students", "employees"],
                "competence_areas": ["problem-solving"],
                "level": "advanced",
                "language": "en",
                "mode": "on_site",
                "venue": _VENUE_LIAD,
                "online_note": None,
                "price": "250.00",
                "price_note": {
                    "de": "Promovierende zahlen 90 Euro.",
                    "en": "Doctoral candidates pay 90 euros.",
                },
                "registration_url": "https://www.example.org/liad/workshops/machine-learning",
                "registration_email": None,
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_LIAD,
                "contact": {
                    "name": "Dr. Rafael Okonkwo",
                    "email": "workshops@liad.example.org",
                    "phone": "+49 341 555 0032",
                },
                "dates": [[75, "09:00", 420], [76, "09:00", 420]],
            },
            {
                "slug": "science-slam-digitale-stadt",
                "slug_en": "science-slam-digital-city",
                "title": {
                    "de": "Science Slam: Die digitale Stadt",
                    "en": "Science slam: the digital city",
                },
                "summary": {
                    "de": "Sechs junge Forschende, je zehn Minuten, ein Thema: was Daten, Sensoren und Algorithmen mit unserem Alltag in Leipzig zu tun haben.",
                    "en": "Six young researchers, ten minutes each, one theme: what data, sensors and algorithms have to do with everyday life in Leipzig.",
                },
                "description": {
                    "de": [
                        "Beim Science Slam zählt nicht die perfekte Folie, sondern eine gute Geschichte. Promovierende aus Leipziger Hochschulen und Instituten erklären ihre Forschung so, dass man ihr auch nach einem langen Arbeitstag folgen kann, mit Witz, Requisiten und manchmal einem Live-Experiment.",
                        "Die Themen reichen von Verkehrsströmen auf dem Innenstadtring über Hitzeinseln in dicht bebauten Vierteln bis zu der Frage, wie viel Strom ein Chatbot verbraucht. Am Ende entscheidet das Publikum per Applaus über den Sieg.",
                        "Karten gibt es nur an der Abendkasse, Einlass ist eine Stunde vor Beginn.",
                    ],
                    "en": [
                        "At a science slam, a perfect slide matters less than a good story. Doctoral candidates from Leipzig's universities and institutes explain their research in a way you can follow even after a long day at work, with humour, props and sometimes a live experiment.",
                        "Topics range from traffic flows on the inner ring road and heat islands in densely built neighbourhoods to the question of how much electricity a chatbot consumes. At the end, the audience decides the winner by applause.",
                        "Tickets are only available at the door, which opens one hour before the start.",
                    ],
                },
                "arenas": ["wissenschaft", "stadtgesellschaft"],
                "format": "event",
                "target_groups": ["citizens", "students"],
                "competence_areas": ["communication-collaboration"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_NATO,
                "online_note": None,
                "price": "8.00",
                "price_note": {
                    "de": "Ermäßigt 5 Euro für Studierende und Menschen mit Leipzig-Pass.",
                    "en": "Reduced price of 5 euros for students and Leipzig-Pass holders.",
                },
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_NATO,
                "contact": {
                    "name": "Julia Sommer",
                    "email": "scienceslam@liad.example.org",
                    "phone": "+49 341 555 0033",
                },
                "dates": [[110, "20:00", 150]],
            },
            {
                "slug": "stadtgruen-aus-dem-all",
                "slug_en": "urban-green-from-space",
                "title": {
                    "de": "Stadtgrün aus dem All: Satellitendaten auswerten",
                    "en": "Urban green from space: analysing satellite data",
                },
                "summary": {
                    "de": "Der Online-Kurs zeigt, wie frei verfügbare Copernicus-Daten helfen, Bäume, Grünflächen und Hitzebelastung in Leipzig zu beobachten.",
                    "en": "This online course shows how freely available Copernicus data can help to monitor trees, green spaces and heat stress in Leipzig.",
                },
                "description": {
                    "de": [
                        "Europäische Erdbeobachtungssatelliten liefern alle paar Tage kostenlose Aufnahmen, auf denen sich der Zustand von Vegetation und versiegelten Flächen ablesen lässt. In drei Sitzungen lernen Sie, solche Daten mit der freien Software QGIS zu laden, Vegetationsindizes zu berechnen und Veränderungen über mehrere Sommer zu vergleichen.",
                        "Als Beispiele dienen der Auwald, die Parks im Leipziger Westen und neu bebaute Quartiere. Der Kurs eignet sich für Studierende und für Beschäftigte aus Umwelt- und Planungsämtern; erklärt wird auf Deutsch, die Übungsunterlagen sind auf Englisch.",
                    ],
                    "en": [
                        "European Earth observation satellites provide free images every few days that reveal the state of vegetation and sealed surfaces. Over three sessions you learn to load such data in the free software QGIS, calculate vegetation indices and compare changes across several summers.",
                        "Examples include the floodplain forest, the parks in the west of Leipzig and newly built neighbourhoods. The course suits students as well as staff from environmental and planning offices; explanations are given in German and the exercise materials are in English.",
                    ],
                },
                "arenas": ["wissenschaft", "stadtgesellschaft"],
                "format": "online-course",
                "target_groups": ["students", "public-administration"],
                "competence_areas": ["information-data-literacy", "problem-solving"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": "95.00",
                "price_note": {
                    "de": "Studierende zahlen 35 Euro.",
                    "en": "Students pay 35 euros.",
                },
                "registration_url": "https://www.example.org/liad/kurse/stadtgruen",
                "registration_email": None,
                "registration_deadline_days": 5,
                "accessibility": None,
                "contact": {
                    "name": "Dr. Markus Feldmann",
                    "email": "fernerkundung@liad.example.org",
                    "phone": "+49 341 555 0034",
                },
                "dates": [[152, "10:00", 120], [159, "10:00", 120], [166, "10:00", 120]],
            },
            {
                "slug": "mitmachlabor-luftqualitaet",
                "slug_en": "citizen-lab-air-quality",
                "title": {
                    "de": "Mitmachlabor Luftqualität: Feinstaub selbst messen",
                    "en": "Citizen lab on air quality: measuring particulate matter yourself",
                },
                "summary": {
                    "de": "Interessierte bauen mit dem Institut eigene Feinstaubsensoren, bringen sie im Stadtteil an und werten die Messreihen gemeinsam aus.",
                    "en": "Participants build their own particulate matter sensors with the institute, mount them in their neighbourhood and analyse the readings together.",
                },
                "description": {
                    "de": [
                        "Das Mitmachlabor verbindet Forschung und Nachbarschaft. An drei Abenden löten die Teilnehmenden einfache Messstationen, verbinden sie mit dem heimischen WLAN und erfahren, wie verlässlich solche günstigen Sensoren tatsächlich sind.",
                        "Die Messwerte fließen in ein Forschungsprojekt zur Luft an Hauptverkehrsstraßen ein und werden als offene Daten veröffentlicht. Jugendliche ab 14 Jahren sind in Begleitung eines Erwachsenen willkommen.",
                    ],
                    "en": [
                        "The citizen lab brings research and neighbourhood together. Over three evenings, participants solder simple measuring stations, connect them to their home Wi-Fi and find out how reliable such low-cost sensors really are.",
                        "The readings feed into a research project on air along main roads and are published as open data. Young people aged 14 and over are welcome when accompanied by an adult.",
                    ],
                },
                "arenas": ["wissenschaft", "stadtgesellschaft"],
                "format": "lab",
                "target_groups": ["citizens", "pupils"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_LIAD,
                "online_note": None,
                "price": "20.00",
                "price_note": {
                    "de": "Der Betrag deckt die Bauteile für den Sensor, den Sie behalten.",
                    "en": "The fee covers the components for the sensor, which you keep.",
                },
                "registration_url": None,
                "registration_email": "mitmachlabor@liad.example.org",
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_LIAD,
                "contact": {
                    "name": "Mehmet Yilmaz",
                    "email": "mitmachlabor@liad.example.org",
                    "phone": "+49 341 555 0035",
                },
                "dates": [[-28, "18:00", 150], [-21, "18:00", 150], [-14, "18:00", 150]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 4. Volkshochschule Leipzig (adult education)
    # -----------------------------------------------------------------------
    {
        "slug": "volkshochschule-leipzig",
        "kind": "adult_education",
        "name": {"de": "Volkshochschule Leipzig", "en": "Leipzig Adult Education Centre (Volkshochschule)"},
        "description": {
            "de": [
                "Die Volkshochschule Leipzig ist das kommunale Weiterbildungszentrum der Stadt und bietet jedes Semester weit über tausend Kurse an. Digitale Grundbildung gehört seit Jahren zu ihren Schwerpunkten, vom ersten Smartphone bis zur Programmiersprache.",
                "Die Kurse sind bewusst niedrigschwellig angelegt: kleine Gruppen, geduldige Kursleitungen und Preise, die sich mit Ermäßigungen auch bei kleinem Einkommen tragen lassen. Viele Angebote gibt es vor Ort in der Löhrstraße und zusätzlich online.",
            ],
            "en": [
                "The Volkshochschule Leipzig is the city's municipal adult education centre and offers well over a thousand courses every semester. Basic digital skills have been one of its priorities for years, from the first smartphone to a programming language.",
                "The courses are deliberately easy to access: small groups, patient instructors and prices that remain affordable on a low income thanks to reductions. Many courses take place on site on Löhrstraße and online as well.",
            ],
        },
        "website": "https://www.example.org/vhs",
        "street": "Löhrstraße 3-7",
        "postcode": "04105",
        "city": "Leipzig",
        "email": "kontakt@vhs.example.org",
        "phone": "+49 341 555 0040",
        "offers": [
            {
                "slug": "ki-werkzeuge-im-alltag-verstehen",
                "slug_en": "understanding-ai-tools-in-everyday-life",
                "title": {
                    "de": "KI-Werkzeuge im Alltag verstehen",
                    "en": "Understanding AI tools in everyday life",
                },
                "summary": {
                    "de": "Was Chatbots, Bildgeneratoren und Übersetzungsprogramme können, wo ihre Grenzen liegen und wie Sie sie bewusst und sicher einsetzen.",
                    "en": "What chatbots, image generators and translation tools can do, where their limits lie and how to use them consciously and safely.",
                },
                "description": {
                    "de": [
                        "Künstliche Intelligenz ist in kurzer Zeit in viele Alltagsprogramme eingezogen. In diesem Kurs probieren Sie verbreitete Werkzeuge selbst aus und lernen, gute Anfragen zu formulieren, Antworten zu überprüfen und Fehler zu erkennen.",
                        "Genauso wichtig sind die Fragen dahinter: Woher stammen die Trainingsdaten, was passiert mit meinen Eingaben, und wann sollte ich lieber selbst schreiben? Wir besprechen auch, wie man KI-generierte Bilder und Texte erkennt.",
                        "Bitte bringen Sie ein eigenes Notebook oder Tablet mit. Wer kein Gerät hat, kann eines der VHS ausleihen.",
                    ],
                    "en": [
                        "Artificial intelligence has found its way into many everyday programs in a short time. In this course you try out common tools yourself and learn to phrase good prompts, check answers and spot mistakes.",
                        "The questions behind the tools matter just as much: where does the training data come from, what happens to what I type in, and when is it better to write something myself? We also discuss how to recognise AI-generated images and texts.",
                        "Please bring your own laptop or tablet. If you do not have a device, you can borrow one from the Volkshochschule.",
                    ],
                },
                "arenas": ["bildung", "stadtgesellschaft"],
                "format": "course",
                "target_groups": ["citizens"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_VHS,
                "online_note": None,
                "price": "59.00",
                "price_note": {
                    "de": "Ermäßigt 39 Euro, unter anderem mit Leipzig-Pass, für Studierende und Auszubildende.",
                    "en": "Reduced price 39 euros, for example with a Leipzig-Pass, for students and trainees.",
                },
                "registration_url": "https://www.example.org/vhs/kurse/ki-im-alltag",
                "registration_email": None,
                "registration_deadline_days": 5,
                "accessibility": _ACCESS_VHS,
                "contact": {
                    "name": "Claudia Neumann",
                    "email": "digital@vhs.example.org",
                    "phone": "+49 341 555 0041",
                },
                "dates": [[-10, "18:00", 90], [-3, "18:00", 90], [4, "18:00", 90], [11, "18:00", 90]],
            },
            {
                "slug": "smartphone-grundkurs-fuer-seniorinnen-und-senioren",
                "slug_en": "smartphone-basics-for-older-adults",
                "title": {
                    "de": "Smartphone-Grundkurs für Seniorinnen und Senioren",
                    "en": "Smartphone basics for older adults",
                },
                "summary": {
                    "de": "In ruhigem Tempo lernen Sie Ihr eigenes Smartphone kennen: Einstellungen, Nachrichten, Fotos, Fahrplanauskunft und Videoanrufe mit der Familie.",
                    "en": "At a relaxed pace you get to know your own smartphone: settings, messages, photos, timetable information and video calls with the family.",
                },
                "description": {
                    "de": [
                        "Der Kurs richtet sich an Menschen ab etwa 60 Jahren, die ein Smartphone besitzen, sich damit aber noch unsicher fühlen. Jede Sitzung widmet sich einem Thema, das wir Schritt für Schritt gemeinsam am eigenen Gerät durchgehen, bis es sitzt.",
                        "Sie lernen unter anderem, Schrift und Lautstärke anzupassen, Nachrichten und Fotos zu verschicken, die Abfahrtszeiten der Straßenbahn abzurufen und mit den Enkeln per Video zu telefonieren. Ein kleines Handbuch zum Nachschlagen bekommen Sie mit nach Hause.",
                    ],
                    "en": [
                        "This course is for people aged around 60 and over who own a smartphone but still feel unsure using it. Each session covers one topic, which we go through together step by step on your own device until it feels familiar.",
                        "Among other things, you learn to adjust text size and volume, send messages and photos, look up tram departure times and make video calls with your grandchildren. You take home a small handbook to refer to later.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "course",
                "target_groups": ["seniors"],
                "competence_areas": ["communication-collaboration"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_VHS,
                "online_note": None,
                "price": "39.00",
                "price_note": {
                    "de": "Mit Leipzig-Pass zahlen Sie die Hälfte.",
                    "en": "Leipzig-Pass holders pay half price.",
                },
                "registration_url": "https://www.example.org/vhs/kurse/smartphone-grundkurs",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": _ACCESS_VHS,
                "contact": {
                    "name": "Claudia Neumann",
                    "email": "digital@vhs.example.org",
                    "phone": "+49 341 555 0041",
                },
                "dates": [[105, "10:00", 90], [112, "10:00", 90], [119, "10:00", 90], [126, "10:00", 90]],
            },
            {
                "slug": "sicher-online-passwoerter-und-phishing",
                "slug_en": "staying-safe-online-passwords-and-phishing",
                "title": {
                    "de": "Sicher online: Passwörter, Phishing und Betrugsmaschen",
                    "en": "Staying safe online: passwords, phishing and scams",
                },
                "summary": {
                    "de": "Ein praktischer Nachmittag darüber, wie Sie Konten schützen, gefälschte Nachrichten erkennen und im Ernstfall richtig reagieren.",
                    "en": "A practical afternoon on protecting your accounts, recognising fake messages and reacting correctly if something goes wrong.",
                },
                "description": {
                    "de": [
                        "Gefälschte Paketbenachrichtigungen, angebliche Bankmitarbeiter am Telefon, Schockanrufe: Die Tricks ändern sich ständig, die Muster dahinter bleiben ähnlich. Anhand echter Beispiele üben Sie, verdächtige Nachrichten zu erkennen.",
                        "Außerdem richten Sie gemeinsam mit der Kursleitung einen Passwortmanager ein und aktivieren die Zwei-Faktor-Anmeldung für Ihr E-Mail-Konto. Zum Schluss erfahren Sie, wo Sie in Leipzig Hilfe bekommen, wenn doch einmal etwas passiert ist.",
                    ],
                    "en": [
                        "Fake parcel notifications, supposed bank employees on the phone, distressing calls claiming a relative is in trouble: the tricks keep changing, but the patterns behind them stay similar. Using real examples, you practise spotting suspicious messages.",
                        "Together with the instructor you also set up a password manager and activate two-factor sign-in for your e-mail account. Finally, you find out where to get help in Leipzig if something has happened after all.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["citizens", "seniors"],
                "competence_areas": ["safety"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_VHS,
                "online_note": None,
                "price": "19.00",
                "price_note": None,
                "registration_url": "https://www.example.org/vhs/kurse/sicher-online",
                "registration_email": None,
                "registration_deadline_days": 2,
                "accessibility": _ACCESS_VHS,
                "contact": {
                    "name": "Frank Hoffmann",
                    "email": "sicherheit@vhs.example.org",
                    "phone": "+49 341 555 0042",
                },
                "dates": [[-17, "14:00", 180]],
            },
            {
                "slug": "tabellen-und-datenvisualisierung-fuer-den-beruf",
                "slug_en": "spreadsheets-and-data-visualisation-at-work",
                "title": {
                    "de": "Tabellen und Datenvisualisierung für den Beruf",
                    "en": "Spreadsheets and data visualisation at work",
                },
                "summary": {
                    "de": "Fünf Online-Abende zu Formeln, Pivot-Tabellen und aussagekräftigen Diagrammen in Tabellenkalkulationen, mit Übungsdaten aus dem Arbeitsalltag.",
                    "en": "Five online evenings on formulas, pivot tables and meaningful charts in spreadsheet software, with practice data from everyday working life.",
                },
                "description": {
                    "de": [
                        "Ob Lagerliste, Umsatzübersicht oder Dienstplan: In vielen Berufen landen Zahlen in Tabellen, doch nur wenige nutzen die Möglichkeiten der Programme wirklich aus. Der Kurs zeigt, wie Sie Daten bereinigen, mit Formeln verknüpfen und mit Pivot-Tabellen zusammenfassen.",
                        "Im zweiten Teil geht es um Diagramme, die eine Aussage haben, statt nur bunt zu sein. Sie lernen, welche Darstellung zu welcher Frage passt und wie Sie typische Täuschungen vermeiden. Die Übungen funktionieren mit Excel ebenso wie mit LibreOffice.",
                    ],
                    "en": [
                        "Whether it is a stock list, a sales overview or a staff rota, figures end up in spreadsheets in many jobs, yet few people really use what the programs can do. The course shows you how to clean up data, combine it with formulas and summarise it with pivot tables.",
                        "The second part is about charts that make a point instead of just being colourful. You learn which chart suits which question and how to avoid common distortions. The exercises work in Excel as well as in LibreOffice.",
                    ],
                },
                "arenas": ["wirtschaft", "bildung"],
                "format": "online-course",
                "target_groups": ["employees", "trainees"],
                "competence_areas": ["information-data-literacy"],
                "level": "intermediate",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": "89.00",
                "price_note": {
                    "de": "Die Kursgebühr kann über den Bildungsurlaub oder eine Förderung des Arbeitgebers abgerechnet werden.",
                    "en": "The course fee can be covered by educational leave or by employer funding.",
                },
                "registration_url": "https://www.example.org/vhs/kurse/tabellen-online",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": None,
                "contact": {
                    "name": "Ines Bergmann",
                    "email": "beruf@vhs.example.org",
                    "phone": "+49 341 555 0043",
                },
                "dates": [
                    [25, "18:30", 90],
                    [32, "18:30", 90],
                    [39, "18:30", 90],
                    [46, "18:30", 90],
                    [53, "18:30", 90],
                ],
            },
            {
                "slug": "python-fuer-einsteigerinnen-und-einsteiger",
                "slug_en": "python-for-beginners",
                "title": {
                    "de": "Python für Einsteigerinnen und Einsteiger",
                    "en": "Python for beginners",
                },
                "summary": {
                    "de": "Sechs Abende, um ohne Vorkenntnisse die Programmiersprache Python zu lernen und kleine Aufgaben aus Alltag und Beruf zu automatisieren.",
                    "en": "Six evenings to learn the Python programming language without prior knowledge and to automate small tasks from everyday life and work.",
                },
                "description": {
                    "de": [
                        "Python gilt als besonders gut lesbar und wird in Wissenschaft, Verwaltung und Unternehmen gleichermaßen eingesetzt. Im Kurs schreiben Sie vom ersten Abend an eigene kleine Programme und lernen Variablen, Schleifen, Bedingungen und Funktionen kennen.",
                        "Gegen Ende arbeiten Sie mit Dateien und offenen Daten, zum Beispiel mit den Leerungsterminen der Stadtreinigung oder den Pegelständen der Weißen Elster. Sie können im Kursraum oder von zu Hause aus teilnehmen.",
                    ],
                    "en": [
                        "Python is known for being especially readable and is used in research, public administration and business alike. From the first evening you write small programs of your own and learn about variables, loops, conditions and functions.",
                        "Towards the end you work with files and open data, for example the city's waste collection dates or the water levels of the Weiße Elster river. You can take part in the classroom or from home.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "course",
                "target_groups": ["citizens", "employees"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_VHS,
                "online_note": {
                    "de": "Wer von zu Hause teilnimmt, erhält den Zugang zum Videoraum mit der Anmeldebestätigung. Eine Kamera ist erwünscht, aber keine Pflicht.",
                    "en": "If you join from home, you will receive access to the video room with your registration confirmation. A camera is welcome but not required.",
                },
                "price": "129.00",
                "price_note": {
                    "de": "Ermäßigt 89 Euro.",
                    "en": "Reduced price 89 euros.",
                },
                "registration_url": "https://www.example.org/vhs/kurse/python-einstieg",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_VHS,
                "contact": {
                    "name": "Martin Engel",
                    "email": "programmieren@vhs.example.org",
                    "phone": "+49 341 555 0045",
                },
                "dates": [
                    [70, "18:00", 120],
                    [77, "18:00", 120],
                    [84, "18:00", 120],
                    [91, "18:00", 120],
                    [98, "18:00", 120],
                    [105, "18:00", 120],
                ],
            },
            {
                "slug": "digital-english-praesentieren-und-zusammenarbeiten",
                "slug_en": "digital-english-presenting-and-collaborating",
                "title": {
                    "de": "Digital English: online präsentieren und zusammenarbeiten",
                    "en": "Digital English: presenting and collaborating online",
                },
                "summary": {
                    "de": "Ein Englischkurs für den Berufsalltag in internationalen Teams: Videokonferenzen leiten, Ergebnisse präsentieren und gemeinsam in Dokumenten arbeiten.",
                    "en": "An English course for working life in international teams: chairing video calls, presenting results and working together in shared documents.",
                },
                "description": {
                    "de": [
                        "Immer mehr Leipziger Beschäftigte arbeiten mit Kolleginnen und Kollegen in anderen Ländern zusammen, meist per Bildschirm. Der Kurs trainiert die Sprache, die Sie dafür brauchen, und findet vollständig auf Englisch statt.",
                        "Sie üben, ein Meeting zu eröffnen und zu moderieren, Bildschirminhalte zu erklären, höflich zu unterbrechen und Aufgaben schriftlich festzuhalten. Empfohlen wird ein Sprachniveau ab B1.",
                    ],
                    "en": [
                        "More and more employees in Leipzig work with colleagues in other countries, usually via a screen. The course trains the language you need for this and is taught entirely in English.",
                        "You practise opening and chairing a meeting, explaining what is on your screen, interrupting politely and recording tasks in writing. A language level of B1 or above is recommended.",
                    ],
                },
                "arenas": ["bildung", "wirtschaft"],
                "format": "online-course",
                "target_groups": ["employees", "trainees"],
                "competence_areas": ["communication-collaboration"],
                "level": "intermediate",
                "language": "en",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": "79.00",
                "price_note": None,
                "registration_url": "https://www.example.org/vhs/kurse/digital-english",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": None,
                "contact": {
                    "name": "Emma Clarke",
                    "email": "sprachen@vhs.example.org",
                    "phone": "+49 341 555 0044",
                },
                "dates": [[45, "19:00", 90], [52, "19:00", 90], [59, "19:00", 90], [66, "19:00", 90]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 5. Stadtbibliothek Leipzig (other: public library)
    # -----------------------------------------------------------------------
    {
        "slug": "stadtbibliothek-leipzig",
        "kind": "other",
        "name": {"de": "Leipziger Städtische Bibliotheken", "en": "Leipzig Municipal Libraries"},
        "description": {
            "de": [
                "Die Leipziger Städtischen Bibliotheken betreiben die Stadtbibliothek am Wilhelm-Leuschner-Platz und 15 Stadtteilbibliotheken von Grünau bis Paunsdorf. Sie sind für viele Menschen der erste Ort, an dem sie kostenlos ins Internet gehen, digitale Medien ausleihen oder Hilfe mit einem Gerät bekommen.",
                "Im Digital Campus bieten die Bibliotheken offene Sprechstunden, Makerspaces mit 3D-Druckern und Workshops zur Informationskompetenz an. Die meisten Angebote sind kostenfrei und stehen allen offen, auch ohne Bibliotheksausweis.",
            ],
            "en": [
                "Leipzig's Municipal Libraries run the central library on Wilhelm-Leuschner-Platz and 15 branch libraries from Grünau to Paunsdorf. For many people they are the first place to go online free of charge, borrow digital media or get help with a device.",
                "As part of the Digital Campus, the libraries offer open help desks, makerspaces with 3D printers and workshops on information literacy. Most offers are free and open to everyone, even without a library card.",
            ],
        },
        "website": "https://www.example.org/stadtbibliothek",
        "street": "Wilhelm-Leuschner-Platz 10/11",
        "postcode": "04107",
        "city": "Leipzig",
        "email": "information@stadtbibliothek.example.org",
        "phone": "+49 341 555 0050",
        "offers": [
            {
                "slug": "digitale-sprechstunde-in-der-stadtbibliothek",
                "slug_en": "digital-help-desk-at-the-central-library",
                "title": {
                    "de": "Digitale Sprechstunde in der Stadtbibliothek",
                    "en": "Digital help desk at the central library",
                },
                "summary": {
                    "de": "Jede Woche helfen geschulte Ehrenamtliche bei Fragen zu Smartphone, Laptop, E-Mail und Onlinediensten der Stadt, ohne Anmeldung und kostenlos.",
                    "en": "Every week, trained volunteers help with questions about smartphones, laptops, e-mail and the city's online services, free of charge and without registration.",
                },
                "description": {
                    "de": [
                        "Das Tablet zeigt eine seltsame Meldung, das Passwort für das Bürgerkonto ist verloren gegangen, oder der Termin beim Bürgeramt soll online gebucht werden: In der Sprechstunde nehmen sich Ehrenamtliche Zeit für Ihr Anliegen und erklären jeden Schritt.",
                        "Bringen Sie einfach Ihr Gerät und, falls vorhanden, Ihre Zugangsdaten mit. Bei großem Andrang vergeben wir Wartenummern am Informationstresen im Erdgeschoss.",
                    ],
                    "en": [
                        "Your tablet shows a strange message, you have lost the password for your citizen account, or you want to book an appointment at the citizens' office online: at the help desk, volunteers take time for your request and explain every step.",
                        "Simply bring your device and, if you have them, your login details. When it is busy, we hand out queue numbers at the information desk on the ground floor.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "consultation",
                "target_groups": ["seniors", "citizens"],
                "competence_areas": ["communication-collaboration", "safety"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_STADTBIBLIOTHEK,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_STADTBIBLIOTHEK,
                "contact": {
                    "name": "Petra Schumann",
                    "email": "sprechstunde@stadtbibliothek.example.org",
                    "phone": "+49 341 555 0051",
                },
                "dates": [
                    [-13, "14:00", 120],
                    [-6, "14:00", 120],
                    [1, "14:00", 120],
                    [8, "14:00", 120],
                    [15, "14:00", 120],
                    [22, "14:00", 120],
                ],
            },
            {
                "slug": "3d-druck-ausprobieren-im-makerspace",
                "slug_en": "try-3d-printing-in-the-makerspace",
                "title": {
                    "de": "3D-Druck ausprobieren im Bibliotheks-Makerspace",
                    "en": "Try 3D printing in the library makerspace",
                },
                "summary": {
                    "de": "Vom eigenen Entwurf zum gedruckten Gegenstand: Eine Einführung in Modellierung und 3D-Druck für Jugendliche und Erwachsene.",
                    "en": "From your own design to a printed object: an introduction to modelling and 3D printing for young people and adults.",
                },
                "description": {
                    "de": [
                        "Der Makerspace der Stadtteilbibliothek Plagwitz verfügt über mehrere 3D-Drucker, die nach einer Einweisung alle nutzen dürfen. In diesem Workshop gestalten Sie mit einem kostenlosen Browserprogramm einen einfachen Gegenstand, etwa einen Schlüsselanhänger oder einen Kabelhalter.",
                        "Anschließend bereiten Sie die Datei für den Drucker vor und verfolgen, wie das Objekt Schicht für Schicht entsteht. Nach dem Workshop erhalten Sie die Berechtigung, den Makerspace während der Öffnungszeiten selbstständig zu nutzen.",
                    ],
                    "en": [
                        "The makerspace at the Plagwitz branch library has several 3D printers that anyone may use after an induction. In this workshop you design a simple object, such as a key ring or a cable holder, with a free browser-based program.",
                        "You then prepare the file for the printer and watch the object take shape layer by layer. After the workshop you are allowed to use the makerspace on your own during opening hours.",
                    ],
                },
                "arenas": ["bildung", "stadtgesellschaft"],
                "format": "lab",
                "target_groups": ["pupils", "citizens"],
                "competence_areas": ["digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_BIB_PLAGWITZ,
                "online_note": None,
                "price": "5.00",
                "price_note": {
                    "de": "Der Beitrag deckt das Druckmaterial. Mit Bibliotheksausweis ist die Teilnahme kostenlos.",
                    "en": "The fee covers the printing material. Participation is free with a library card.",
                },
                "registration_url": None,
                "registration_email": "makerspace@stadtbibliothek.example.org",
                "registration_deadline_days": 2,
                "accessibility": _ACCESS_BIB_PLAGWITZ,
                "contact": {
                    "name": "Kevin Lorenz",
                    "email": "makerspace@stadtbibliothek.example.org",
                    "phone": "+49 341 555 0052",
                },
                "dates": [[18, "16:00", 150], [46, "16:00", 150]],
            },
            {
                "slug": "e-books-ausleihen-mit-der-onleihe",
                "slug_en": "borrowing-e-books-from-the-digital-library",
                "title": {
                    "de": "E-Books ausleihen: Die digitale Bibliothek kennenlernen",
                    "en": "Borrowing e-books: getting to know the digital library",
                },
                "summary": {
                    "de": "Wie Sie mit Ihrem Bibliotheksausweis E-Books, Hörbücher und Zeitungen auf Tablet, E-Reader oder Smartphone ausleihen.",
                    "en": "How to use your library card to borrow e-books, audiobooks and newspapers on a tablet, e-reader or smartphone.",
                },
                "description": {
                    "de": [
                        "Die Leipziger Bibliotheken bieten Tausende digitale Medien an, die sich rund um die Uhr von zu Hause ausleihen lassen. In diesem Workshop richten wir die nötigen Apps gemeinsam auf Ihrem Gerät ein und leihen ein erstes Buch aus.",
                        "Wir zeigen außerdem, wie Sie die Schriftgröße anpassen, sich Texte vorlesen lassen und auf die Presse-Datenbank mit vielen Tageszeitungen zugreifen. Bitte bringen Sie Ihr Gerät, Ihren Bibliotheksausweis und das Passwort dazu mit.",
                    ],
                    "en": [
                        "Leipzig's libraries offer thousands of digital media that can be borrowed from home around the clock. In this workshop we set up the apps you need on your device together and borrow a first book.",
                        "We also show you how to adjust the font size, have texts read aloud and use the press database with many daily newspapers. Please bring your device, your library card and its password.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["seniors", "citizens"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_BIB_GRUENAU,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": "gruenau@stadtbibliothek.example.org",
                "registration_deadline_days": 2,
                "accessibility": _ACCESS_BIB_GRUENAU,
                "contact": {
                    "name": "Heike Winkler",
                    "email": "gruenau@stadtbibliothek.example.org",
                    "phone": "+49 341 555 0053",
                },
                "dates": [[39, "10:00", 120]],
            },
            {
                "slug": "falschmeldungen-erkennen",
                "slug_en": "spotting-false-news",
                "title": {
                    "de": "Falschmeldungen erkennen: Quellenkritik im Netz",
                    "en": "Spotting false news: source criticism online",
                },
                "summary": {
                    "de": "Ein Workshop für Schulklassen ab Klasse 7 und ihre Lehrkräfte: Wie prüft man Bilder, Videos und Behauptungen, bevor man sie teilt?",
                    "en": "A workshop for school classes from year 7 and their teachers: how do you check pictures, videos and claims before sharing them?",
                },
                "description": {
                    "de": [
                        "Jugendliche informieren sich vor allem in sozialen Netzwerken, wo echte Nachrichten, Werbung und gezielte Täuschungen nebeneinanderstehen. Im Workshop lernen sie einfache Prüfschritte kennen: Wer steckt hinter einer Seite, wann wurde ein Foto zum ersten Mal veröffentlicht, und was sagen andere Quellen dazu?",
                        "In kleinen Gruppen untersuchen die Schülerinnen und Schüler echte Beispiele und stellen ihre Ergebnisse vor. Lehrkräfte erhalten Unterrichtsmaterial, um das Thema anschließend in der Schule zu vertiefen.",
                    ],
                    "en": [
                        "Young people get most of their news from social networks, where real reports, advertising and deliberate deception sit side by side. In the workshop they learn simple checks: who is behind a website, when was a photo first published, and what do other sources say?",
                        "In small groups, the students examine real examples and present their findings. Teachers receive lesson materials so they can explore the topic further at school.",
                    ],
                },
                "arenas": ["bildung", "stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["pupils", "teachers"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_STADTBIBLIOTHEK,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": "schule@stadtbibliothek.example.org",
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_STADTBIBLIOTHEK,
                "contact": {
                    "name": "Lisa Krause",
                    "email": "schule@stadtbibliothek.example.org",
                    "phone": "+49 341 555 0054",
                },
                "dates": [[35, "09:00", 135], [120, "09:00", 135]],
            },
            {
                "slug": "ferienkurs-podcast-produzieren",
                "slug_en": "holiday-course-producing-a-podcast",
                "title": {
                    "de": "Ferienkurs: Einen eigenen Podcast produzieren",
                    "en": "Holiday course: producing your own podcast",
                },
                "summary": {
                    "de": "In drei Ferientagen planen Jugendliche von 12 bis 16 Jahren eine Podcastfolge über ihren Stadtteil, nehmen sie auf und schneiden sie selbst.",
                    "en": "Over three days of the school holidays, young people aged 12 to 16 plan a podcast episode about their neighbourhood, record it and edit it themselves.",
                },
                "description": {
                    "de": [
                        "Am ersten Tag entwickeln die Teilnehmenden eine Idee und üben Interviewfragen. Am zweiten Tag ziehen sie mit Aufnahmegeräten durch die Innenstadt und sprechen mit Menschen, die dort arbeiten oder wohnen.",
                        "Zum Schluss werden die Aufnahmen mit freier Software geschnitten und mit Musik ohne Urheberrechtsprobleme unterlegt. Dabei geht es auch um Persönlichkeitsrechte: Wer darf wann aufgenommen und veröffentlicht werden?",
                    ],
                    "en": [
                        "On the first day, participants develop an idea and practise interview questions. On the second day they take recorders around the city centre and talk to people who work or live there.",
                        "Finally, the recordings are edited with free software and given background music that is free of copyright problems. Personal rights are part of it too: who may be recorded and published, and when?",
                    ],
                },
                "arenas": ["bildung"],
                "format": "course",
                "target_groups": ["pupils"],
                "competence_areas": ["digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_STADTBIBLIOTHEK,
                "online_note": None,
                "price": "20.00",
                "price_note": {
                    "de": "Mit Leipzig-Pass ist die Teilnahme kostenlos.",
                    "en": "Participation is free with a Leipzig-Pass.",
                },
                "registration_url": None,
                "registration_email": "jugend@stadtbibliothek.example.org",
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_STADTBIBLIOTHEK,
                "contact": {
                    "name": "Tom Richter",
                    "email": "jugend@stadtbibliothek.example.org",
                    "phone": "+49 341 555 0055",
                },
                "dates": [[130, "10:00", 300], [131, "10:00", 300], [132, "10:00", 240]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 6. Schülerlabor Digital Leipzig-Ost (school)
    # -----------------------------------------------------------------------
    {
        "slug": "schuelerlabor-digital-leipzig-ost",
        "kind": "school",
        "name": {"de": "Schülerlabor Digital Leipzig-Ost", "en": "Digital School Lab Leipzig East"},
        "description": {
            "de": [
                "Das Schülerlabor Digital ist ein gemeinsames Projekt von fünf Oberschulen und Gymnasien im Leipziger Osten. In einem umgebauten Ladenlokal an der Eisenbahnstraße stehen Computer, Mikrocontroller, Roboter und ein kleines Tonstudio für den Unterricht und für Nachmittagsangebote bereit.",
                "Lehrkräfte der beteiligten Schulen leiten die Kurse, unterstützt von Studierenden und Ehrenamtlichen aus dem Viertel. Das Labor versteht sich als offener Lernort: Auch Kinder und Jugendliche anderer Schulen sowie Eltern und Lehrkräfte aus der ganzen Stadt sind willkommen.",
            ],
            "en": [
                "The Digital School Lab is a joint project of five secondary schools in the east of Leipzig. In a converted shop on Eisenbahnstraße, computers, microcontrollers, robots and a small sound studio are available for lessons and afternoon activities.",
                "Teachers from the participating schools lead the courses, supported by university students and volunteers from the neighbourhood. The lab sees itself as an open place of learning: children and young people from other schools, as well as parents and teachers from across the city, are welcome too.",
            ],
        },
        "website": "https://www.example.org/schuelerlabor-ost",
        "street": "Eisenbahnstraße 147",
        "postcode": "04315",
        "city": "Leipzig",
        "email": "labor@schuelerlabor-ost.example.org",
        "phone": "+49 341 555 0060",
        "offers": [
            {
                "slug": "scratch-club-programmieren-ab-klasse-5",
                "slug_en": "scratch-club-coding-from-year-5",
                "title": {
                    "de": "Scratch-Club: Programmieren ab Klasse 5",
                    "en": "Scratch club: coding from year 5",
                },
                "summary": {
                    "de": "Ein wöchentlicher Nachmittagskurs, in dem Kinder mit der Bausteinsprache Scratch eigene Spiele, Geschichten und Animationen programmieren.",
                    "en": "A weekly afternoon club in which children use the block-based language Scratch to programme their own games, stories and animations.",
                },
                "description": {
                    "de": [
                        "In Scratch werden Programme aus farbigen Bausteinen zusammengesetzt, sodass Kinder sich ganz auf ihre Ideen konzentrieren können. Jede Woche gibt es eine kleine Aufgabe zum Einstieg, danach arbeiten alle an eigenen Projekten weiter.",
                        "Nebenbei lernen die Kinder, was Schleifen, Bedingungen und Variablen sind, und wie man einen Fehler im eigenen Programm systematisch sucht. Zum Abschluss des Halbjahres zeigen sie ihre Spiele den Eltern.",
                    ],
                    "en": [
                        "In Scratch, programs are built from coloured blocks, so children can focus entirely on their ideas. Each week starts with a small warm-up task, after which everyone continues with their own projects.",
                        "Along the way, the children learn what loops, conditions and variables are and how to track down a bug in their own program systematically. At the end of the term they show their games to their parents.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "course",
                "target_groups": ["pupils"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_SCHUELERLABOR,
                "online_note": None,
                "price": "24.00",
                "price_note": {
                    "de": "Mit Leipzig-Pass ist die Teilnahme kostenlos.",
                    "en": "Participation is free with a Leipzig-Pass.",
                },
                "registration_url": None,
                "registration_email": "scratch@schuelerlabor-ost.example.org",
                "registration_deadline_days": None,
                "accessibility": _ACCESS_SCHUELERLABOR,
                "contact": {
                    "name": "Nadine Günther",
                    "email": "scratch@schuelerlabor-ost.example.org",
                    "phone": "+49 341 555 0061",
                },
                "dates": [
                    [-16, "15:00", 90],
                    [-9, "15:00", 90],
                    [-2, "15:00", 90],
                    [5, "15:00", 90],
                    [12, "15:00", 90],
                    [19, "15:00", 90],
                ],
            },
            {
                "slug": "calliope-mini-im-unterricht",
                "slug_en": "calliope-mini-in-the-classroom",
                "title": {
                    "de": "Calliope mini im Unterricht: Fortbildung für Lehrkräfte",
                    "en": "Calliope mini in the classroom: training for teachers",
                },
                "summary": {
                    "de": "Lehrkräfte aller Fächer lernen den Mikrocontroller Calliope mini kennen und entwickeln Ideen für Projekte in ihrem eigenen Unterricht.",
                    "en": "Teachers of all subjects get to know the Calliope mini microcontroller and develop ideas for projects in their own lessons.",
                },
                "description": {
                    "de": [
                        "Der Calliope mini wurde für Grundschulen und die Sekundarstufe I entwickelt und hat Sensoren, Leuchtdioden und Taster bereits eingebaut. In der Fortbildung programmieren Sie ihn mit einer grafischen Oberfläche und lernen Beispiele aus Physik, Musik, Sport und Geografie kennen.",
                        "Im zweiten Teil planen Sie in kleinen Gruppen eine Unterrichtsstunde für Ihre eigene Klasse. Das Schülerlabor verleiht Klassensätze, damit die Ideen auch ohne eigene Ausstattung umgesetzt werden können.",
                    ],
                    "en": [
                        "The Calliope mini was developed for primary and lower secondary schools and comes with built-in sensors, LEDs and buttons. In this training you programme it with a graphical interface and explore examples from physics, music, sport and geography.",
                        "In the second part you plan a lesson for your own class in small groups. The school lab lends out class sets so that the ideas can be put into practice even without your own equipment.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "workshop",
                "target_groups": ["teachers"],
                "competence_areas": ["problem-solving", "digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_SCHUELERLABOR,
                "online_note": None,
                "price": "15.00",
                "price_note": {
                    "de": "Der Betrag deckt ein Calliope-Set, das Sie behalten dürfen.",
                    "en": "The fee covers a Calliope kit that you may keep.",
                },
                "registration_url": "https://www.example.org/schuelerlabor-ost/fortbildung-calliope",
                "registration_email": None,
                "registration_deadline_days": 10,
                "accessibility": _ACCESS_SCHUELERLABOR,
                "contact": {
                    "name": "Matthias Ebert",
                    "email": "fortbildung@schuelerlabor-ost.example.org",
                    "phone": "+49 341 555 0062",
                },
                "dates": [[55, "14:00", 240]],
            },
            {
                "slug": "hack-dein-viertel-jugend-hackathon",
                "slug_en": "hack-your-neighbourhood-youth-hackathon",
                "title": {
                    "de": "Hack dein Viertel: Jugend-Hackathon im Leipziger Osten",
                    "en": "Hack your neighbourhood: youth hackathon in the east of Leipzig",
                },
                "summary": {
                    "de": "Zwei Tage lang entwickeln Jugendliche von 13 bis 18 Jahren digitale Ideen für ihren Stadtteil, von der Spielplatz-Karte bis zum Lärmmessgerät.",
                    "en": "For two days, young people aged 13 to 18 develop digital ideas for their neighbourhood, from a playground map to a noise meter.",
                },
                "description": {
                    "de": [
                        "Was nervt euch im Viertel, und was könnte Technik daran ändern? Mit dieser Frage starten die Teams am ersten Tag. Mentorinnen und Mentoren aus Hochschulen und Unternehmen helfen beim Programmieren, Löten und Gestalten, Vorwissen ist nicht nötig.",
                        "Am Ende des zweiten Tages präsentieren die Teams ihre Prototypen vor Publikum, darunter Mitglieder des Stadtbezirksbeirats Ost. Essen, Getränke und Technik werden gestellt.",
                    ],
                    "en": [
                        "What bugs you about your neighbourhood, and how could technology help? Teams start the first day with that question. Mentors from universities and companies help with coding, soldering and design, and no previous knowledge is needed.",
                        "At the end of the second day, the teams present their prototypes to an audience that includes members of the district council for the east of the city. Food, drinks and equipment are provided.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "bildung"],
                "format": "hackathon",
                "target_groups": ["pupils"],
                "competence_areas": ["problem-solving", "communication-collaboration"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_SCHUELERLABOR,
                "online_note": None,
                "price": "10.00",
                "price_note": {
                    "de": "Mit Leipzig-Pass ist die Teilnahme kostenlos.",
                    "en": "Participation is free with a Leipzig-Pass.",
                },
                "registration_url": "https://www.example.org/schuelerlabor-ost/hack-dein-viertel",
                "registration_email": None,
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_SCHUELERLABOR,
                "contact": {
                    "name": "Aylin Demir",
                    "email": "hackathon@schuelerlabor-ost.example.org",
                    "phone": "+49 341 555 0063",
                },
                "dates": [[100, "10:00", 480], [101, "10:00", 420]],
            },
            {
                "slug": "elternabend-medienalltag-in-der-familie",
                "slug_en": "parents-evening-media-in-family-life",
                "title": {
                    "de": "Elternabend: Medienalltag in der Familie",
                    "en": "Parents' evening: media in family life",
                },
                "summary": {
                    "de": "Medienpädagoginnen sprechen mit Eltern und Lehrkräften über Bildschirmzeit, Kinderschutz in Apps und gemeinsame Regeln für Handy und Konsole.",
                    "en": "Media educators talk with parents and teachers about screen time, child protection in apps and shared rules for phones and games consoles.",
                },
                "description": {
                    "de": [
                        "Wie viel Zeit am Bildschirm ist in welchem Alter angemessen, welche Apps sind für Kinder problematisch, und wie spricht man über Dinge, die im Klassenchat passieren? Der Vortrag gibt Orientierung ohne erhobenen Zeigefinger und zeigt, wie Jugendschutzeinstellungen funktionieren.",
                        "Danach ist Zeit für Fragen und Erfahrungsaustausch. Der Abend wird zusätzlich live übertragen, Fragen können dann auch schriftlich gestellt werden. Eine Übersetzung ins Arabische und Ukrainische wird vor Ort angeboten.",
                    ],
                    "en": [
                        "How much screen time is appropriate at which age, which apps are problematic for children, and how do you talk about things that happen in the class chat? The talk offers guidance without finger-wagging and shows how parental control settings work.",
                        "Afterwards there is time for questions and sharing experiences. The evening is also streamed live, and remote viewers can ask questions in writing. Interpreting into Arabic and Ukrainian is available on site.",
                    ],
                },
                "arenas": ["bildung", "stadtgesellschaft"],
                "format": "talk",
                "target_groups": ["citizens", "teachers"],
                "competence_areas": ["safety"],
                "level": "beginner",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_SCHUELERLABOR,
                "online_note": _ONLINE_STREAM_OPEN,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_SCHUELERLABOR,
                "contact": {
                    "name": "Susanne Pohl",
                    "email": "eltern@schuelerlabor-ost.example.org",
                    "phone": "+49 341 555 0064",
                },
                "dates": [[118, "19:00", 105]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 7. Leipziger Gruppe (business: municipal utilities and transport)
    # -----------------------------------------------------------------------
    {
        "slug": "leipziger-gruppe",
        "kind": "business",
        "name": {"de": "Leipziger Gruppe", "en": "Leipziger Gruppe (L-Gruppe)"},
        "description": {
            "de": [
                "Zur Leipziger Gruppe gehören die Stadtwerke, die Wasserwerke und die Leipziger Verkehrsbetriebe. Die kommunalen Unternehmen versorgen die Stadt mit Strom, Wärme und Trinkwasser und bringen täglich Hunderttausende mit Bus und Straßenbahn ans Ziel.",
                "Für den Umbau zu einem digitalen, klimafreundlichen Versorger braucht die L-Gruppe Fachkräfte mit neuen Fähigkeiten. Im Digital Campus gibt sie deshalb Einblicke in Netze, Mobilitätsdaten und Ausbildung und öffnet einen Teil ihrer internen Schulungen für Auszubildende anderer Betriebe.",
            ],
            "en": [
                "Leipziger Gruppe comprises the municipal utility Stadtwerke, the water company Wasserwerke and the public transport operator Leipziger Verkehrsbetriebe. These municipal companies supply the city with electricity, heat and drinking water and carry hundreds of thousands of people by bus and tram every day.",
                "To become a digital and climate-friendly utility, the L-Gruppe needs skilled staff with new abilities. Through the Digital Campus it therefore offers insights into grids, mobility data and vocational training and opens some of its internal courses to trainees from other companies.",
            ],
        },
        "website": "https://www.example.org/l-gruppe",
        "street": "Augsburger Straße 1",
        "postcode": "04229",
        "city": "Leipzig",
        "email": "digitalcampus@l-gruppe.example.org",
        "phone": "+49 341 555 0070",
        "offers": [
            {
                "slug": "digitale-werkzeuge-fuer-auszubildende",
                "slug_en": "digital-tools-for-trainees",
                "title": {
                    "de": "Ausbildung digital: Werkzeuge für Auszubildende",
                    "en": "Digital apprenticeship: tools for trainees",
                },
                "summary": {
                    "de": "Drei Kurstage, in denen Auszubildende aus technischen und kaufmännischen Berufen digitale Zusammenarbeit, Dokumentation und Datenschutz im Betrieb üben.",
                    "en": "Three course days in which trainees from technical and commercial occupations practise digital collaboration, documentation and data protection at work.",
                },
                "description": {
                    "de": [
                        "Ob Anlagenmechanikerin oder Industriekaufmann: Heute gehören Tablets auf der Baustelle, digitale Berichtshefte und geteilte Dokumente in fast jede Ausbildung. Der Kurs zeigt, wie man damit sauber arbeitet, Aufgaben im Team verteilt und Fotos und Messwerte nachvollziehbar dokumentiert.",
                        "Am letzten Tag geht es um Sicherheit und Datenschutz im Betrieb: Was darf ich im Gruppenchat teilen, wie erkenne ich Angriffe, und was tue ich, wenn ein Gerät verloren geht? Ausbilderinnen und Ausbilder der L-Gruppe leiten die Gruppen.",
                    ],
                    "en": [
                        "Whether you are training as a plant mechanic or an industrial clerk, tablets on site, digital training logs and shared documents are now part of almost every apprenticeship. The course shows how to work with them properly, share tasks in a team and document photos and readings in a traceable way.",
                        "The final day covers security and data protection at work: what may I share in the group chat, how do I recognise attacks, and what do I do if a device is lost? Instructors from the L-Gruppe lead the groups.",
                    ],
                },
                "arenas": ["wirtschaft", "bildung"],
                "format": "course",
                "target_groups": ["trainees"],
                "competence_areas": ["communication-collaboration", "safety"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_LGRUPPE,
                "online_note": None,
                "price": "95.00",
                "price_note": {
                    "de": "Für Auszubildende der Leipziger Gruppe kostenfrei; der Preis gilt für Auszubildende anderer Betriebe.",
                    "en": "Free for L-Gruppe trainees; the price applies to trainees from other companies.",
                },
                "registration_url": None,
                "registration_email": "ausbildung@l-gruppe.example.org",
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_LGRUPPE,
                "contact": {
                    "name": "Ronny Fischer",
                    "email": "ausbildung@l-gruppe.example.org",
                    "phone": "+49 341 555 0071",
                },
                "dates": [[-29, "08:00", 420], [-22, "08:00", 420], [-15, "08:00", 420]],
            },
            {
                "slug": "energiewende-digital-einblick-ins-stromnetz",
                "slug_en": "digital-energy-transition-a-look-at-the-grid",
                "title": {
                    "de": "Energiewende digital: ein Blick ins intelligente Stromnetz",
                    "en": "The digital energy transition: a look at the smart grid",
                },
                "summary": {
                    "de": "Fachleute der Stadtwerke erklären, wie Solaranlagen, Wärmepumpen und Ladesäulen das Leipziger Netz verändern und welche Rolle Daten dabei spielen.",
                    "en": "Experts from the municipal utility explain how solar panels, heat pumps and charging points are changing Leipzig's grid and what part data plays in this.",
                },
                "description": {
                    "de": [
                        "Früher floss Strom in eine Richtung: vom Kraftwerk zu den Haushalten. Heute speisen Tausende Dächer in Leipzig selbst ein, und Wärmepumpen und Elektroautos verschieben den Verbrauch. Im Vortrag erfahren Sie, wie die Netzleitstelle mit Messdaten, Prognosen und Steuerung darauf reagiert.",
                        "Außerdem geht es darum, wie digitale Stromzähler funktionieren, welche Daten sie übertragen und wie diese geschützt werden. Im Anschluss können Sie Ihre Fragen an das Team der Netzplanung richten.",
                    ],
                    "en": [
                        "Electricity used to flow in one direction, from the power station to households. Today thousands of rooftops in Leipzig feed power into the grid themselves, while heat pumps and electric cars shift demand. The talk explains how the grid control centre responds with measurements, forecasts and control systems.",
                        "It also covers how smart meters work, what data they transmit and how that data is protected. Afterwards you can put your questions to the grid planning team.",
                    ],
                },
                "arenas": ["wirtschaft", "wissenschaft"],
                "format": "talk",
                "target_groups": ["citizens", "students"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_LGRUPPE,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/l-gruppe/veranstaltungen/energiewende-digital",
                "registration_email": None,
                "registration_deadline_days": 2,
                "accessibility": _ACCESS_LGRUPPE,
                "contact": {
                    "name": "Dr. Andrea Zimmermann",
                    "email": "veranstaltungen@l-gruppe.example.org",
                    "phone": "+49 341 555 0072",
                },
                "dates": [[171, "18:00", 90]],
            },
            {
                "slug": "open-data-werkstatt-mobilitaetsdaten",
                "slug_en": "open-data-workshop-mobility-data",
                "title": {
                    "de": "Open-Data-Werkstatt: Mobilitätsdaten der Verkehrsbetriebe",
                    "en": "Open data workshop: public transport mobility data",
                },
                "summary": {
                    "de": "Fahrpläne, Echtzeitdaten und Haltestellen: Die Leipziger Verkehrsbetriebe zeigen, welche Daten sie offen bereitstellen und wie man damit Anwendungen baut.",
                    "en": "Timetables, real-time data and stops: the Leipzig transport operator shows which data it publishes openly and how to build applications with it.",
                },
                "description": {
                    "de": [
                        "Die LVB veröffentlichen Fahrplandaten im verbreiteten GTFS-Format und stellen Echtzeitinformationen über Schnittstellen bereit. In der Werkstatt erklären Entwicklerinnen und Entwickler des Unternehmens den Aufbau der Daten und ihre Tücken, zum Beispiel bei Umleitungen oder Ersatzverkehr.",
                        "Danach arbeiten die Teilnehmenden an kleinen Ideen, etwa einer Abfahrtsanzeige für den Hausflur oder einer Auswertung der Pünktlichkeit einzelner Linien. Gute Ansätze können in die Smart City Challenge der Stadt eingebracht werden.",
                    ],
                    "en": [
                        "The LVB publishes timetable data in the widely used GTFS format and provides real-time information through interfaces. In the workshop, the company's developers explain how the data is structured and where its pitfalls lie, for example with diversions or replacement bus services.",
                        "Participants then work on small ideas, such as a departure display for the hallway of a block of flats or an analysis of punctuality on individual lines. Promising approaches can be entered into the city's Smart City Challenge.",
                    ],
                },
                "arenas": ["wirtschaft", "stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["founders", "students"],
                "competence_areas": ["information-data-literacy", "problem-solving"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "hybrid",
                "venue": _VENUE_LVB,
                "online_note": {
                    "de": "Online-Teilnehmende erhalten den Link zum Videoraum und eine Einladung in den gemeinsamen Projektchat einen Tag vorher.",
                    "en": "Online participants receive the link to the video room and an invitation to the shared project chat one day in advance.",
                },
                "price": "25.00",
                "price_note": {
                    "de": "Studierende und junge Gründungsteams nehmen kostenlos teil.",
                    "en": "Students and young founding teams take part free of charge.",
                },
                "registration_url": "https://www.example.org/l-gruppe/open-data-werkstatt",
                "registration_email": None,
                "registration_deadline_days": 5,
                "accessibility": _ACCESS_LVB,
                "contact": {
                    "name": "Sebastian Kraus",
                    "email": "opendata@l-gruppe.example.org",
                    "phone": "+49 341 555 0073",
                },
                "dates": [[80, "13:00", 300]],
            },
            {
                "slug": "maedchen-technik-tag-bei-den-stadtwerken",
                "slug_en": "girls-tech-day-at-the-municipal-utility",
                "title": {
                    "de": "Mädchen-Technik-Tag: digitale Berufe in der Energie- und Wasserversorgung",
                    "en": "Girls' tech day: digital careers in energy and water supply",
                },
                "summary": {
                    "de": "Schülerinnen ab Klasse 7 besuchen Leitwarte, Labor und IT-Abteilung der L-Gruppe und probieren an Mitmachstationen digitale Berufe aus.",
                    "en": "Female students from year 7 visit the control room, laboratory and IT department of the L-Gruppe and try out digital careers at hands-on stations.",
                },
                "description": {
                    "de": [
                        "An diesem Tag öffnet die Leipziger Gruppe Bereiche, die sonst nicht zugänglich sind. Die Schülerinnen sehen, wie in der Leitwarte das Netz überwacht wird, programmieren eine kleine Steuerung und untersuchen im Labor Wasserproben mit digitalen Messgeräten.",
                        "Auszubildende und junge Ingenieurinnen erzählen von ihrem Weg in den Beruf und beantworten Fragen zu Praktika und Ausbildung. Der Tag endet mit einem gemeinsamen Mittagessen in der Kantine.",
                    ],
                    "en": [
                        "On this day the Leipziger Gruppe opens areas that are normally closed to visitors. The girls see how the grid is monitored in the control room, programme a small controller and examine water samples in the lab with digital measuring devices.",
                        "Trainees and young female engineers talk about how they got into their jobs and answer questions about internships and apprenticeships. The day ends with lunch together in the canteen.",
                    ],
                },
                "arenas": ["bildung", "wirtschaft"],
                "format": "event",
                "target_groups": ["pupils"],
                "competence_areas": ["digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_LGRUPPE,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": "nachwuchs@l-gruppe.example.org",
                "registration_deadline_days": 21,
                "accessibility": _ACCESS_LGRUPPE,
                "contact": {
                    "name": "Maria Schubert",
                    "email": "nachwuchs@l-gruppe.example.org",
                    "phone": "+49 341 555 0074",
                },
                "dates": [[140, "09:00", 360]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 8. Codewerk Leipzig GmbH (business: software and accessibility)
    # -----------------------------------------------------------------------
    {
        "slug": "codewerk-leipzig",
        "kind": "business",
        "name": {"de": "Codewerk Leipzig GmbH", "en": "Codewerk Leipzig GmbH"},
        "description": {
            "de": [
                "Codewerk ist eine Leipziger Softwareagentur mit 35 Beschäftigten in einem ehemaligen Fabrikgebäude in Plagwitz. Das Team entwickelt Webanwendungen für Kommunen, Kultureinrichtungen und den Mittelstand und hat sich auf barrierefreie und quelloffene Lösungen spezialisiert.",
                "Im Digital Campus gibt Codewerk sein Wissen in Workshops, Webinaren und Beratungen weiter. Ein Teil der Einnahmen fließt in kostenlose Angebote für gemeinnützige Organisationen.",
            ],
            "en": [
                "Codewerk is a Leipzig software agency with 35 staff based in a former factory building in Plagwitz. The team builds web applications for local authorities, cultural institutions and small and medium-sized businesses and specialises in accessible and open-source solutions.",
                "Through the Digital Campus, Codewerk shares its know-how in workshops, webinars and consultations. Part of the income funds free offers for non-profit organisations.",
            ],
        },
        "website": "https://www.example.org/codewerk",
        "street": "Karl-Heine-Straße 93",
        "postcode": "04229",
        "city": "Leipzig",
        "email": "hallo@codewerk.example.org",
        "phone": "+49 341 555 0080",
        "offers": [
            {
                "slug": "barrierefreie-websites-in-der-praxis",
                "slug_en": "accessible-websites-in-practice",
                "title": {
                    "de": "Barrierefreie Websites: BITV und WCAG in der Praxis",
                    "en": "Accessible websites: BITV and WCAG in practice",
                },
                "summary": {
                    "de": "Ein Praxistag für Redaktionen und Webteams: Sie prüfen Ihre eigene Website mit Screenreader, Tastatur und Prüfwerkzeugen und beheben typische Fehler.",
                    "en": "A practical day for editorial and web teams: you test your own website with a screen reader, keyboard and testing tools and fix typical errors.",
                },
                "description": {
                    "de": [
                        "Öffentliche Stellen müssen ihre Websites barrierefrei gestalten, und seit Inkrafttreten des Barrierefreiheitsstärkungsgesetzes gilt das auch für viele Angebote von Unternehmen. Der Workshop erklärt die Anforderungen der WCAG verständlich und ohne Paragrafenreiterei.",
                        "Den größten Teil des Tages arbeiten Sie praktisch: Sie navigieren nur mit der Tastatur, hören Ihre Seiten mit einem Screenreader, prüfen Kontraste und schreiben bessere Alternativtexte und Linkbeschriftungen. Bringen Sie einen Laptop und die Adresse Ihrer Website mit.",
                    ],
                    "en": [
                        "Public bodies have to make their websites accessible, and since the German Accessibility Strengthening Act came into force this also applies to many services offered by companies. The workshop explains the WCAG requirements clearly and without legalese.",
                        "You spend most of the day on practical work: you navigate using only the keyboard, listen to your pages with a screen reader, check contrasts and write better alternative texts and link labels. Bring a laptop and the address of your website.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "workshop",
                "target_groups": ["employees", "public-administration"],
                "competence_areas": ["digital-content-creation"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_CODEWERK,
                "online_note": None,
                "price": "290.00",
                "price_note": {
                    "de": "Gemeinnützige Vereine zahlen 90 Euro.",
                    "en": "Non-profit associations pay 90 euros.",
                },
                "registration_url": "https://www.example.org/codewerk/workshops/barrierefreiheit",
                "registration_email": None,
                "registration_deadline_days": 10,
                "accessibility": _ACCESS_CODEWERK,
                "contact": {
                    "name": "Johanna Weber",
                    "email": "workshops@codewerk.example.org",
                    "phone": "+49 341 555 0081",
                },
                "dates": [[42, "09:00", 420]],
            },
            {
                "slug": "webinar-barrierefreiheitsstaerkungsgesetz",
                "slug_en": "webinar-accessibility-act-for-online-shops",
                "title": {
                    "de": "Webinar: Was das Barrierefreiheitsstärkungsgesetz für Onlineshops bedeutet",
                    "en": "Webinar: what the Accessibility Strengthening Act means for online shops",
                },
                "summary": {
                    "de": "Eine Stunde Überblick für Händlerinnen, Händler und Gründungsteams: welche Pflichten gelten, wer ausgenommen ist und wie man sinnvoll anfängt.",
                    "en": "A one-hour overview for retailers and founding teams: which obligations apply, who is exempt and how to make a sensible start.",
                },
                "description": {
                    "de": [
                        "Viele kleine Unternehmen sind unsicher, ob sie von den neuen Regeln zur digitalen Barrierefreiheit betroffen sind. Das Webinar erklärt, für welche Produkte und Dienstleistungen die Vorgaben gelten, welche Ausnahmen es für Kleinstunternehmen gibt und was eine Barrierefreiheitserklärung enthalten muss.",
                        "An Beispielen aus Leipziger Onlineshops zeigen wir, welche Verbesserungen schnell umzusetzen sind und wofür man externe Hilfe braucht. Die Aufzeichnung steht danach auf unserer Website zur Verfügung.",
                    ],
                    "en": [
                        "Many small businesses are unsure whether the new rules on digital accessibility affect them. The webinar explains which products and services the requirements cover, what exemptions exist for micro-enterprises and what an accessibility statement has to contain.",
                        "Using examples from online shops in Leipzig, we show which improvements can be made quickly and where outside help is needed. The recording is available on our website afterwards.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "talk",
                "target_groups": ["employees", "founders"],
                "competence_areas": ["digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": {
                    "de": "Nach der Anmeldung erhalten Sie eine Bestätigung mit dem Einwahllink. Das Webinar läuft im Browser, Fragen stellen Sie im Chat.",
                    "en": "After registering you receive a confirmation with the link to join. The webinar runs in the browser, and you ask questions in the chat.",
                },
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/codewerk/webinare/bfsg",
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": None,
                "contact": {
                    "name": "Johanna Weber",
                    "email": "workshops@codewerk.example.org",
                    "phone": "+49 341 555 0081",
                },
                "dates": [[-12, "12:00", 60]],
            },
            {
                "slug": "agile-zusammenarbeit-in-hybriden-teams",
                "slug_en": "agile-collaboration-in-hybrid-teams",
                "title": {
                    "de": "Agile Zusammenarbeit in hybriden Teams",
                    "en": "Agile collaboration in hybrid teams",
                },
                "summary": {
                    "de": "Drei Online-Module für Teams, die teils im Büro und teils von zu Hause arbeiten: Planung, Abstimmung und Rückblicke, die wirklich funktionieren.",
                    "en": "Three online modules for teams working partly in the office and partly from home: planning, coordination and retrospectives that really work.",
                },
                "description": {
                    "de": [
                        "Seit viele Teams verteilt arbeiten, reichen die klassischen Rituale agiler Methoden oft nicht mehr aus. In diesem Kurs lernen Sie, Aufgaben sichtbar zu machen, kurze Abstimmungen gut zu moderieren und digitale Whiteboards sinnvoll einzusetzen.",
                        "Die Module bauen aufeinander auf, zwischen den Terminen erproben Sie kleine Veränderungen im eigenen Team. Der Kurs findet auf Englisch statt, da viele Teilnehmende aus internationalen Teams kommen.",
                    ],
                    "en": [
                        "Since many teams started working in distributed settings, the classic rituals of agile methods are often no longer enough. In this course you learn to make tasks visible, facilitate short check-ins well and use digital whiteboards effectively.",
                        "The modules build on each other, and between sessions you try out small changes in your own team. The course is taught in English, as many participants come from international teams.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "online-course",
                "target_groups": ["employees"],
                "competence_areas": ["communication-collaboration"],
                "level": "intermediate",
                "language": "en",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": "240.00",
                "price_note": None,
                "registration_url": "https://www.example.org/codewerk/kurse/agile-teams",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": None,
                "contact": {
                    "name": "Daniel Morgenstern",
                    "email": "kurse@codewerk.example.org",
                    "phone": "+49 341 555 0082",
                },
                "dates": [[65, "09:00", 180], [72, "09:00", 180], [79, "09:00", 180]],
            },
            {
                "slug": "open-source-sprechstunde-fuer-verwaltungen",
                "slug_en": "open-source-consultation-for-public-bodies",
                "title": {
                    "de": "Open-Source-Sprechstunde für Verwaltungen",
                    "en": "Open source consultation for public bodies",
                },
                "summary": {
                    "de": "Eine Stunde Beratung für Ämter und kommunale Betriebe, die Fachanwendungen oder Websites mit freier Software umsetzen möchten.",
                    "en": "One hour of advice for public offices and municipal companies that want to build specialist applications or websites with free software.",
                },
                "description": {
                    "de": [
                        "Offene Software kann Verwaltungen unabhängiger von einzelnen Herstellern machen, wirft aber Fragen zu Betrieb, Wartung, Vergabe und Haftung auf. In der Sprechstunde besprechen wir Ihr konkretes Vorhaben und zeigen, welche bestehenden Lösungen andere Kommunen bereits nutzen.",
                        "Sie erhalten im Anschluss eine kurze schriftliche Zusammenfassung mit Empfehlungen. Die Beratung ist herstellerneutral und verpflichtet zu keinem Folgeauftrag.",
                    ],
                    "en": [
                        "Open software can make public administrations less dependent on individual vendors, but it raises questions about operation, maintenance, procurement and liability. In the consultation we discuss your specific project and show which existing solutions other local authorities already use.",
                        "Afterwards you receive a short written summary with recommendations. The advice is vendor-neutral and does not commit you to any follow-up contract.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "consultation",
                "target_groups": ["public-administration"],
                "competence_areas": ["problem-solving"],
                "level": "intermediate",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": {
                    "de": "Sie wählen bei der Anmeldung einen freien Termin aus und erhalten den Link zum Videogespräch per E-Mail.",
                    "en": "When registering you choose a free slot and receive the link to the video call by e-mail.",
                },
                "price": "95.00",
                "price_note": {
                    "de": "Preis pro Gespräch. Gemeinden mit weniger als 20.000 Einwohnern zahlen die Hälfte.",
                    "en": "Price per session. Municipalities with fewer than 20,000 inhabitants pay half.",
                },
                "registration_url": None,
                "registration_email": "opensource@codewerk.example.org",
                "registration_deadline_days": 3,
                "accessibility": None,
                "contact": {
                    "name": "Daniel Morgenstern",
                    "email": "kurse@codewerk.example.org",
                    "phone": "+49 341 555 0082",
                },
                "dates": [[33, "10:00", 240], [61, "10:00", 240], [89, "10:00", 240]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 9. Auwald Security GmbH (business: IT security)
    # -----------------------------------------------------------------------
    {
        "slug": "auwald-security",
        "kind": "business",
        "name": {"de": "Auwald Security GmbH", "en": "Auwald Security GmbH"},
        "description": {
            "de": [
                "Auwald Security ist ein Leipziger Beratungsunternehmen für Informationssicherheit mit Sitz an der Jahnallee. Das Team prüft Netzwerke und Anwendungen, unterstützt nach Sicherheitsvorfällen und schult Beschäftigte in Unternehmen und Vereinen.",
                "Besonders am Herzen liegen dem Team kleine Betriebe, die keine eigene IT-Abteilung haben. Für sie gibt es im Digital Campus kompakte Kurse, Planspiele und eine Beratung zum Datenschutz, die auf Vereine zugeschnitten ist.",
            ],
            "en": [
                "Auwald Security is a Leipzig information security consultancy based on Jahnallee. The team tests networks and applications, provides support after security incidents and trains staff in companies and associations.",
                "The team cares especially about small businesses without an IT department of their own. For them, the Digital Campus programme includes compact courses, simulation games and data protection advice tailored to associations.",
            ],
        },
        "website": "https://www.example.org/auwald-security",
        "street": "Jahnallee 59",
        "postcode": "04177",
        "city": "Leipzig",
        "email": "info@auwald-security.example.org",
        "phone": "+49 341 555 0090",
        "offers": [
            {
                "slug": "it-sicherheit-fuer-kleine-und-mittlere-unternehmen",
                "slug_en": "it-security-for-small-and-medium-sized-businesses",
                "title": {
                    "de": "IT-Sicherheit für kleine und mittlere Unternehmen",
                    "en": "IT security for small and medium-sized businesses",
                },
                "summary": {
                    "de": "Zwei Nachmittage mit den wichtigsten Schutzmaßnahmen für Betriebe ohne eigene IT-Abteilung: Datensicherung, Updates, Zugänge und Notfallplan.",
                    "en": "Two afternoons covering the most important safeguards for businesses without an IT department: backups, updates, access rights and an emergency plan.",
                },
                "description": {
                    "de": [
                        "Handwerksbetriebe, Arztpraxen und kleine Händler geraten immer häufiger ins Visier von Angreifern, oft über eine einzige unvorsichtig geöffnete Mail. Der Kurs zeigt, welche Maßnahmen mit wenig Aufwand viel bewirken, und orientiert sich an den Empfehlungen des Bundesamts für Sicherheit in der Informationstechnik.",
                        "Sie prüfen anhand einer Checkliste den Stand in Ihrem eigenen Betrieb und erstellen einen einfachen Notfallplan: Wen rufe ich an, welche Geräte trenne ich vom Netz, und wie informiere ich Kundschaft und Behörden?",
                    ],
                    "en": [
                        "Craft businesses, medical practices and small retailers are increasingly targeted by attackers, often through a single e-mail opened carelessly. The course shows which measures achieve a lot with little effort and follows the recommendations of the Federal Office for Information Security.",
                        "Using a checklist, you assess the situation in your own business and draw up a simple emergency plan: whom do I call, which devices do I disconnect from the network, and how do I inform customers and the authorities?",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "course",
                "target_groups": ["employees", "founders"],
                "competence_areas": ["safety"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_AUWALD,
                "online_note": None,
                "price": "149.00",
                "price_note": {
                    "de": "Jede weitere Person aus demselben Betrieb zahlt 99 Euro.",
                    "en": "Each additional person from the same business pays 99 euros.",
                },
                "registration_url": "https://www.example.org/auwald-security/kurse/kmu",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_AUWALD,
                "contact": {
                    "name": "Christian Lehmann",
                    "email": "kurse@auwald-security.example.org",
                    "phone": "+49 341 555 0091",
                },
                "dates": [[143, "13:00", 240], [150, "13:00", 240]],
            },
            {
                "slug": "capture-the-flag-wettbewerb",
                "slug_en": "capture-the-flag-competition",
                "title": {
                    "de": "Capture the Flag: Sicherheitswettbewerb für Studierende und Auszubildende",
                    "en": "Capture the flag: a security contest for students and trainees",
                },
                "summary": {
                    "de": "Teams knacken einen Tag lang präparierte Aufgaben aus Web-Sicherheit, Kryptografie und Forensik, vor Ort in Lindenau oder online.",
                    "en": "For one day, teams crack prepared challenges in web security, cryptography and forensics, on site in Lindenau or online.",
                },
                "description": {
                    "de": [
                        "Beim Capture the Flag suchen Teams in absichtlich verwundbaren Systemen nach versteckten Zeichenketten, den sogenannten Flaggen. Die Aufgaben reichen von leichten Einstiegsrätseln bis zu kniffligen Herausforderungen für Fortgeschrittene.",
                        "Teilnehmen können Teams von zwei bis vier Personen aus Hochschulen, Berufsschulen und Ausbildungsbetrieben. Zwischendurch erklären Fachleute von Auwald Security in kurzen Einheiten die Technik hinter den Aufgaben. Alle Angriffe finden ausschließlich in einer abgeschotteten Übungsumgebung statt.",
                    ],
                    "en": [
                        "In a capture the flag contest, teams search intentionally vulnerable systems for hidden strings known as flags. The challenges range from easy warm-up puzzles to tricky tasks for advanced players.",
                        "Teams of two to four people from universities, vocational schools and training companies can take part. In between, experts from Auwald Security explain the technology behind the challenges in short sessions. All attacks take place exclusively in an isolated practice environment.",
                    ],
                },
                "arenas": ["wissenschaft", "bildung"],
                "format": "hackathon",
                "target_groups": ["students", "trainees"],
                "competence_areas": ["safety", "problem-solving"],
                "level": "advanced",
                "language": "de_en",
                "mode": "hybrid",
                "venue": _VENUE_AUWALD,
                "online_note": {
                    "de": "Online-Teams erhalten am Vortag die Zugangsdaten zur Wettbewerbsplattform und zum Sprachkanal der Veranstaltung.",
                    "en": "Online teams receive their login details for the competition platform and the event's voice channel the day before.",
                },
                "price": "10.00",
                "price_note": {
                    "de": "Preis pro Team, Verpflegung für alle vor Ort inklusive.",
                    "en": "Price per team; food for everyone on site is included.",
                },
                "registration_url": "https://www.example.org/auwald-security/ctf",
                "registration_email": None,
                "registration_deadline_days": 5,
                "accessibility": _ACCESS_AUWALD,
                "contact": {
                    "name": "Lea Hartmann",
                    "email": "ctf@auwald-security.example.org",
                    "phone": "+49 341 555 0092",
                },
                "dates": [[115, "10:00", 540]],
            },
            {
                "slug": "planspiel-erpressungssoftware",
                "slug_en": "ransomware-simulation-game",
                "title": {
                    "de": "Planspiel Erpressungssoftware: der Ernstfall im Unternehmen",
                    "en": "Ransomware simulation game: when it really happens at your company",
                },
                "summary": {
                    "de": "Führungskräfte spielen einen realistischen Angriff mit Verschlüsselungstrojaner durch und üben Entscheidungen unter Zeitdruck.",
                    "en": "Managers play through a realistic ransomware attack and practise making decisions under time pressure.",
                },
                "description": {
                    "de": [
                        "Montagmorgen, alle Rechner zeigen eine Lösegeldforderung: Was jetzt? Im Planspiel übernehmen die Teilnehmenden Rollen aus Geschäftsführung, IT, Kommunikation und Personal und treffen Entscheidungen, während sich die Lage Stunde für Stunde verändert.",
                        "Nach jeder Runde werten wir gemeinsam aus, welche Informationen gefehlt haben und welche Vorbereitung geholfen hätte. Am Ende kennen Sie die kritischen Punkte Ihres eigenen Notfallplans.",
                    ],
                    "en": [
                        "Monday morning, every computer shows a ransom demand: what now? In the simulation game, participants take on roles from management, IT, communications and human resources and make decisions while the situation changes hour by hour.",
                        "After each round we review together which information was missing and which preparation would have helped. By the end you know the weak points of your own emergency plan.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "workshop",
                "target_groups": ["employees"],
                "competence_areas": ["safety"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_AUWALD,
                "online_note": None,
                "price": "390.00",
                "price_note": None,
                "registration_url": None,
                "registration_email": "planspiel@auwald-security.example.org",
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_AUWALD,
                "contact": {
                    "name": "Christian Lehmann",
                    "email": "kurse@auwald-security.example.org",
                    "phone": "+49 341 555 0091",
                },
                "dates": [[88, "09:00", 420]],
            },
            {
                "slug": "datenschutz-check-fuer-vereine",
                "slug_en": "data-protection-check-for-associations",
                "title": {
                    "de": "Datenschutz-Check für Vereine",
                    "en": "Data protection check for associations",
                },
                "summary": {
                    "de": "Ein Online-Termin für Vorstände und Ehrenamtliche: Mitgliederlisten, Fotos, Newsletter und Messenger datenschutzgerecht organisieren.",
                    "en": "An online session for board members and volunteers: organising membership lists, photos, newsletters and messaging in line with data protection law.",
                },
                "description": {
                    "de": [
                        "Vereine verarbeiten mehr personenbezogene Daten, als vielen bewusst ist: Mitgliederlisten, Bankverbindungen, Fotos vom Sommerfest oder Gruppen im Messenger. Im Check gehen wir diese Bereiche gemeinsam durch und klären, was erlaubt ist und was dokumentiert werden muss.",
                        "Sie erhalten Vorlagen für ein Verzeichnis der Verarbeitungstätigkeiten und eine Einwilligung für Fotos. Fragen aus Ihrem Verein können Sie vorab per E-Mail schicken.",
                    ],
                    "en": [
                        "Associations process more personal data than many realise: membership lists, bank details, photos from the summer party or groups in messaging apps. In the check we go through these areas together and clarify what is permitted and what has to be documented.",
                        "You receive templates for a record of processing activities and a consent form for photos. You can send questions from your association by e-mail in advance.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "consultation",
                "target_groups": ["citizens"],
                "competence_areas": ["safety"],
                "level": "beginner",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": "20.00",
                "price_note": {
                    "de": "Preis pro Verein. Vereine mit weniger als 50 Mitgliedern nehmen kostenlos teil.",
                    "en": "Price per association. Associations with fewer than 50 members take part free of charge.",
                },
                "registration_url": None,
                "registration_email": "vereine@auwald-security.example.org",
                "registration_deadline_days": 3,
                "accessibility": None,
                "contact": {
                    "name": "Sabine Köhler",
                    "email": "datenschutz@auwald-security.example.org",
                    "phone": "+49 341 555 0093",
                },
                "dates": [[-5, "18:00", 90], [23, "18:00", 90], [51, "18:00", 90]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 10. Stadt Leipzig, Referat Digitale Stadt (administration)
    # -----------------------------------------------------------------------
    {
        "slug": "stadt-leipzig-referat-digitale-stadt",
        "kind": "administration",
        "name": {"de": "Stadt Leipzig – Referat Digitale Stadt", "en": "City of Leipzig – Digital City Unit"},
        "description": {
            "de": [
                "Das Referat Digitale Stadt steuert die Digitalisierung der Leipziger Stadtverwaltung und setzt die Digitale Agenda der Stadt gemeinsam mit Ämtern, kommunalen Unternehmen und Partnern aus der Stadtgesellschaft um. Dazu gehören das Open-Data-Portal, die Urbane Datenplattform und Projekte rund um digitale Zwillinge.",
                "Im Digital Campus lädt das Referat Bürgerinnen und Bürger ein, städtische Daten kennenzulernen und bei Planungen mitzureden. Gleichzeitig bildet es Beschäftigte der Verwaltung fort, damit neue digitale Dienste nicht nur eingeführt, sondern auch gut genutzt werden.",
                "Ausgewählte Schulungen für Beschäftigte stehen auch Mitarbeitenden anderer Kommunen aus der Region offen.",
            ],
            "en": [
                "The Digital City Unit steers the digitalisation of Leipzig's city administration and implements the city's Digital Agenda together with municipal offices, municipal companies and partners from civil society. Its work includes the open data portal, the urban data platform and projects on digital twins.",
                "Through the Digital Campus, the unit invites residents to explore municipal data and have a say in planning. At the same time it trains administrative staff so that new digital services are not only introduced but also used well.",
                "Selected training courses for staff are also open to employees of other local authorities in the region.",
            ],
        },
        "website": "https://www.example.org/stadt-leipzig/digitale-stadt",
        "street": "Martin-Luther-Ring 4-6",
        "postcode": "04109",
        "city": "Leipzig",
        "email": "digitale-stadt@stadt-leipzig.example.org",
        "phone": "+49 341 555 0100",
        "offers": [
            {
                "slug": "das-leipziger-open-data-portal-kennenlernen",
                "slug_en": "getting-to-know-leipzigs-open-data-portal",
                "title": {
                    "de": "Das Leipziger Open-Data-Portal kennenlernen",
                    "en": "Getting to know Leipzig's open data portal",
                },
                "summary": {
                    "de": "Zwei Online-Termine zeigen, welche Daten die Stadt offen bereitstellt, wie man sie findet, herunterlädt und mit einfachen Mitteln auswertet.",
                    "en": "Two online sessions show which data the city publishes openly and how to find, download and analyse it with simple tools.",
                },
                "description": {
                    "de": [
                        "Im Open-Data-Portal der Stadt liegen Hunderte Datensätze, von Einwohnerzahlen nach Ortsteilen über Baumstandorte bis zu Ergebnissen vergangener Wahlen. Im ersten Termin lernen Sie das Portal, die Lizenzen und die gängigen Dateiformate kennen.",
                        "Im zweiten Termin stellen wir gemeinsam eine Frage an die Daten, etwa wie sich die Zahl der Kinder in Ihrem Ortsteil entwickelt hat, und beantworten sie mit einer Tabellenkalkulation und einer Online-Karte. Am Ende zeigen wir, wie Sie fehlende Datensätze vorschlagen können.",
                    ],
                    "en": [
                        "The city's open data portal holds hundreds of data sets, from population figures by district to tree locations and the results of past elections. In the first session you get to know the portal, its licences and the common file formats.",
                        "In the second session we ask the data a question together, for example how the number of children in your district has changed, and answer it with a spreadsheet and an online map. Finally, we show you how to suggest data sets that are still missing.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "wirtschaft"],
                "format": "online-course",
                "target_groups": ["citizens", "founders"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/stadt-leipzig/opendata-kurs",
                "registration_email": None,
                "registration_deadline_days": 2,
                "accessibility": None,
                "contact": {
                    "name": "Anne Friedrich",
                    "email": "opendata@stadt-leipzig.example.org",
                    "phone": "+49 341 555 0101",
                },
                "dates": [[10, "17:30", 90], [17, "17:30", 90]],
            },
            {
                "slug": "ki-grundlagen-fuer-die-verwaltung",
                "slug_en": "ai-basics-for-public-administration",
                "title": {
                    "de": "KI-Grundlagen für die Verwaltung",
                    "en": "AI basics for public administration",
                },
                "summary": {
                    "de": "Drei Termine für Beschäftigte von Kommunen: wie KI-Systeme funktionieren, wo sie in der Verwaltung helfen können und welche Regeln gelten.",
                    "en": "Three sessions for local government staff: how AI systems work, where they can help in public administration and which rules apply.",
                },
                "description": {
                    "de": [
                        "Textassistenten, automatische Übersetzung, Auswertung von Bürgeranfragen: Auch in Ämtern wächst das Interesse an Künstlicher Intelligenz. Der Kurs erklärt die Technik ohne Fachjargon und zeigt Beispiele aus deutschen Kommunen, die gut funktionieren, und solche, die gescheitert sind.",
                        "Ein Schwerpunkt liegt auf den Regeln: Was verlangt die europäische KI-Verordnung, was ist beim Datenschutz zu beachten, und welche Dienstanweisungen gelten in der Stadt Leipzig? Im letzten Termin entwickeln Sie in kleinen Gruppen eine Idee für Ihr eigenes Aufgabengebiet.",
                    ],
                    "en": [
                        "Writing assistants, automatic translation, analysing enquiries from the public: interest in artificial intelligence is growing in public offices too. The course explains the technology without jargon and presents examples from German municipalities that work well, as well as some that have failed.",
                        "One focus is on the rules: what does the European AI Act require, what must be considered regarding data protection, and which internal guidelines apply at the City of Leipzig? In the final session you develop an idea for your own area of work in small groups.",
                    ],
                },
                "arenas": ["bildung", "stadtgesellschaft"],
                "format": "course",
                "target_groups": ["public-administration"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_RATHAUS,
                "online_note": {
                    "de": "Beschäftigte der Stadt Leipzig nehmen über das interne Videosystem teil, externe Teilnehmende erhalten einen Gastzugang per E-Mail.",
                    "en": "City of Leipzig staff join via the internal video system; external participants receive guest access by e-mail.",
                },
                "price": "120.00",
                "price_note": {
                    "de": "Für Beschäftigte der Stadt Leipzig übernimmt das Personalamt die Kosten.",
                    "en": "For City of Leipzig staff, the human resources office covers the fee.",
                },
                "registration_url": None,
                "registration_email": "fortbildung-ki@stadt-leipzig.example.org",
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_RATHAUS,
                "contact": {
                    "name": "Dr. Robert Vogt",
                    "email": "fortbildung-ki@stadt-leipzig.example.org",
                    "phone": "+49 341 555 0102",
                },
                "dates": [[14, "09:00", 180], [21, "09:00", 180], [28, "09:00", 180]],
            },
            {
                "slug": "buergerwerkstatt-digitaler-zwilling",
                "slug_en": "residents-workshop-digital-twin",
                "title": {
                    "de": "Bürgerwerkstatt: Der digitale Zwilling für Gohlis",
                    "en": "Residents' workshop: the digital twin for Gohlis",
                },
                "summary": {
                    "de": "Anwohnende erkunden am Stadtmodell, wie sich geplante Änderungen an Straßen und Plätzen in Gohlis auswirken, und geben ihre Hinweise direkt ein.",
                    "en": "Residents use the city model to explore how planned changes to streets and squares in Gohlis would play out and enter their comments directly.",
                },
                "description": {
                    "de": [
                        "Die Stadt erprobt ein digitales Stadtmodell, in dem sich Planungen sichtbar machen lassen, bevor gebaut wird. In der Werkstatt zeigen Fachleute aus Stadtplanung und Verkehr an großen Bildschirmen, wie neue Radwege, Bäume und Querungen in Gohlis aussehen könnten und wie sich der Verkehr dadurch verändert.",
                        "Anschließend arbeiten die Teilnehmenden an Thementischen und tragen Hinweise direkt in das Modell ein. Die Ergebnisse fließen in die weitere Planung ein und werden online dokumentiert.",
                    ],
                    "en": [
                        "The city is testing a digital city model that makes plans visible before anything is built. At the workshop, experts from urban planning and transport use large screens to show what new cycle lanes, trees and crossings in Gohlis could look like and how traffic would change as a result.",
                        "Participants then work at themed tables and enter their comments directly into the model. The results feed into further planning and are documented online.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["citizens"],
                "competence_areas": ["communication-collaboration"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_BUDDE_HAUS,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/stadt-leipzig/buergerwerkstatt-gohlis",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": _ACCESS_BUDDE_HAUS,
                "contact": {
                    "name": "Katharina Böhme",
                    "email": "beteiligung@stadt-leipzig.example.org",
                    "phone": "+49 341 555 0103",
                },
                "dates": [[-23, "17:00", 180]],
            },
            {
                "slug": "smart-city-challenge-auftakt",
                "slug_en": "smart-city-challenge-kick-off",
                "title": {
                    "de": "Smart City Challenge Leipzig: Auftaktabend",
                    "en": "Smart City Challenge Leipzig: kick-off evening",
                },
                "summary": {
                    "de": "Die Stadt stellt die Aufgaben des diesjährigen Innovationswettbewerbs vor. Teams aus Start-ups, Hochschulen und Unternehmen können sich hier kennenlernen.",
                    "en": "The city presents this year's challenges for its innovation competition. Teams from start-ups, universities and companies can meet each other here.",
                },
                "description": {
                    "de": [
                        "Jedes Jahr sucht die Stadt im Wettbewerb nach digitalen Lösungen für konkrete Probleme aus Ämtern und Stadtgesellschaft. Am Auftaktabend erläutern die Fachämter ihre Fragestellungen, etwa zur Pflege von Stadtbäumen, zur Barrierefreiheit öffentlicher Gebäude oder zur Auslastung von Sporthallen.",
                        "Danach gibt es Zeit zum Netzwerken an Thementischen. Wer noch kein Team hat, findet hier Mitstreiterinnen und Mitstreiter. Die Bewerbungsphase beginnt direkt im Anschluss.",
                    ],
                    "en": [
                        "Every year the city's competition looks for digital solutions to concrete problems raised by municipal offices and civil society. At the kick-off evening, the departments explain their challenges, for example on caring for street trees, the accessibility of public buildings or the use of sports halls.",
                        "Afterwards there is time for networking at themed tables. If you do not have a team yet, this is where you can find people to join you. The application phase starts straight afterwards.",
                    ],
                },
                "arenas": ["wirtschaft", "stadtgesellschaft"],
                "format": "event",
                "target_groups": ["founders", "students"],
                "competence_areas": ["problem-solving"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "hybrid",
                "venue": _VENUE_SIH,
                "online_note": _ONLINE_STREAM_OPEN,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/stadt-leipzig/smart-city-challenge",
                "registration_email": None,
                "registration_deadline_days": 1,
                "accessibility": _ACCESS_SIH,
                "contact": {
                    "name": "Felix Hauptmann",
                    "email": "challenge@stadt-leipzig.example.org",
                    "phone": "+49 341 555 0104",
                },
                "dates": [[58, "18:00", 150]],
            },
            {
                "slug": "elektronische-akte-und-digitale-ablaeufe",
                "slug_en": "electronic-files-and-digital-workflows",
                "title": {
                    "de": "Elektronische Akte und digitale Abläufe: Schulung für Beschäftigte",
                    "en": "Electronic files and digital workflows: training for staff",
                },
                "summary": {
                    "de": "Zwei Schulungstage für Beschäftigte der Verwaltung, die auf die elektronische Akte umstellen: Ablage, Vertretung, Freigaben und Zusammenarbeit.",
                    "en": "Two training days for administrative staff switching to electronic files: filing, cover arrangements, approvals and collaboration.",
                },
                "description": {
                    "de": [
                        "Die Stadt Leipzig stellt ihre Ämter schrittweise auf papierlose Aktenführung um. Die Schulung zeigt an realistischen Vorgängen, wie Dokumente richtig abgelegt, mit Schlagworten versehen, weitergeleitet und freigegeben werden.",
                        "Am zweiten Tag geht es um die Zusammenarbeit: Vertretungsregeln, gemeinsame Bearbeitung und der Umgang mit eingescannten Unterlagen. Multiplikatorinnen und Multiplikatoren aus bereits umgestellten Ämtern berichten von ihren Erfahrungen.",
                    ],
                    "en": [
                        "The City of Leipzig is gradually moving its offices to paperless record-keeping. Using realistic cases, the training shows how to file documents correctly, tag them, forward them and approve them.",
                        "The second day is about collaboration: cover arrangements, joint editing and handling scanned documents. Staff from offices that have already switched over share their experiences.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "course",
                "target_groups": ["public-administration"],
                "competence_areas": ["communication-collaboration", "information-data-literacy"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_RATHAUS,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": "e-akte@stadt-leipzig.example.org",
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_RATHAUS,
                "contact": {
                    "name": "Susann Lange",
                    "email": "e-akte@stadt-leipzig.example.org",
                    "phone": "+49 341 555 0105",
                },
                "dates": [[120, "08:30", 420], [127, "08:30", 420]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 11. Datenwerkstatt Leipzig e. V. (association: civic tech, open data)
    # -----------------------------------------------------------------------
    {
        "slug": "datenwerkstatt-leipzig",
        "kind": "association",
        "name": {"de": "Datenwerkstatt Leipzig e. V.", "en": "Datenwerkstatt Leipzig e. V. (Leipzig Data Workshop)"},
        "description": {
            "de": [
                "Die Datenwerkstatt ist ein gemeinnütziger Verein von Entwicklerinnen, Designern, Journalistinnen und neugierigen Laien. Seit 2016 treffen sich die Mitglieder in einem ehemaligen Ladenlokal an der Georg-Schwarz-Straße, um mit offenen Daten nützliche Anwendungen für Leipzig zu bauen.",
                "Aus den Treffen sind unter anderem eine Karte der Trinkbrunnen, ein Überblick über Ratsbeschlüsse und eine Auswertung der Spielplätze pro Kind entstanden. Der Verein setzt sich dafür ein, dass die Stadt mehr Daten offen und maschinenlesbar veröffentlicht.",
                "Alle Angebote sind offen für Menschen ohne Programmierkenntnisse. Wer mitmachen will, ist bei jedem Treffen willkommen.",
            ],
            "en": [
                "The Datenwerkstatt is a non-profit association of developers, designers, journalists and curious amateurs. Since 2016 its members have been meeting in a former shop on Georg-Schwarz-Straße to build useful applications for Leipzig with open data.",
                "Their meetings have produced, among other things, a map of drinking fountains, an overview of city council decisions and an analysis of playgrounds per child. The association campaigns for the city to publish more data openly and in machine-readable form.",
                "All activities are open to people without programming skills. Anyone who wants to get involved is welcome at every meeting.",
            ],
        },
        "website": "https://www.example.org/datenwerkstatt",
        "street": "Georg-Schwarz-Straße 19",
        "postcode": "04177",
        "city": "Leipzig",
        "email": "hallo@datenwerkstatt.example.org",
        "phone": "+49 341 555 0110",
        "offers": [
            {
                "slug": "open-data-day-leipzig",
                "slug_en": "open-data-day-leipzig",
                "title": {
                    "de": "Open Data Day Leipzig",
                    "en": "Open Data Day Leipzig",
                },
                "summary": {
                    "de": "Ein Tag, an dem Menschen mit und ohne Technikwissen gemeinsam offene Daten der Stadt erkunden, aufbereiten und daraus kleine Anwendungen bauen.",
                    "en": "A day on which people with and without technical knowledge explore the city's open data together, prepare it and turn it into small applications.",
                },
                "description": {
                    "de": [
                        "Der Open Data Day wird weltweit gefeiert, in Leipzig richtet ihn die Datenwerkstatt gemeinsam mit dem Referat Digitale Stadt aus. Nach kurzen Impulsen zu neuen Datensätzen bilden sich Gruppen, die an selbst gewählten Fragen arbeiten.",
                        "Gebraucht werden nicht nur Programmiererinnen und Programmierer, sondern auch Menschen, die Texte schreiben, Karten zeichnen, Daten prüfen oder einfach gute Fragen stellen. Am Abend stellen alle Gruppen vor, was entstanden ist.",
                    ],
                    "en": [
                        "Open Data Day is celebrated worldwide; in Leipzig the Datenwerkstatt organises it together with the city's Digital City Unit. After short presentations of new data sets, groups form to work on questions of their own choosing.",
                        "It is not only programmers who are needed, but also people who write texts, draw maps, check data or simply ask good questions. In the evening, every group presents what it has created.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "wissenschaft"],
                "format": "hackathon",
                "target_groups": ["citizens", "students"],
                "competence_areas": ["information-data-literacy", "problem-solving"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "on_site",
                "venue": _VENUE_DATENWERKSTATT,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/datenwerkstatt/open-data-day",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": _ACCESS_DATENWERKSTATT,
                "contact": {
                    "name": "Jakob Seidel",
                    "email": "jakob.seidel@datenwerkstatt.example.org",
                    "phone": "+49 341 555 0111",
                },
                "dates": [[-30, "10:00", 480]],
            },
            {
                "slug": "karten-selber-machen-mit-openstreetmap",
                "slug_en": "making-your-own-maps-with-openstreetmap",
                "title": {
                    "de": "Karten selber machen mit OpenStreetMap",
                    "en": "Making your own maps with OpenStreetMap",
                },
                "summary": {
                    "de": "Ein Nachmittag zum Mitmachen: Wir erfassen Bänke, Rampen und Fahrradbügel im Viertel und tragen sie in die freie Weltkarte ein.",
                    "en": "A hands-on afternoon: we record benches, ramps and bike stands in the neighbourhood and add them to the free world map.",
                },
                "description": {
                    "de": [
                        "OpenStreetMap ist eine Weltkarte, die von Freiwilligen gepflegt wird und auf der viele Apps für Navigation und Barrierefreiheit aufbauen. Nach einer kurzen Einführung gehen wir in kleinen Gruppen durch Lindenau und erfassen mit dem Smartphone, was auf der Karte noch fehlt.",
                        "Zurück in der Werkstatt tragen wir die Beobachtungen gemeinsam ein und sehen, wie die Änderungen nach kurzer Zeit in verschiedenen Kartendiensten erscheinen. Bitte bringen Sie ein Smartphone mit und ziehen Sie wetterfeste Kleidung an.",
                    ],
                    "en": [
                        "OpenStreetMap is a world map maintained by volunteers, and many navigation and accessibility apps are built on it. After a short introduction we walk through Lindenau in small groups and use our smartphones to record what is still missing from the map.",
                        "Back at the workshop we enter the observations together and see how the changes appear in various map services shortly afterwards. Please bring a smartphone and wear weatherproof clothing.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["citizens"],
                "competence_areas": ["digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_DATENWERKSTATT,
                "online_note": None,
                "price": "10.00",
                "price_note": {
                    "de": "Für Vereinsmitglieder und Menschen mit Leipzig-Pass kostenlos.",
                    "en": "Free for association members and Leipzig-Pass holders.",
                },
                "registration_url": None,
                "registration_email": "karten@datenwerkstatt.example.org",
                "registration_deadline_days": 1,
                "accessibility": _ACCESS_DATENWERKSTATT,
                "contact": {
                    "name": "Marlene Baum",
                    "email": "marlene.baum@datenwerkstatt.example.org",
                    "phone": "+49 341 555 0112",
                },
                "dates": [[165, "14:00", 210]],
            },
            {
                "slug": "datenjournalismus-werkstatt",
                "slug_en": "data-journalism-workshop-series",
                "title": {
                    "de": "Datenjournalismus-Werkstatt: Geschichten aus Zahlen erzählen",
                    "en": "Data journalism workshop series: telling stories with numbers",
                },
                "summary": {
                    "de": "Drei Abende für Interessierte aus Lokalredaktionen, Stadtteilzeitungen und Vereinen: Daten recherchieren, prüfen und verständlich aufbereiten.",
                    "en": "Three evenings for people from local newsrooms, neighbourhood papers and associations: researching, checking and presenting data clearly.",
                },
                "description": {
                    "de": [
                        "Wie viele Wohnungen stehen in Leipzig leer, und warum sind die Mieten in Connewitz anders gestiegen als in Paunsdorf? Solche Fragen lassen sich oft mit öffentlichen Daten beantworten, wenn man weiß, wo man suchen muss und wie man Zahlen einordnet.",
                        "In der Werkstatt recherchieren Sie in Statistiken, bereinigen Tabellen und gestalten Grafiken, die ohne Erklärung verständlich sind. Ein Lokaljournalist und eine Statistikerin begleiten die Abende und geben Rückmeldung zu Ihren Entwürfen.",
                    ],
                    "en": [
                        "How many flats in Leipzig are empty, and why have rents in Connewitz risen differently from those in Paunsdorf? Questions like these can often be answered with public data if you know where to look and how to put figures into context.",
                        "In the workshop series you research statistics, clean up tables and design charts that make sense without explanation. A local journalist and a statistician accompany the evenings and give feedback on your drafts.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "bildung"],
                "format": "course",
                "target_groups": ["citizens", "students"],
                "competence_areas": ["information-data-literacy", "digital-content-creation"],
                "level": "intermediate",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_DATENWERKSTATT,
                "online_note": {
                    "de": "Für die Online-Teilnahme schicken wir Ihnen vor dem ersten Abend einen Link zum Videoraum und zu den gemeinsamen Arbeitsdokumenten.",
                    "en": "For online participation we send you a link to the video room and to the shared working documents before the first evening.",
                },
                "price": "35.00",
                "price_note": {
                    "de": "Preis für alle drei Abende. Wer weniger zahlen kann, meldet sich bitte formlos bei uns.",
                    "en": "Price for all three evenings. If you can only pay less, just get in touch with us.",
                },
                "registration_url": None,
                "registration_email": "journalismus@datenwerkstatt.example.org",
                "registration_deadline_days": 5,
                "accessibility": _ACCESS_DATENWERKSTATT,
                "contact": {
                    "name": "Jakob Seidel",
                    "email": "jakob.seidel@datenwerkstatt.example.org",
                    "phone": "+49 341 555 0111",
                },
                "dates": [[85, "18:30", 150], [92, "18:30", 150], [99, "18:30", 150]],
            },
            {
                "slug": "civic-tech-abend",
                "slug_en": "civic-tech-evening",
                "title": {
                    "de": "Offener Civic-Tech-Abend",
                    "en": "Open civic tech evening",
                },
                "summary": {
                    "de": "Einmal im Monat treffen sich Menschen, die mit Technik etwas für Leipzig bewegen wollen. Neue Gesichter und neue Ideen sind jederzeit willkommen.",
                    "en": "Once a month, people who want to use technology to make a difference in Leipzig get together. New faces and new ideas are always welcome.",
                },
                "description": {
                    "de": [
                        "Der Abend beginnt mit einer kurzen Vorstellungsrunde und Neuigkeiten aus laufenden Projekten. Danach arbeiten Gruppen an ihren Vorhaben weiter, während Neue in Ruhe zuhören, mitdiskutieren oder eigene Ideen vorstellen können.",
                        "Gesprochen wird Deutsch und Englisch, je nachdem, wer am Tisch sitzt. Für Getränke und Snacks steht eine Spendenkasse bereit.",
                    ],
                    "en": [
                        "The evening begins with a short round of introductions and news from ongoing projects. Groups then carry on with their work, while newcomers can listen, join the discussion or present their own ideas at their own pace.",
                        "We speak German and English, depending on who is at the table. There is a donation box for drinks and snacks.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "event",
                "target_groups": ["citizens", "founders"],
                "competence_areas": ["communication-collaboration"],
                "level": "beginner",
                "language": "de_en",
                "mode": "on_site",
                "venue": _VENUE_DATENWERKSTATT,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_DATENWERKSTATT,
                "contact": {
                    "name": "Marlene Baum",
                    "email": "marlene.baum@datenwerkstatt.example.org",
                    "phone": "+49 341 555 0112",
                },
                "dates": [
                    [-18, "19:00", 150],
                    [10, "19:00", 150],
                    [38, "19:00", 150],
                    [66, "19:00", 150],
                    [94, "19:00", 150],
                ],
            },
            {
                "slug": "algorithmen-und-gerechtigkeit",
                "slug_en": "algorithms-and-fairness",
                "title": {
                    "de": "Diskussionsabend: Algorithmen und Gerechtigkeit",
                    "en": "Panel discussion: algorithms and fairness",
                },
                "summary": {
                    "de": "Eine Juristin, ein Informatiker und eine Sozialarbeiterin diskutieren online, wann automatisierte Entscheidungen Menschen benachteiligen und was dagegen hilft.",
                    "en": "A lawyer, a computer scientist and a social worker discuss online when automated decisions put people at a disadvantage and what can be done about it.",
                },
                "description": {
                    "de": [
                        "Ob Kreditvergabe, Wohnungssuche oder Terminvergabe im Amt: Immer öfter sortieren Programme vor, wer was bekommt. Die Gäste erklären an Beispielen, wie dabei Verzerrungen entstehen, auch wenn niemand sie beabsichtigt hat.",
                        "Im zweiten Teil geht es um Lösungen: Transparenzpflichten, Prüfverfahren und die Frage, wie Betroffene sich wehren können. Das Publikum kann jederzeit Fragen im Chat stellen, eine Moderatorin bringt sie in die Runde ein.",
                    ],
                    "en": [
                        "Whether it is lending, flat-hunting or getting an appointment at a public office, programs increasingly pre-sort who gets what. Using examples, the guests explain how bias creeps in even when nobody intended it.",
                        "The second part is about solutions: transparency obligations, audit procedures and how affected people can defend themselves. The audience can ask questions in the chat at any time, and a moderator brings them into the discussion.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "wissenschaft"],
                "format": "talk",
                "target_groups": ["citizens"],
                "competence_areas": ["information-data-literacy"],
                "level": "intermediate",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": {
                    "de": "Nach der Anmeldung erhalten Sie den Link zur Übertragung. Eine Aufzeichnung veröffentlichen wir eine Woche später.",
                    "en": "After registering you receive the link to the broadcast. We publish a recording one week later.",
                },
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/datenwerkstatt/algorithmen-gerechtigkeit",
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": None,
                "contact": {
                    "name": "Jakob Seidel",
                    "email": "jakob.seidel@datenwerkstatt.example.org",
                    "phone": "+49 341 555 0111",
                },
                "dates": [[135, "19:30", 90]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 12. Werkbank Lindenau e. V. (association: makerspace)
    # -----------------------------------------------------------------------
    {
        "slug": "werkbank-lindenau",
        "kind": "association",
        "name": {"de": "Werkbank Lindenau e. V.", "en": "Werkbank Lindenau e. V. (makerspace)"},
        "description": {
            "de": [
                "Die Werkbank Lindenau ist eine offene Werkstatt im Hinterhof eines Gründerzeithauses. Auf rund 200 Quadratmetern stehen Lötstationen, 3D-Drucker, ein Lasercutter, eine CNC-Fräse und klassisches Holzwerkzeug für alle bereit, die etwas bauen, reparieren oder ausprobieren wollen.",
                "Der Verein lebt vom Engagement seiner Mitglieder, die ihr Wissen in offenen Abenden und Kursen weitergeben. Gründerinnen und Gründer nutzen die Maschinen für erste Prototypen, Nachbarinnen und Nachbarn bringen kaputte Geräte vorbei.",
            ],
            "en": [
                "Werkbank Lindenau is an open workshop in the courtyard of a late nineteenth-century building. Across some 200 square metres, soldering stations, 3D printers, a laser cutter, a CNC mill and traditional woodworking tools are available to anyone who wants to build, repair or try something out.",
                "The association relies on the commitment of its members, who pass on their knowledge at open evenings and in courses. Founders use the machines for their first prototypes, and neighbours drop by with broken devices.",
            ],
        },
        "website": "https://www.example.org/werkbank-lindenau",
        "street": "Merseburger Straße 88",
        "postcode": "04177",
        "city": "Leipzig",
        "email": "post@werkbank-lindenau.example.org",
        "phone": "+49 341 555 0120",
        "offers": [
            {
                "slug": "offene-werkstatt-elektronik-und-loeten",
                "slug_en": "open-workshop-electronics-and-soldering",
                "title": {
                    "de": "Offene Werkstatt: Elektronik und Löten",
                    "en": "Open workshop: electronics and soldering",
                },
                "summary": {
                    "de": "Jede Woche ist die Elektronikecke offen: Bringen Sie ein eigenes Projekt mit oder löten Sie unter Anleitung einen kleinen Bausatz.",
                    "en": "The electronics corner is open every week: bring your own project or solder a small kit with guidance.",
                },
                "description": {
                    "de": [
                        "An den offenen Abenden helfen erfahrene Mitglieder beim Löten, Messen und Fehlersuchen. Wer zum ersten Mal kommt, beginnt mit einem einfachen Blinklicht-Bausatz und lernt dabei den sicheren Umgang mit Lötkolben und Multimeter.",
                        "Kinder ab zehn Jahren können in Begleitung eines Erwachsenen mitmachen. Eine Anmeldung ist nicht nötig, kommen Sie einfach vorbei.",
                    ],
                    "en": [
                        "At the open evenings, experienced members help with soldering, measuring and troubleshooting. First-timers start with a simple flashing light kit and learn to handle a soldering iron and multimeter safely.",
                        "Children aged ten and over can join in when accompanied by an adult. No registration is needed; just drop by.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "bildung"],
                "format": "lab",
                "target_groups": ["citizens", "pupils"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_WERKBANK,
                "online_note": None,
                "price": "5.00",
                "price_note": {
                    "de": "Werkstattbeitrag pro Abend, Bausätze kosten zusätzlich zwischen 3 und 8 Euro.",
                    "en": "Workshop fee per evening; kits cost an extra 3 to 8 euros.",
                },
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_WERKBANK,
                "contact": {
                    "name": "Oliver Franke",
                    "email": "elektronik@werkbank-lindenau.example.org",
                    "phone": "+49 341 555 0121",
                },
                "dates": [
                    [-11, "17:00", 180],
                    [-4, "17:00", 180],
                    [3, "17:00", 180],
                    [10, "17:00", 180],
                    [17, "17:00", 180],
                    [24, "17:00", 180],
                ],
            },
            {
                "slug": "arduino-einstieg-sensoren-fuer-balkon-und-garten",
                "slug_en": "arduino-basics-sensors-for-balcony-and-garden",
                "title": {
                    "de": "Arduino-Einstieg: Sensoren für Balkon und Garten",
                    "en": "Getting started with Arduino: sensors for balcony and garden",
                },
                "summary": {
                    "de": "Ein Workshop-Tag, an dessen Ende ein selbst gebauter Feuchtigkeitsmesser meldet, wann die Tomaten auf dem Balkon Wasser brauchen.",
                    "en": "A workshop day at the end of which a home-made moisture sensor tells you when the tomatoes on your balcony need water.",
                },
                "description": {
                    "de": [
                        "Der Arduino ist ein kleiner, günstiger Mikrocontroller, mit dem sich viele Alltagsideen umsetzen lassen. Im Workshop schließen Sie einen Bodenfeuchtesensor und eine Anzeige an und schreiben ein kurzes Programm, das die Messwerte auswertet.",
                        "Zum Abschluss zeigen wir, wie sich die Daten per WLAN auf das Smartphone übertragen lassen. Den Bausatz nehmen Sie mit nach Hause.",
                    ],
                    "en": [
                        "The Arduino is a small, inexpensive microcontroller that can bring many everyday ideas to life. In the workshop you connect a soil moisture sensor and a display and write a short program that evaluates the readings.",
                        "Finally, we show you how to send the data to your smartphone via Wi-Fi. You take the kit home with you.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "workshop",
                "target_groups": ["citizens"],
                "competence_areas": ["problem-solving", "digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_WERKBANK,
                "online_note": None,
                "price": "45.00",
                "price_note": {
                    "de": "Inklusive Bausatz im Wert von etwa 25 Euro.",
                    "en": "Includes a kit worth about 25 euros.",
                },
                "registration_url": None,
                "registration_email": "kurse@werkbank-lindenau.example.org",
                "registration_deadline_days": 5,
                "accessibility": _ACCESS_WERKBANK,
                "contact": {
                    "name": "Oliver Franke",
                    "email": "elektronik@werkbank-lindenau.example.org",
                    "phone": "+49 341 555 0121",
                },
                "dates": [[-8, "10:00", 360]],
            },
            {
                "slug": "repair-cafe-laptops-und-smartphones",
                "slug_en": "repair-cafe-laptops-and-smartphones",
                "title": {
                    "de": "Repair-Café: Laptops und Smartphones retten",
                    "en": "Repair café: rescuing laptops and smartphones",
                },
                "summary": {
                    "de": "Ehrenamtliche helfen dabei, langsame Laptops wieder flott zu machen, Akkus zu tauschen und alte Geräte mit freier Software weiterzunutzen.",
                    "en": "Volunteers help you speed up slow laptops, replace batteries and keep old devices in use with free software.",
                },
                "description": {
                    "de": [
                        "Viele Geräte landen im Müll, obwohl sie mit wenig Aufwand noch Jahre funktionieren würden. Im Repair-Café schauen wir gemeinsam mit Ihnen nach, was fehlt: eine neue Festplatte, ein frischer Akku oder ein schlankes Betriebssystem.",
                        "Sie reparieren selbst, wir erklären und helfen. Ersatzteile können Sie vor Ort zum Einkaufspreis erwerben. Aufbereitete Spendengeräte geben wir in Zusammenarbeit mit Sozialträgern an Menschen mit Leipzig-Pass weiter.",
                    ],
                    "en": [
                        "Many devices end up in the bin even though they would keep working for years with a little effort. At the repair café we look together at what is needed: a new hard drive, a fresh battery or a lightweight operating system.",
                        "You do the repair yourself, while we explain and help. Spare parts are available on site at cost price. Together with social welfare organisations, we pass on refurbished donated devices to people with a Leipzig-Pass.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "event",
                "target_groups": ["citizens", "seniors"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_WERKBANK,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_WERKBANK,
                "contact": {
                    "name": "Birgit Wagner",
                    "email": "repair@werkbank-lindenau.example.org",
                    "phone": "+49 341 555 0122",
                },
                "dates": [[32, "14:00", 240], [144, "14:00", 240]],
            },
            {
                "slug": "lasercutter-einweisung",
                "slug_en": "laser-cutter-induction",
                "title": {
                    "de": "Lasercutter-Einweisung: vom Entwurf zum Prototyp",
                    "en": "Laser cutter induction: from design to prototype",
                },
                "summary": {
                    "de": "Nach zwei Abenden dürfen Sie den Lasercutter der Werkbank selbstständig nutzen, etwa für Gehäuse, Schilder oder erste Produktmuster.",
                    "en": "After two evenings you may use the Werkbank's laser cutter on your own, for example for enclosures, signs or first product samples.",
                },
                "description": {
                    "de": [
                        "Der Lasercutter ist eines der beliebtesten Werkzeuge für schnelle Prototypen, aber auch eines der gefährlichsten, wenn man ihn falsch bedient. Am ersten Abend geht es um Sicherheit, Materialien und das Zeichnen von Vektorgrafiken mit der freien Software Inkscape.",
                        "Am zweiten Abend schneiden und gravieren Sie Ihren eigenen Entwurf. Viele Gründungsteams aus dem Leipziger Westen nutzen den Kurs, um ihre Ideen schnell und günstig anfassbar zu machen. Bei Bedarf erklären wir auf Englisch.",
                    ],
                    "en": [
                        "The laser cutter is one of the most popular tools for rapid prototyping, but also one of the most dangerous if used incorrectly. The first evening covers safety, materials and drawing vector graphics with the free software Inkscape.",
                        "On the second evening you cut and engrave your own design. Many founding teams in the west of Leipzig use the course to turn their ideas into something tangible quickly and cheaply. Explanations in English are available on request.",
                    ],
                },
                "arenas": ["wirtschaft", "bildung"],
                "format": "course",
                "target_groups": ["founders", "citizens"],
                "competence_areas": ["digital-content-creation", "safety"],
                "level": "intermediate",
                "language": "de_en",
                "mode": "on_site",
                "venue": _VENUE_WERKBANK,
                "online_note": None,
                "price": "60.00",
                "price_note": {
                    "de": "Vereinsmitglieder zahlen 30 Euro.",
                    "en": "Association members pay 30 euros.",
                },
                "registration_url": "https://www.example.org/werkbank-lindenau/lasercutter",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": _ACCESS_WERKBANK,
                "contact": {
                    "name": "Yusuf Aksoy",
                    "email": "laser@werkbank-lindenau.example.org",
                    "phone": "+49 341 555 0123",
                },
                "dates": [[54, "18:00", 180], [56, "18:00", 180]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 13. Treffpunkt Digital e. V. (association: digital skills for older people)
    # -----------------------------------------------------------------------
    {
        "slug": "treffpunkt-digital",
        "kind": "association",
        "name": {
            "de": "Treffpunkt Digital – Ältere lernen digital e. V.",
            "en": "Treffpunkt Digital – digital learning for older people",
        },
        "description": {
            "de": [
                "Treffpunkt Digital ist ein Verein, in dem ältere Menschen anderen älteren Menschen den Umgang mit Smartphone, Tablet und Computer zeigen. Die meisten der rund 80 Ehrenamtlichen sind selbst im Ruhestand und wissen aus eigener Erfahrung, wo es beim Einstieg hakt.",
                "Neben Kursen im eigenen Begegnungsraum in Connewitz ist der Verein in Seniorenbegegnungsstätten, Pflegeeinrichtungen und Bibliotheken unterwegs. Er bildet außerdem neue Digitallotsinnen und -lotsen aus, die ihr Wissen in der Nachbarschaft weitergeben.",
            ],
            "en": [
                "Treffpunkt Digital is an association in which older people show other older people how to use smartphones, tablets and computers. Most of its roughly 80 volunteers are retired themselves and know from experience where newcomers tend to get stuck.",
                "Besides courses in its own meeting room in Connewitz, the association visits senior citizens' centres, care homes and libraries. It also trains new digital guides who pass on their knowledge in their neighbourhoods.",
            ],
        },
        "website": "https://www.example.org/treffpunkt-digital",
        "street": "Bornaische Straße 18",
        "postcode": "04277",
        "city": "Leipzig",
        "email": "kontakt@treffpunkt-digital.example.org",
        "phone": "+49 341 555 0130",
        "offers": [
            {
                "slug": "programmieren-fuer-seniorinnen-und-senioren",
                "slug_en": "coding-for-older-adults",
                "title": {
                    "de": "Programmieren lernen mit 60 plus",
                    "en": "Learning to code at 60 plus",
                },
                "summary": {
                    "de": "Ein geduldiger Einstieg in das Programmieren für Menschen im Ruhestand: kleine Rätsel, Rechenaufgaben und Spiele selbst programmieren.",
                    "en": "A patient introduction to programming for retired people: writing your own small puzzles, calculations and games.",
                },
                "description": {
                    "de": [
                        "Viele Ältere haben ihr Berufsleben lang Computer benutzt, aber nie selbst einen Befehl geschrieben. Dieser Kurs ändert das, in ruhigem Tempo und mit viel Zeit für Fragen. Wir arbeiten mit Python in einer einfachen Lernumgebung, die im Browser läuft.",
                        "Gemeinsam programmieren wir einen Zahlenrater, einen Rechner für den Spritverbrauch und ein kleines Quiz über Leipzig. Nebenbei verstehen Sie besser, wie die Programme funktionieren, die Sie jeden Tag benutzen.",
                    ],
                    "en": [
                        "Many older people used computers throughout their working lives but never wrote a command themselves. This course changes that, at a relaxed pace and with plenty of time for questions. We work with Python in a simple learning environment that runs in the browser.",
                        "Together we programme a number-guessing game, a fuel consumption calculator and a small quiz about Leipzig. Along the way you gain a better understanding of how the programs you use every day work.",
                    ],
                },
                "arenas": ["bildung", "stadtgesellschaft"],
                "format": "course",
                "target_groups": ["seniors"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_SENIOREN,
                "online_note": None,
                "price": "25.00",
                "price_note": {
                    "de": "Preis für alle vier Termine, Getränke inklusive.",
                    "en": "Price for all four sessions, drinks included.",
                },
                "registration_url": None,
                "registration_email": "kurse@treffpunkt-digital.example.org",
                "registration_deadline_days": 5,
                "accessibility": _ACCESS_SENIOREN,
                "contact": {
                    "name": "Dr. Gerhard Schulze",
                    "email": "kurse@treffpunkt-digital.example.org",
                    "phone": "+49 341 555 0131",
                },
                "dates": [[136, "10:00", 120], [143, "10:00", 120], [150, "10:00", 120], [157, "10:00", 120]],
            },
            {
                "slug": "videotelefonie-mit-der-familie",
                "slug_en": "video-calls-with-the-family",
                "title": {
                    "de": "Videotelefonie mit der Familie",
                    "en": "Video calls with the family",
                },
                "summary": {
                    "de": "Wir richten gemeinsam eine Video-App ein und üben Anrufe, bis sie klappen, damit Sie Kinder und Enkel auch aus der Ferne sehen können.",
                    "en": "We set up a video app together and practise calls until they work, so you can see your children and grandchildren even from afar.",
                },
                "description": {
                    "de": [
                        "Wenn die Familie in einer anderen Stadt oder im Ausland lebt, sind Videoanrufe eine schöne Möglichkeit, sich regelmäßig zu sehen. Im Workshop installieren wir eine passende App, legen Kontakte an und rufen uns gegenseitig an.",
                        "Dabei klären wir auch praktische Fragen: Wie halte ich das Tablet, damit man mich gut sieht, was tun bei schlechtem Ton, und wie teile ich ein Foto während des Gesprächs?",
                    ],
                    "en": [
                        "When family members live in another city or abroad, video calls are a lovely way to see each other regularly. In the workshop we install a suitable app, add contacts and call each other.",
                        "We also sort out practical questions: how do I hold the tablet so that people can see me well, what can I do if the sound is poor, and how do I share a photo during the call?",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "workshop",
                "target_groups": ["seniors"],
                "competence_areas": ["communication-collaboration"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_SENIOREN,
                "online_note": None,
                "price": "5.00",
                "price_note": {
                    "de": "Kaffee und Kuchen sind inklusive.",
                    "en": "Coffee and cake are included.",
                },
                "registration_url": None,
                "registration_email": "kurse@treffpunkt-digital.example.org",
                "registration_deadline_days": 2,
                "accessibility": _ACCESS_SENIOREN,
                "contact": {
                    "name": "Renate Hahn",
                    "email": "renate.hahn@treffpunkt-digital.example.org",
                    "phone": "+49 341 555 0132",
                },
                "dates": [[-22, "14:30", 120]],
            },
            {
                "slug": "online-banking-sicher-nutzen",
                "slug_en": "using-online-banking-safely",
                "title": {
                    "de": "Vortrag: Online-Banking sicher nutzen",
                    "en": "Talk: using online banking safely",
                },
                "summary": {
                    "de": "Ein Bankberater im Ruhestand erklärt, wie Online-Banking funktioniert, woran man Betrugsversuche erkennt und wie man sich im Notfall verhält.",
                    "en": "A retired bank adviser explains how online banking works, how to recognise fraud attempts and what to do in an emergency.",
                },
                "description": {
                    "de": [
                        "Immer mehr Bankfilialen schließen, und viele Ältere müssen ihre Bankgeschäfte nun online erledigen. Der Vortrag erklärt Schritt für Schritt, wie Überweisungen mit einer Freigabe-App funktionieren und warum eine Bank niemals per Mail oder Telefon nach Zugangsdaten fragt.",
                        "Der Vortrag wird zusätzlich in drei Begegnungsstätten der Stadt übertragen und kann auch von zu Hause verfolgt werden. Eine Anmeldung ist nicht nötig.",
                    ],
                    "en": [
                        "More and more bank branches are closing, and many older people now have to do their banking online. The talk explains step by step how transfers with an authorisation app work and why a bank will never ask for login details by e-mail or phone.",
                        "The talk is also broadcast to three of the city's senior citizens' centres and can be followed from home. No registration is needed.",
                    ],
                },
                "arenas": ["stadtgesellschaft"],
                "format": "talk",
                "target_groups": ["seniors"],
                "competence_areas": ["safety"],
                "level": "beginner",
                "language": "de",
                "mode": "hybrid",
                "venue": _VENUE_SENIOREN,
                "online_note": _ONLINE_STREAM_OPEN,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": _ACCESS_SENIOREN,
                "contact": {
                    "name": "Renate Hahn",
                    "email": "renate.hahn@treffpunkt-digital.example.org",
                    "phone": "+49 341 555 0132",
                },
                "dates": [[48, "15:00", 90]],
            },
            {
                "slug": "ausbildung-zur-digitallotsin-und-zum-digitallotsen",
                "slug_en": "training-as-a-digital-guide",
                "title": {
                    "de": "Ausbildung zur Digitallotsin und zum Digitallotsen",
                    "en": "Training as a digital guide",
                },
                "summary": {
                    "de": "Vier Treffen für Ehrenamtliche, die älteren Menschen in ihrem Umfeld geduldig beim Einstieg in die digitale Welt helfen möchten.",
                    "en": "Four meetings for volunteers who want to patiently help older people around them take their first steps into the digital world.",
                },
                "description": {
                    "de": [
                        "Technisches Wissen allein reicht nicht, um anderen etwas gut zu erklären. In der Ausbildung geht es deshalb genauso um Gesprächsführung, das richtige Tempo und den Umgang mit Ängsten wie um die häufigsten Fragen zu Geräten, Apps und Sicherheit.",
                        "Nach der Ausbildung begleiten Sie zunächst erfahrene Lotsinnen und Lotsen bei Sprechstunden und übernehmen dann eigene Termine, etwa in einer Begegnungsstätte oder Bibliothek. Sie sind über den Verein versichert und treffen sich regelmäßig zum Austausch.",
                    ],
                    "en": [
                        "Technical knowledge alone is not enough to explain things well to others. The training therefore covers how to guide a conversation, find the right pace and deal with anxieties, just as much as the most common questions about devices, apps and security.",
                        "After the training you first accompany experienced guides at help desks and then take on sessions of your own, for example in a community centre or library. You are insured through the association and meet regularly to share experiences.",
                    ],
                },
                "arenas": ["stadtgesellschaft", "bildung"],
                "format": "course",
                "target_groups": ["citizens", "seniors"],
                "competence_areas": ["communication-collaboration", "safety"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_SENIOREN,
                "online_note": None,
                "price": "30.00",
                "price_note": {
                    "de": "Die Gebühr wird nach einem halben Jahr aktiver Mitarbeit vollständig erstattet.",
                    "en": "The fee is refunded in full after six months of active volunteering.",
                },
                "registration_url": None,
                "registration_email": "lotsen@treffpunkt-digital.example.org",
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_SENIOREN,
                "contact": {
                    "name": "Dr. Gerhard Schulze",
                    "email": "kurse@treffpunkt-digital.example.org",
                    "phone": "+49 341 555 0131",
                },
                "dates": [[74, "10:00", 180], [81, "10:00", 180], [88, "10:00", 180], [95, "10:00", 180]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 14. Smart Infrastructure Hub Leipzig (other: technology and founders' centre)
    # -----------------------------------------------------------------------
    {
        "slug": "smart-infrastructure-hub-leipzig",
        "kind": "other",
        "name": {"de": "Smart Infrastructure Hub Leipzig", "en": "Smart Infrastructure Hub Leipzig"},
        "description": {
            "de": [
                "Der Smart Infrastructure Hub ist ein Technologie- und Gründungszentrum auf dem Gelände der Baumwollspinnerei. Hier arbeiten junge Unternehmen, etablierte Firmen aus Energie, Mobilität und Gesundheit sowie Forschungsgruppen unter einem Dach an Lösungen für die vernetzte Stadt.",
                "Im Digital Campus bietet der Hub Beratung für Gründungsinteressierte, Trainings für Teams in der Frühphase und ein Labor für Prototypen aus dem Internet der Dinge an. Die Stadt Leipzig unterstützt den Hub als Partner.",
            ],
            "en": [
                "The Smart Infrastructure Hub is a technology and start-up centre on the grounds of the Baumwollspinnerei, a former cotton mill. Young companies, established firms from energy, mobility and health, and research groups work here under one roof on solutions for the connected city.",
                "Through the Digital Campus, the hub offers advice for aspiring founders, training for early-stage teams and a lab for Internet of Things prototypes. The City of Leipzig supports the hub as a partner.",
            ],
        },
        "website": "https://www.example.org/smart-infrastructure-hub",
        "street": "Spinnereistraße 7",
        "postcode": "04179",
        "city": "Leipzig",
        "email": "hello@sih.example.org",
        "phone": "+49 341 555 0140",
        "offers": [
            {
                "slug": "gruendungsberatung-digitales-geschaeftsmodell",
                "slug_en": "founders-consultation-digital-business-model",
                "title": {
                    "de": "Gründungsberatung: von der Idee zum digitalen Geschäftsmodell",
                    "en": "Founders' consultation: from idea to digital business model",
                },
                "summary": {
                    "de": "Einstündige Einzelgespräche für Gründungsinteressierte: Idee schärfen, Zielgruppe prüfen, Finanzierung und nächste Schritte besprechen.",
                    "en": "One-hour individual sessions for aspiring founders: sharpening the idea, testing the target group, discussing funding and next steps.",
                },
                "description": {
                    "de": [
                        "Sie haben eine Idee für eine App, eine Plattform oder ein vernetztes Produkt und fragen sich, ob daraus ein Unternehmen werden kann? Im Gespräch mit erfahrenen Gründungsberaterinnen und -beratern prüfen Sie, welches Problem Ihre Idee löst, wer dafür bezahlen würde und welche Förderprogramme infrage kommen.",
                        "Die Beratung findet monatlich statt, wahlweise vor Ort im Hub oder per Video, und kann auf Deutsch oder Englisch geführt werden. Auf Wunsch vermitteln wir Kontakte zu Hochschulen, Kammern und Investoren in der Region.",
                    ],
                    "en": [
                        "Do you have an idea for an app, a platform or a connected product and wonder whether it could become a business? In a conversation with experienced start-up advisers, you examine which problem your idea solves, who would pay for it and which funding programmes might apply.",
                        "Sessions are held monthly, either on site at the hub or by video, and can be conducted in German or English. On request we put you in touch with universities, chambers and investors in the region.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "consultation",
                "target_groups": ["founders"],
                "competence_areas": ["problem-solving"],
                "level": "beginner",
                "language": "de_en",
                "mode": "hybrid",
                "venue": _VENUE_SIH,
                "online_note": {
                    "de": "Wenn Sie per Video teilnehmen möchten, vermerken Sie das bei der Anmeldung; den Link erhalten Sie mit der Terminbestätigung.",
                    "en": "If you would like to join by video, please say so when registering; you will receive the link with your appointment confirmation.",
                },
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/smart-infrastructure-hub/beratung",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": _ACCESS_SIH,
                "contact": {
                    "name": "Dr. Eva Brandt",
                    "email": "gruendung@sih.example.org",
                    "phone": "+49 341 555 0141",
                },
                "dates": [[6, "10:00", 300], [34, "10:00", 300], [62, "10:00", 300], [90, "10:00", 300]],
            },
            {
                "slug": "pitch-training-fuer-tech-start-ups",
                "slug_en": "pitch-training-for-tech-start-ups",
                "title": {
                    "de": "Pitch-Training für Tech-Start-ups",
                    "en": "Pitch training for tech start-ups",
                },
                "summary": {
                    "de": "Ein Workshop-Tag, an dem Gründungsteams ihren Pitch für Investoren und Wettbewerbe schärfen und vor einer Testjury präsentieren.",
                    "en": "A workshop day on which founding teams sharpen their pitch for investors and competitions and present it to a test jury.",
                },
                "description": {
                    "de": [
                        "In drei Minuten überzeugen: Das gelingt nur mit einer klaren Geschichte, wenigen starken Zahlen und einer guten Portion Übung. Am Vormittag arbeiten wir an Aufbau und Folien, am Nachmittag präsentieren alle Teams vor einer kleinen Jury aus Investorinnen und erfahrenen Gründern.",
                        "Jedes Team erhält eine ausführliche Rückmeldung und eine Videoaufzeichnung seines Auftritts. Der Workshop findet auf Englisch statt, weil die meisten Wettbewerbe und Investorenrunden inzwischen englischsprachig sind.",
                    ],
                    "en": [
                        "Convincing people in three minutes requires a clear story, a few strong figures and a good deal of practice. In the morning we work on structure and slides; in the afternoon every team presents to a small jury of investors and experienced founders.",
                        "Each team receives detailed feedback and a video recording of its presentation. The workshop is held in English, as most competitions and investor rounds are now conducted in English.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "workshop",
                "target_groups": ["founders"],
                "competence_areas": ["communication-collaboration"],
                "level": "intermediate",
                "language": "en",
                "mode": "on_site",
                "venue": _VENUE_SIH,
                "online_note": None,
                "price": "75.00",
                "price_note": {
                    "de": "Preis pro Team mit bis zu drei Personen.",
                    "en": "Price per team of up to three people.",
                },
                "registration_url": "https://www.example.org/smart-infrastructure-hub/pitch-training",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_SIH,
                "contact": {
                    "name": "Niklas Berger",
                    "email": "programme@sih.example.org",
                    "phone": "+49 341 555 0142",
                },
                "dates": [[44, "09:30", 450]],
            },
            {
                "slug": "foerderprogramme-fuer-digitalisierung-im-mittelstand",
                "slug_en": "funding-programmes-for-digitalisation-in-smes",
                "title": {
                    "de": "Online-Vortrag: Förderprogramme für die Digitalisierung im Mittelstand",
                    "en": "Online talk: funding programmes for digitalisation in small and medium-sized businesses",
                },
                "summary": {
                    "de": "Ein kompakter Überblick über Zuschüsse und Darlehen von Stadt, Land und Bund für Software, Hardware und Beratung in kleinen Unternehmen.",
                    "en": "A compact overview of grants and loans from the city, the state and the federal government for software, hardware and consulting in small businesses.",
                },
                "description": {
                    "de": [
                        "Wer in digitale Technik investieren will, kann auf zahlreiche Förderprogramme zurückgreifen, doch der Überblick fällt schwer. Fachleute aus der städtischen Wirtschaftsförderung und dem Hub stellen die wichtigsten Programme vor und erklären, welche sich kombinieren lassen.",
                        "Anhand von zwei Beispielen aus Leipziger Betrieben zeigen sie, wie ein Antrag aufgebaut ist und welche Fehler häufig zu Ablehnungen führen.",
                    ],
                    "en": [
                        "Anyone wanting to invest in digital technology can draw on numerous funding programmes, but it is hard to keep track of them all. Experts from the city's business development office and the hub present the most important programmes and explain which can be combined.",
                        "Using two examples from businesses in Leipzig, they show how an application is structured and which mistakes frequently lead to rejection.",
                    ],
                },
                "arenas": ["wirtschaft"],
                "format": "talk",
                "target_groups": ["employees", "founders"],
                "competence_areas": ["information-data-literacy"],
                "level": "beginner",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": {
                    "de": "Die Einwahldaten erhalten Sie direkt nach der Anmeldung. Die Folien schicken wir allen Angemeldeten im Anschluss zu.",
                    "en": "You will receive the dial-in details straight after registering. We send the slides to everyone registered afterwards.",
                },
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/smart-infrastructure-hub/foerderung",
                "registration_email": None,
                "registration_deadline_days": None,
                "accessibility": None,
                "contact": {
                    "name": "Dr. Eva Brandt",
                    "email": "gruendung@sih.example.org",
                    "phone": "+49 341 555 0141",
                },
                "dates": [[-2, "11:00", 75]],
            },
            {
                "slug": "prototyping-labor-internet-der-dinge",
                "slug_en": "prototyping-lab-internet-of-things",
                "title": {
                    "de": "Prototyping-Labor: Internet der Dinge für Start-ups",
                    "en": "Prototyping lab: Internet of Things for start-ups",
                },
                "summary": {
                    "de": "Zwei Labortage, in denen Gründungsteams mit Sensoren, Funknetzen und Cloud-Diensten einen funktionsfähigen Prototyp für ihre Idee bauen.",
                    "en": "Two lab days in which founding teams use sensors, wireless networks and cloud services to build a working prototype for their idea.",
                },
                "description": {
                    "de": [
                        "Viele Ideen für die vernetzte Stadt scheitern nicht am Konzept, sondern an der ersten funktionierenden Version. Im Labor stehen Entwicklungsboards, Sensoren aller Art und ein Testzugang zum städtischen Funknetz für Sensoren bereit.",
                        "Ingenieurinnen und Ingenieure aus den Partnerunternehmen des Hubs begleiten die Teams. Ziel ist ein Prototyp, der echte Messwerte liefert und in einem Pitch vorgeführt werden kann. Erfahrung mit Programmierung wird vorausgesetzt.",
                    ],
                    "en": [
                        "Many ideas for the connected city fail not because of the concept but because of the first working version. The lab provides development boards, all kinds of sensors and test access to the city's wireless sensor network.",
                        "Engineers from the hub's partner companies support the teams. The goal is a prototype that delivers real readings and can be demonstrated in a pitch. Programming experience is required.",
                    ],
                },
                "arenas": ["wirtschaft", "wissenschaft"],
                "format": "lab",
                "target_groups": ["founders", "students"],
                "competence_areas": ["problem-solving", "digital-content-creation"],
                "level": "advanced",
                "language": "en",
                "mode": "on_site",
                "venue": _VENUE_SIH,
                "online_note": None,
                "price": "120.00",
                "price_note": {
                    "de": "Preis pro Person, Material und Verpflegung inklusive.",
                    "en": "Price per person, materials and catering included.",
                },
                "registration_url": "https://www.example.org/smart-infrastructure-hub/iot-lab",
                "registration_email": None,
                "registration_deadline_days": 14,
                "accessibility": _ACCESS_SIH,
                "contact": {
                    "name": "Niklas Berger",
                    "email": "programme@sih.example.org",
                    "phone": "+49 341 555 0142",
                },
                "dates": [[125, "09:00", 480], [126, "09:00", 480]],
            },
        ],
    },
    # -----------------------------------------------------------------------
    # 15. Medienpädagogisches Zentrum Leipzig (administration: municipal media centre)
    # -----------------------------------------------------------------------
    {
        "slug": "medienpaedagogisches-zentrum-leipzig",
        "kind": "administration",
        "name": {
            "de": "Medienpädagogisches Zentrum der Stadt Leipzig",
            "en": "Media Education Centre of the City of Leipzig",
        },
        "description": {
            "de": [
                "Das Medienpädagogische Zentrum ist eine Einrichtung der Stadt Leipzig und berät Schulen, Kitas und Jugendeinrichtungen bei allen Fragen rund um digitale Medien im Unterricht. Es verleiht Geräte, unterstützt bei der Auswahl von Technik und organisiert Fortbildungen.",
                "Seit alle Leipziger Schulen schrittweise mit WLAN, interaktiven Tafeln und Tablets ausgestattet werden, ist die Nachfrage nach praxisnaher Begleitung stark gestiegen. Im Digital Campus bündelt das Zentrum seine Angebote für Lehrkräfte, pädagogische Fachkräfte und Jugendliche.",
            ],
            "en": [
                "The Media Education Centre is a facility of the City of Leipzig that advises schools, day-care centres and youth facilities on all questions about digital media in education. It lends out equipment, helps with choosing technology and organises training.",
                "Since all schools in Leipzig are gradually being equipped with Wi-Fi, interactive whiteboards and tablets, demand for practical support has risen sharply. Through the Digital Campus, the centre brings together its offers for teachers, educational professionals and young people.",
            ],
        },
        "website": "https://www.example.org/mpz-leipzig",
        "street": "Prager Straße 118",
        "postcode": "04317",
        "city": "Leipzig",
        "email": "mpz@mpz.example.org",
        "phone": "+49 341 555 0150",
        "offers": [
            {
                "slug": "tablets-im-grundschulunterricht",
                "slug_en": "tablets-in-primary-school-lessons",
                "title": {
                    "de": "Tablets im Grundschulunterricht",
                    "en": "Tablets in primary school lessons",
                },
                "summary": {
                    "de": "Ein praxisnaher Nachmittag für Grundschullehrkräfte: Lern-Apps auswählen, Erklärfilme mit Kindern drehen und Tablets im Klassenzimmer gut organisieren.",
                    "en": "A practical afternoon for primary school teachers: choosing learning apps, making explainer films with children and organising tablets well in the classroom.",
                },
                "description": {
                    "de": [
                        "Tablets können den Unterricht bereichern, wenn sie gezielt eingesetzt werden und nicht nur Arbeitsblätter ersetzen. In der Fortbildung lernen Sie Apps kennen, mit denen Kinder eigene Hörspiele, Trickfilme und digitale Bücher gestalten.",
                        "Außerdem geht es um Organisation: Wie verteilt man Geräte schnell, wie speichert man Ergebnisse datensparsam, und welche Regeln haben sich in Leipziger Grundschulen bewährt? Die Tablets stellt das Zentrum.",
                    ],
                    "en": [
                        "Tablets can enrich lessons when they are used purposefully and do not just replace worksheets. In this training you get to know apps that children can use to create their own audio plays, animated films and digital books.",
                        "Organisation is covered too: how do you hand out devices quickly, how do you store results with minimal data, and which rules have proved their worth in Leipzig's primary schools? The centre provides the tablets.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "workshop",
                "target_groups": ["teachers"],
                "competence_areas": ["digital-content-creation"],
                "level": "beginner",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_MPZ,
                "online_note": None,
                "price": "25.00",
                "price_note": {
                    "de": "Lehrkräfte an Leipziger Schulen in städtischer Trägerschaft nehmen kostenfrei teil.",
                    "en": "Teachers at schools run by the City of Leipzig take part free of charge.",
                },
                "registration_url": "https://www.example.org/mpz-leipzig/fortbildungen/tablets-grundschule",
                "registration_email": None,
                "registration_deadline_days": 7,
                "accessibility": _ACCESS_MPZ,
                "contact": {
                    "name": "Franziska Schmid",
                    "email": "fortbildung@mpz.example.org",
                    "phone": "+49 341 555 0151",
                },
                "dates": [[108, "14:30", 180]],
            },
            {
                "slug": "interaktive-displays-sinnvoll-einsetzen",
                "slug_en": "making-good-use-of-interactive-displays",
                "title": {
                    "de": "Interaktive Displays sinnvoll einsetzen",
                    "en": "Making good use of interactive displays",
                },
                "summary": {
                    "de": "Zwei Online-Nachmittage für Lehrkräfte der Sekundarstufe: Tafelbilder vorbereiten, Schülerergebnisse einbinden und Medien im Unterricht flüssig nutzen.",
                    "en": "Two online afternoons for secondary school teachers: preparing board work, including students' results and using media smoothly in lessons.",
                },
                "description": {
                    "de": [
                        "In vielen Klassenzimmern hängen inzwischen große Touch-Displays, doch oft werden sie nur als Projektor genutzt. Der Kurs zeigt, wie Sie Tafelbilder vorbereiten und speichern, Ergebnisse von Schülergeräten auf das Display holen und Videos, Simulationen und Karten ohne lange Ladezeiten einbinden.",
                        "Zwischen den Terminen probieren Sie die Funktionen in Ihrer Schule aus. Im zweiten Termin sammeln wir Fragen und Lösungen aus der Praxis.",
                    ],
                    "en": [
                        "Many classrooms now have large touch displays, but they are often used merely as projectors. The course shows you how to prepare and save board work, bring results from students' devices onto the display and embed videos, simulations and maps without long loading times.",
                        "Between the sessions you try out the features at your school. In the second session we collect questions and solutions from everyday practice.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "online-course",
                "target_groups": ["teachers"],
                "competence_areas": ["digital-content-creation", "communication-collaboration"],
                "level": "intermediate",
                "language": "de",
                "mode": "online",
                "venue": None,
                "online_note": _ONLINE_LINK_BY_MAIL,
                "price": None,
                "price_note": None,
                "registration_url": "https://www.example.org/mpz-leipzig/fortbildungen/displays",
                "registration_email": None,
                "registration_deadline_days": 3,
                "accessibility": None,
                "contact": {
                    "name": "Franziska Schmid",
                    "email": "fortbildung@mpz.example.org",
                    "phone": "+49 341 555 0151",
                },
                "dates": [[50, "15:00", 120], [57, "15:00", 120]],
            },
            {
                "slug": "medienscouts-ausbildung",
                "slug_en": "media-scouts-training",
                "title": {
                    "de": "Medienscouts: Jugendliche beraten Jugendliche",
                    "en": "Media scouts: young people advising young people",
                },
                "summary": {
                    "de": "Schülerinnen und Schüler der Klassen 8 bis 10 werden zu Ansprechpersonen für Fragen rund um Cybermobbing, Privatsphäre und Social Media an ihrer Schule.",
                    "en": "Students in years 8 to 10 become go-to people at their school for questions about cyberbullying, privacy and social media.",
                },
                "description": {
                    "de": [
                        "Bei Problemen im Netz wenden sich Jugendliche eher an Gleichaltrige als an Erwachsene. Die Ausbildung bereitet sie darauf vor: Sie lernen, wie Privatsphäre-Einstellungen funktionieren, was bei Cybermobbing hilft und wo es professionelle Unterstützung gibt.",
                        "In Rollenspielen üben die Medienscouts Beratungsgespräche und planen eine eigene Aktion für ihre Schule, etwa einen Workshop für jüngere Klassen. Jede Schule entsendet zwei bis vier Jugendliche und eine begleitende Lehrkraft.",
                    ],
                    "en": [
                        "When something goes wrong online, young people are more likely to turn to their peers than to adults. The training prepares them for this: they learn how privacy settings work, what helps with cyberbullying and where professional support is available.",
                        "In role plays, the media scouts practise advice conversations and plan their own activity for their school, such as a workshop for younger classes. Each school sends two to four students and an accompanying teacher.",
                    ],
                },
                "arenas": ["bildung"],
                "format": "course",
                "target_groups": ["pupils"],
                "competence_areas": ["safety", "communication-collaboration"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_MPZ,
                "online_note": None,
                "price": None,
                "price_note": None,
                "registration_url": None,
                "registration_email": "medienscouts@mpz.example.org",
                "registration_deadline_days": 21,
                "accessibility": _ACCESS_MPZ,
                "contact": {
                    "name": "Patrick Meier",
                    "email": "medienscouts@mpz.example.org",
                    "phone": "+49 341 555 0152",
                },
                "dates": [[102, "09:00", 360], [109, "09:00", 360], [116, "09:00", 360]],
            },
            {
                "slug": "fachtag-digitale-bildung-leipzig",
                "slug_en": "digital-education-conference-leipzig",
                "title": {
                    "de": "Fachtag Digitale Bildung Leipzig",
                    "en": "Leipzig Digital Education Conference",
                },
                "summary": {
                    "de": "Der jährliche Fachtag bringt Lehrkräfte, Schulträger, Hochschulen und Initiativen zusammen, mit Vorträgen, Praxisforen und einem Markt der Möglichkeiten.",
                    "en": "The annual conference brings together teachers, school authorities, universities and initiatives, with talks, practical forums and an exhibition of ideas.",
                },
                "description": {
                    "de": [
                        "Der Fachtag ist das größte Treffen rund um digitale Bildung in der Region. Nach einem Eröffnungsvortrag aus der Bildungsforschung verteilen sich die Teilnehmenden auf über 20 Foren, in denen Schulen ihre Erfahrungen teilen, von der Tabletklasse bis zum schulinternen Medienkonzept.",
                        "Im Foyer stellen Hochschulen, Bibliotheken, Vereine und Verwaltung ihre Angebote vor. Die Teilnahme wird als Fortbildung anerkannt.",
                    ],
                    "en": [
                        "The conference is the largest gathering on digital education in the region. After an opening keynote from educational research, participants split into more than 20 forums in which schools share their experiences, from tablet classes to school-wide media concepts.",
                        "In the foyer, universities, libraries, associations and the administration present what they offer. Attendance is recognised as professional development.",
                    ],
                },
                "arenas": ["bildung", "wissenschaft"],
                "format": "event",
                "target_groups": ["teachers", "public-administration"],
                "competence_areas": ["communication-collaboration"],
                "level": "intermediate",
                "language": "de",
                "mode": "on_site",
                "venue": _VENUE_KONGRESSHALLE,
                "online_note": None,
                "price": "30.00",
                "price_note": {
                    "de": "Inklusive Mittagessen. Lehramtsstudierende zahlen 10 Euro.",
                    "en": "Includes lunch. Student teachers pay 10 euros.",
                },
                "registration_url": "https://www.example.org/mpz-leipzig/fachtag",
                "registration_email": None,
                "registration_deadline_days": 21,
                "accessibility": _ACCESS_KONGRESSHALLE,
                "contact": {
                    "name": "Dr. Ulrike Becker",
                    "email": "fachtag@mpz.example.org",
                    "phone": "+49 341 555 0153",
                },
                "dates": [[160, "09:00", 420]],
            },
        ],
    },
]
