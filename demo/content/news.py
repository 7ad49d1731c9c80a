"""Demo news items for the Digital Campus Leipzig.

Pure data: no Django imports. day_offset is the publication date in days
relative to the day the loader runs (always in the past). Names of people
quoted here are fictional.
"""

NEWS = [
    {
        "slug": "digital-campus-leipzig-geht-online",
        "slug_en": "digital-campus-leipzig-goes-online",
        "day_offset": -85,
        "arenas": ["bildung", "stadtgesellschaft"],
        "title": {
            "de": "Digital Campus Leipzig geht online",
            "en": "Digital Campus Leipzig goes online",
        },
        "teaser": {
            "de": "Ab sofort finden alle, die in Leipzig digitale Fähigkeiten erwerben wollen, die Angebote von Hochschulen, Volkshochschule, Unternehmen und Vereinen an einem Ort.",
            "en": "From now on, anyone in Leipzig who wants to gain digital skills can find the offers of universities, the adult education centre, companies and associations in one place.",
        },
        "body": {
            "de": [
                "Die neue Plattform des Digital Campus Leipzig ist freigeschaltet. Zum Start sind 15 Einrichtungen mit fast 70 Kursen, Workshops, Vorträgen und Laboren vertreten, von der Smartphone-Sprechstunde in der Stadtbibliothek bis zur Summer School für Data Science.",
                "Bisher mussten Interessierte die Programme vieler Anbieter einzeln durchsuchen. Jetzt lassen sich alle Angebote nach Zielgruppe, Niveau, Format und Kompetenzbereich filtern. Die Kompetenzbereiche folgen dem europäischen Referenzrahmen DigComp, damit Teilnehmende besser einschätzen können, welche Fähigkeiten sie stärken.",
                "Die Plattform ist zweisprachig, kommt ohne Tracking aus und wurde mit Screenreadern und reiner Tastaturbedienung getestet. Weitere Anbieter können sich jederzeit beim Campusbüro melden, um ihre Angebote einzustellen.",
            ],
            "en": [
                "The new Digital Campus Leipzig platform is live. At launch, 15 institutions are taking part with almost 70 courses, workshops, talks and labs, from the smartphone help desk at the public library to the data science summer school.",
                "Until now, anyone interested had to search through many providers' programmes one by one. Now all offers can be filtered by target group, level, format and competence area. The competence areas follow the European DigComp framework so that participants can better judge which skills they are building.",
                "The platform is bilingual, works without tracking and has been tested with screen readers and keyboard-only navigation. Further providers can contact the campus office at any time to list their offers.",
            ],
        },
    },
    {
        "slug": "campus-raum-in-der-innenstadt-eroeffnet",
        "slug_en": "campus-space-opens-in-the-city-centre",
        "day_offset": -72,
        "arenas": ["stadtgesellschaft", "bildung"],
        "title": {
            "de": "Ein Ort zum Ausprobieren: Campus-Raum in der Innenstadt eröffnet",
            "en": "A place to try things out: campus space opens in the city centre",
        },
        "teaser": {
            "de": "In einem früheren Ladengeschäft nahe dem Markt hat der Digital Campus einen ersten physischen Treffpunkt für Workshops, Sprechstunden und Ausstellungen eröffnet.",
            "en": "In a former shop near the market square, the Digital Campus has opened its first physical meeting point for workshops, help desks and exhibitions.",
        },
        "body": {
            "de": [
                "Der Digital Campus soll nicht nur im Netz stattfinden. Deshalb steht ab sofort ein heller Raum mit großen Schaufenstern in der Innenstadt zur Verfügung, den alle beteiligten Einrichtungen für eigene Formate buchen können. Ausgestattet ist er mit Präsentationstechnik, mobilen Möbeln, Leihgeräten und einer kleinen Werkbank.",
                "In den ersten Wochen zeigt eine Ausstellung, wie digitale Zwillinge die Stadtplanung verändern. Dienstags und donnerstags bieten Ehrenamtliche eine offene Technik-Sprechstunde an, samstags finden Familien-Workshops statt.",
                "Der Raum ist zunächst für ein Jahr angemietet. Die Erfahrungen sollen zeigen, wie ein dauerhafter Campus-Standort aussehen muss, damit er von möglichst vielen Menschen genutzt wird.",
            ],
            "en": [
                "The Digital Campus is not meant to exist only online. That is why a bright room with large shop windows in the city centre is now available, which all participating institutions can book for their own formats. It is equipped with presentation technology, mobile furniture, loan devices and a small workbench.",
                "For the first few weeks, an exhibition shows how digital twins are changing urban planning. On Tuesdays and Thursdays volunteers run an open tech help desk, and family workshops take place on Saturdays.",
                "The space has initially been rented for one year. The experience gained should show what a permanent campus location needs to look like to be used by as many people as possible.",
            ],
        },
    },
    {
        "slug": "expertenkommission-zieht-zwischenbilanz",
        "slug_en": "expert-commission-takes-stock",
        "day_offset": -61,
        "arenas": ["wissenschaft", "wirtschaft"],
        "title": {
            "de": "Expertenkommission Digitale Stadt zieht Zwischenbilanz",
            "en": "Digital City Expert Commission takes stock",
        },
        "teaser": {
            "de": "In ihrer jüngsten Sitzung hat die Expertenkommission Digitale Stadt über die ersten Erfahrungen mit dem Digital Campus beraten und Empfehlungen für das kommende Jahr formuliert.",
            "en": "At its latest meeting, the Digital City Expert Commission discussed the first experiences with the Digital Campus and made recommendations for the coming year.",
        },
        "body": {
            "de": [
                "Der Digital Campus gehört zu den wichtigsten Vorhaben der Expertenkommission Digitale Stadt, in der Fachleute aus Hochschulen, Unternehmen, kommunalen Betrieben und Stadtgesellschaft die Stadt beraten. Eine Arbeitsgruppe aus Hochschulen, Bildungsträgern, der Leipziger Gruppe und der Stadtverwaltung treibt das Projekt voran.",
                "In ihrer Sitzung zeigte sich die Kommission zufrieden mit dem Start, mahnte aber eine stärkere Beteiligung kleiner Betriebe und des Handwerks an. Gerade dort fehle häufig die Zeit, sich mit Digitalisierung zu beschäftigen, obwohl der Bedarf an Fachkräften mit digitalem Wissen groß sei.",
                "Die Kommission empfiehlt außerdem, Angebote künftig stärker in den Stadtteilen anzubieten und Lernergebnisse besser sichtbar zu machen, etwa durch gemeinsame Teilnahmebescheinigungen aller Anbieter.",
                "Die Arbeitsgruppe will die Empfehlungen in den kommenden Monaten prüfen und einen Fahrplan für die nächste Ausbaustufe des Campus vorlegen.",
            ],
            "en": [
                "The Digital Campus is one of the key projects of the Digital City Expert Commission, in which experts from universities, companies, municipal enterprises and civil society advise the city. A working group of universities, education providers, the Leipziger Gruppe and the city administration is driving the project forward.",
                "At its meeting, the commission was pleased with the start but called for greater involvement of small businesses and skilled trades. These are often where time to engage with digitalisation is lacking, even though demand for skilled workers with digital know-how is high.",
                "The commission also recommends offering more activities in the neighbourhoods and making learning outcomes more visible, for example through joint certificates of attendance from all providers.",
                "The working group intends to review the recommendations over the coming months and present a roadmap for the next stage of the campus.",
            ],
        },
    },
    {
        "slug": "smart-city-challenge-gewinnerteams",
        "slug_en": "smart-city-challenge-winning-teams",
        "day_offset": -50,
        "arenas": ["wirtschaft", "stadtgesellschaft"],
        "title": {
            "de": "Smart City Challenge: drei Teams setzen ihre Ideen mit der Stadt um",
            "en": "Smart City Challenge: three teams will put their ideas into practice with the city",
        },
        "teaser": {
            "de": "Eine App für freie Plätze in Sporthallen, Sensoren für durstige Stadtbäume und ein barrierefreier Gebäudeführer haben die Jury überzeugt.",
            "en": "An app showing free slots in sports halls, sensors for thirsty street trees and an accessible building guide won over the jury.",
        },
        "body": {
            "de": [
                "Beim Finale der Smart City Challenge im Smart Infrastructure Hub präsentierten zwölf Teams ihre Lösungen für Fragestellungen aus der Stadtverwaltung. Drei von ihnen erhalten nun die Möglichkeit, ihre Prototypen gemeinsam mit den zuständigen Ämtern im Alltag zu erproben.",
                "Ein Team aus Studierenden der HTWK entwickelt eine Anwendung, die zeigt, wann städtische Sporthallen noch Kapazitäten haben. Ein junges Unternehmen aus Plagwitz stattet Jungbäume mit günstigen Bodenfeuchtesensoren aus, damit Gießeinsätze gezielter geplant werden können.",
                "Der dritte Preis ging an eine Gruppe aus der Datenwerkstatt, die Informationen über Stufen, Aufzüge und Toiletten in öffentlichen Gebäuden zusammenführt und verständlich darstellt. Alle drei Projekte sollen in einem halben Jahr öffentlich vorgestellt werden.",
            ],
            "en": [
                "At the final of the Smart City Challenge at the Smart Infrastructure Hub, twelve teams presented their solutions to questions raised by the city administration. Three of them will now be able to test their prototypes in everyday use together with the responsible offices.",
                "A team of HTWK students is developing an application that shows when municipal sports halls still have free capacity. A young company from Plagwitz is fitting young trees with low-cost soil moisture sensors so that watering can be planned more precisely.",
                "The third prize went to a group from the Datenwerkstatt that brings together information on steps, lifts and toilets in public buildings and presents it clearly. All three projects are due to be presented publicly in six months.",
            ],
        },
    },
    {
        "slug": "hochschulen-oeffnen-weiterbildung-fuer-die-verwaltung",
        "slug_en": "universities-open-further-training-to-public-administration",
        "day_offset": -40,
        "arenas": ["bildung", "wissenschaft"],
        "title": {
            "de": "Hochschulen öffnen Weiterbildungsmodule für die Verwaltung",
            "en": "Universities open further training modules to public administration",
        },
        "teaser": {
            "de": "Universität Leipzig, HTWK und Stadt haben vereinbart, dass Beschäftigte der Verwaltung ausgewählte Module zu Daten, KI und IT-Sicherheit belegen können.",
            "en": "Leipzig University, HTWK and the city have agreed that administrative staff can take selected modules on data, AI and IT security.",
        },
        "body": {
            "de": [
                "Die Stadtverwaltung braucht für ihre Digitalisierungsvorhaben mehr Beschäftigte, die Daten auswerten, Projekte steuern und neue Technik bewerten können. Statt eigene Lehrgänge aufzubauen, nutzt sie künftig die Weiterbildungsangebote der Leipziger Hochschulen.",
                "Zum Start stehen zwölf Module offen, darunter Grundlagen der Datenanalyse, Informationssicherheit, Projektmanagement in IT-Vorhaben und ein Kurs zu rechtlichen Fragen Künstlicher Intelligenz. Die Module schließen mit einem Zertifikat ab und können später auf einen berufsbegleitenden Abschluss angerechnet werden.",
                "Im Gegenzug bringen Fachleute der Verwaltung Praxisfälle in die Lehre ein. Studierende sollen so früh erfahren, wie vielfältig die Aufgaben in einer digitalen Stadtverwaltung sind, und die Stadt als Arbeitgeberin kennenlernen.",
            ],
            "en": [
                "For its digitalisation projects, the city administration needs more staff who can analyse data, manage projects and assess new technology. Instead of creating its own training programmes, it will draw on the further education offered by Leipzig's universities.",
                "At the start, twelve modules are open, including the basics of data analysis, information security, project management in IT projects and a course on legal questions around artificial intelligence. The modules end with a certificate and can later count towards a part-time degree.",
                "In return, administrative experts contribute practical cases to teaching. This is meant to show students early on how varied the work in a digital city administration is and to introduce them to the city as an employer.",
            ],
        },
    },
    {
        "slug": "gebrauchte-laptops-fuer-digitale-teilhabe",
        "slug_en": "used-laptops-for-digital-inclusion",
        "day_offset": -33,
        "arenas": ["stadtgesellschaft"],
        "title": {
            "de": "Gebrauchte Laptops für digitale Teilhabe: Spendenaktion gestartet",
            "en": "Used laptops for digital inclusion: donation campaign launched",
        },
        "teaser": {
            "de": "Unternehmen, Behörden und Privatleute können ausgemusterte Geräte spenden. Ehrenamtliche bereiten sie auf und geben sie an Menschen mit geringem Einkommen weiter.",
            "en": "Companies, public bodies and private individuals can donate devices they no longer need. Volunteers refurbish them and pass them on to people on low incomes.",
        },
        "body": {
            "de": [
                "Wer keinen Computer hat, kann sich kaum online bewerben, keine Termine buchen und nicht an Online-Kursen teilnehmen. Gleichzeitig lagern in Büros und Kellern viele Geräte, die noch gut funktionieren. Die neue Spendenaktion bringt beides zusammen.",
                "Die Werkbank Lindenau und weitere Vereine löschen die gespendeten Festplatten sicher, tauschen verschlissene Teile und installieren freie Software. Die aufbereiteten Laptops gehen kostenlos an Menschen mit Leipzig-Pass, die sie über Beratungsstellen und Stadtteilbibliotheken beantragen können.",
                "Die Stadtverwaltung beteiligt sich mit ausgemusterter Bürotechnik. Wer spenden möchte, kann Geräte mit Netzteil während der Öffnungszeiten der Werkbank abgeben oder für größere Mengen eine Abholung vereinbaren.",
            ],
            "en": [
                "Without a computer, it is hard to apply for jobs online, book appointments or take part in online courses. At the same time, many devices that still work well are gathering dust in offices and basements. The new donation campaign brings the two together.",
                "Werkbank Lindenau and other associations securely wipe the donated hard drives, replace worn parts and install free software. The refurbished laptops are given free of charge to people with a Leipzig-Pass, who can apply for them through advice centres and branch libraries.",
                "The city administration is contributing decommissioned office equipment. Anyone wishing to donate can drop off devices with their power supply during the Werkbank's opening hours or arrange a collection for larger quantities.",
            ],
        },
    },
    {
        "slug": "open-data-day-bilanz",
        "slug_en": "open-data-day-review",
        "day_offset": -27,
        "arenas": ["stadtgesellschaft", "wissenschaft"],
        "title": {
            "de": "Open Data Day: Trinkwasser, Schulwege und Stadtbäume",
            "en": "Open Data Day: drinking water, school routes and street trees",
        },
        "teaser": {
            "de": "Rund 120 Menschen haben beim Open Data Day in Lindenau mit städtischen Daten gearbeitet. Entstanden sind neun Projekte, drei davon werden weitergeführt.",
            "en": "Around 120 people worked with municipal data at Open Data Day in Lindenau. Nine projects were created, and three of them will be continued.",
        },
        "body": {
            "de": [
                "So voll war es in den Räumen der Datenwerkstatt selten: Studierende, Rentnerinnen, Schüler und Beschäftigte aus Ämtern saßen gemeinsam an Laptops und großen ausgedruckten Karten. Das Referat Digitale Stadt hatte eigens mehrere neue Datensätze veröffentlicht, darunter die Standorte öffentlicher Trinkbrunnen.",
                "Eine Gruppe verglich die Wege zu Grundschulen mit Unfalldaten und markierte Kreuzungen, an denen Kinder besonders gefährdet sind. Eine andere Gruppe baute eine Karte der Stadtbäume, auf der man sehen kann, wann in der Nachbarschaft zuletzt gegossen wurde.",
                "Die Ergebnisse sind als offener Quellcode veröffentlicht. Wer sich an den weitergeführten Projekten beteiligen möchte, ist beim monatlichen Civic-Tech-Abend willkommen.",
            ],
            "en": [
                "The Datenwerkstatt's rooms have rarely been so full: students, pensioners, school pupils and employees of municipal offices sat together at laptops and large printed maps. The Digital City Unit had published several new data sets especially for the day, including the locations of public drinking fountains.",
                "One group compared routes to primary schools with accident data and marked junctions where children are particularly at risk. Another group built a map of street trees that shows when the trees in your neighbourhood were last watered.",
                "The results have been published as open source code. Anyone who wants to get involved in the projects that continue is welcome at the monthly civic tech evening.",
            ],
        },
    },
    {
        "slug": "umfrage-digitale-kompetenzen-in-leipzig",
        "slug_en": "survey-digital-skills-in-leipzig",
        "day_offset": -12,
        "arenas": ["bildung", "wirtschaft"],
        "title": {
            "de": "Umfrage: Welche digitalen Fähigkeiten Leipzigerinnen und Leipziger lernen wollen",
            "en": "Survey: which digital skills people in Leipzig want to learn",
        },
        "teaser": {
            "de": "Mehr als 2.000 Menschen haben an der Umfrage des Digital Campus teilgenommen. Ganz oben auf der Wunschliste stehen Sicherheit im Netz und der Umgang mit KI.",
            "en": "More than 2,000 people took part in the Digital Campus survey. Online safety and working with AI top the wish list.",
        },
        "body": {
            "de": [
                "Im Auftrag der Campus-Arbeitsgruppe hat das Leipziger Institut für Angewandte Datenwissenschaft Bürgerinnen, Beschäftigte und Unternehmen befragt. Zwei von drei Befragten wünschen sich Angebote zu Sicherheit und Datenschutz, knapp die Hälfte möchte lernen, KI-Werkzeuge sinnvoll einzusetzen.",
                "Auffällig sind die Unterschiede zwischen den Gruppen: Unternehmen suchen vor allem Weiterbildungen zu Datenanalyse und IT-Sicherheit für ihre Belegschaft, während ältere Menschen persönliche Begleitung im Alltag wünschen. Viele Befragte gaben an, dass ihnen Angebote in der Nähe ihrer Wohnung wichtiger sind als ein zentraler Ort.",
                "Die Anbieter des Campus wollen ihr Programm für das kommende Halbjahr an den Ergebnissen ausrichten. Der vollständige Bericht und die anonymisierten Daten stehen im Open-Data-Portal zur Verfügung.",
            ],
            "en": [
                "On behalf of the campus working group, the Leipzig Institute for Applied Data Science surveyed residents, employees and businesses. Two out of three respondents would like offers on security and data protection, and almost half want to learn how to use AI tools sensibly.",
                "The differences between groups are striking: companies mainly look for further training in data analysis and IT security for their workforce, while older people want personal support in everyday life. Many respondents said that offers close to home matter more to them than a central location.",
                "The campus providers plan to align their programme for the coming half-year with the results. The full report and the anonymised data are available on the open data portal.",
            ],
        },
    },
]
