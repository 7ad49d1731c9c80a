"""Demo content for the home page, arena pages, index pages, standard pages
and the feedback form of the Digital Campus Leipzig.

Pure data: no Django imports. Every text exists in German ("de") and
English ("en"). All contact details are fictional (example.org).
"""

HOME = {
    "title": {"de": "Digital Campus Leipzig", "en": "Digital Campus Leipzig"},
    "intro": {
        "de": "Digitale Fähigkeiten für alle in Leipzig: Hochschulen, Volkshochschule, Unternehmen, Vereine und Stadt zeigen hier gemeinsam, wo Sie lernen, ausprobieren und mitgestalten können.",
        "en": "Digital skills for everyone in Leipzig: universities, the adult education centre, businesses, associations and the city show together where you can learn, experiment and help shape the future.",
    },
    "body": {
        "de": [
            "Ob Smartphone-Kurs im Stadtteil, Workshop zu IT-Sicherheit im Betrieb oder Summer School für Datenwissenschaft: In Leipzig gibt es viele gute Angebote rund um Digitalisierung, doch bisher waren sie über Dutzende Websites verstreut. Der Digital Campus bündelt sie an einem Ort und macht sie nach Zielgruppe, Niveau und Thema auffindbar.",
            "Hinter dem Campus steht ein Netzwerk aus Hochschulen, Forschungseinrichtungen, Bildungsträgern, kommunalen Unternehmen, Vereinen und der Stadtverwaltung. Angestoßen wurde er von der Expertenkommission Digitale Stadt. Die Partner öffnen ihre Kurse füreinander, entwickeln neue Formate gemeinsam und teilen Räume, Geräte und Wissen.",
            "Der Campus ist zugleich Plattform und Treffpunkt. Online finden Sie das Programm, vor Ort gibt es Werkstätten, Labore und Sprechstunden, in denen Digitalisierung greifbar wird. Vier Arenen ordnen das Angebot: Wirtschaft, Stadtgesellschaft, Bildung und Wissenschaft.",
        ],
        "en": [
            "Whether it is a smartphone course in your neighbourhood, a workshop on IT security at work or a summer school in data science, Leipzig has many good offers related to digitalisation, but until now they were scattered across dozens of websites. The Digital Campus brings them together in one place and makes them easy to find by target group, level and topic.",
            "The campus is backed by a network of universities, research institutions, education providers, municipal companies, associations and the city administration. It was initiated by the Digital City Expert Commission. The partners open their courses to one another, develop new formats together and share rooms, equipment and know-how.",
            "The campus is both a platform and a meeting place. Online you will find the programme; on site there are workshops, labs and help desks where digitalisation becomes tangible. Four arenas structure what is on offer: economy, civil society, education and science.",
        ],
    },
}

ARENAS = {
    "wirtschaft": {
        "slug_en": "economy",
        "title": {"de": "Wirtschaft", "en": "Economy"},
        "tagline": {"de": "Umsetzung + Anwendung", "en": "Implementation + Application"},
        "intro": {
            "de": "In der Arena Wirtschaft geht es darum, digitale Ideen in Betrieben, Start-ups und kommunalen Unternehmen tatsächlich umzusetzen. Hier finden Beschäftigte, Auszubildende und Gründungsteams Weiterbildung, Beratung und Räume zum Ausprobieren.",
            "en": "The economy arena is about actually putting digital ideas into practice in businesses, start-ups and municipal companies. Here, employees, trainees and founding teams find further training, advice and spaces to try things out.",
        },
        "body": {
            "de": [
                "Leipzig setzt in seiner Wirtschaftsförderung auf zukunftsfähige Branchen wie Energie, Mobilität, Gesundheit und Informationstechnik. Viele Unternehmen arbeiten eng mit Hochschulen und Instituten zusammen, und neue Firmen entstehen oft genau an diesen Schnittstellen.",
                "Gleichzeitig steht die Region vor einem tiefgreifenden Wandel: Mit dem Ende der Braunkohle verändern sich ganze Wertschöpfungsketten. Die Digitalisierung eröffnet dabei neue Geschäftsfelder, verlangt aber Fachkräfte, die mit Daten, vernetzten Maschinen und sicheren IT-Systemen umgehen können.",
                "Die Angebote dieser Arena reichen vom Kurs zu IT-Sicherheit für kleine Betriebe über Lernfabriken und Prototyping-Labore bis zur Gründungsberatung. Ziel ist ein Umfeld, in dem Ideen schnell erprobt und bis zu einem marktreifen Produkt weiterentwickelt werden können.",
            ],
            "en": [
                "In its economic development, Leipzig focuses on future-oriented sectors such as energy, mobility, health and information technology. Many companies work closely with universities and institutes, and new firms often emerge precisely at these interfaces.",
                "At the same time, the region faces profound change: with the end of lignite mining, entire value chains are shifting. Digitalisation opens up new business areas but requires skilled workers who can handle data, connected machines and secure IT systems.",
                "The offers in this arena range from IT security courses for small businesses to learning factories and prototyping labs and on to advice for founders. The aim is an environment in which ideas can be tested quickly and developed into products ready for the market.",
            ],
        },
    },
    "stadtgesellschaft": {
        "slug_en": "civil-society",
        "title": {"de": "Stadtgesellschaft", "en": "Civil society"},
        "tagline": {"de": "Rückmeldung + Beteiligung", "en": "Feedback + Participation"},
        "intro": {
            "de": "Die Arena Stadtgesellschaft richtet sich an alle, die in Leipzig leben und die digitale Stadt mitgestalten wollen. Vereine, Initiativen und Nachbarschaften finden hier Wissen, Werkzeuge und Gelegenheiten, sich einzubringen.",
            "en": "The civil society arena is for everyone who lives in Leipzig and wants to help shape the digital city. Associations, initiatives and neighbourhoods find knowledge, tools and opportunities to get involved here.",
        },
        "body": {
            "de": [
                "Leipzig versteht sich seit jeher als Bürgerstadt, in der viele Menschen ihre Freizeit in Vereine, Initiativen und Nachbarschaftsprojekte stecken. Der Digital Campus knüpft an dieses Engagement an und bietet einen Ort, an dem über die Digitalisierung der eigenen Stadt gesprochen und gestritten werden kann.",
                "Wer mitreden will, muss verstehen, wie Daten, Algorithmen und Plattformen funktionieren. Deshalb gibt es hier offene Sprechstunden, Kurse zu Sicherheit im Netz, Werkstätten zu offenen Daten und Diskussionsabende über soziale, ökologische und ethische Fragen der Technik.",
                "Ebenso wichtig ist der Rückkanal: In Bürgerwerkstätten, Hackathons und Befragungen sagen Leipzigerinnen und Leipziger, wie gut digitale Angebote der Stadt für sie funktionieren. Diese Rückmeldungen fließen in die Weiterentwicklung der Dienste und des Campus selbst ein.",
            ],
            "en": [
                "Leipzig has always seen itself as a city shaped by its citizens, where many people devote their spare time to associations, initiatives and neighbourhood projects. The Digital Campus builds on this commitment and offers a place to discuss and debate the digitalisation of the city.",
                "To have a say, people need to understand how data, algorithms and platforms work. That is why this arena offers open help desks, courses on staying safe online, workshops on open data and discussion evenings on the social, ecological and ethical questions raised by technology.",
                "The feedback channel matters just as much: in residents' workshops, hackathons and surveys, people in Leipzig say how well the city's digital services work for them. This feedback helps to improve the services and the campus itself.",
            ],
        },
    },
    "bildung": {
        "slug_en": "education",
        "title": {"de": "Bildung", "en": "Education"},
        "tagline": {"de": "Wissen + Fachkräfte", "en": "Knowledge + Skilled workers"},
        "intro": {
            "de": "In der Arena Bildung kommen Schulen, Hochschulen, Volkshochschule und Bibliotheken zusammen. Sie vermitteln digitale Kompetenzen vom ersten Programmierkurs bis zur berufsbegleitenden Weiterbildung.",
            "en": "The education arena brings together schools, universities, the adult education centre and libraries. They teach digital skills, from the first coding class to part-time professional training.",
        },
        "body": {
            "de": [
                "Der Bedarf an Menschen mit digitalem Wissen wächst in allen Branchen und Verwaltungen schneller, als Schulen und Hochschulen allein ihn decken können. Deshalb arbeiten die Leipziger Bildungseinrichtungen im Campus über ihre gewohnten Grenzen hinweg zusammen und öffnen Kurse für neue Zielgruppen.",
                "Erfahrungen aus Forschung und Unternehmen sowie Rückmeldungen aus der Stadtgesellschaft fließen direkt in neue Formate ein. So entstehen Angebote, die zu den tatsächlichen Anforderungen in Beruf und Alltag passen, etwa Fortbildungen für Lehrkräfte, Kurse für Auszubildende oder Programmierkurse für Ältere.",
                "Digitale Bildung bedeutet dabei mehr als Technikbedienung. Es geht auch um das Verständnis komplexer Zusammenhänge, um ethische Fragen und um die Fähigkeit, die digitale Gesellschaft gemeinsam zu gestalten.",
            ],
            "en": [
                "Demand for people with digital skills is growing in every sector and public administration faster than schools and universities alone can meet it. That is why Leipzig's educational institutions work together across their usual boundaries within the campus and open their courses to new target groups.",
                "Experience from research and business, together with feedback from civil society, feeds directly into new formats. The result is offers that match real requirements at work and in everyday life, such as training for teachers, courses for trainees or coding classes for older people.",
                "Digital education means more than operating technology. It is also about understanding complex relationships, about ethical questions and about the ability to shape the digital society together.",
            ],
        },
    },
    "wissenschaft": {
        "slug_en": "science",
        "title": {"de": "Wissenschaft", "en": "Science"},
        "tagline": {"de": "Forschung + Entwicklung", "en": "Research + Development"},
        "intro": {
            "de": "Die Arena Wissenschaft öffnet die Forschung der Leipziger Hochschulen und Institute für die Stadt. Vorträge, Labore und gemeinsame Projekte zeigen, woran geforscht wird und wie daraus Anwendungen entstehen.",
            "en": "The science arena opens up the research of Leipzig's universities and institutes to the city. Talks, labs and joint projects show what is being researched and how applications emerge from it.",
        },
        "body": {
            "de": [
                "Leipzig ist ein lebendiger Wissenschaftsstandort mit Universität, Hochschulen für angewandte Wissenschaften und zahlreichen außeruniversitären Instituten. Viele von ihnen forschen zu Fragen der Digitalisierung, von künstlicher Intelligenz über Sensorik bis zu digitalen Zwillingen von Gebäuden und Stadtquartieren.",
                "Im Digital Campus wird diese Forschung sichtbar und zugänglich. Ringvorlesungen und Science Slams erklären aktuelle Ergebnisse, Mitmachlabore laden dazu ein, selbst Daten zu erheben, und Workshops vermitteln Forschenden neue Methoden.",
                "Besonders wichtig sind Experimentierräume, in denen Forschung, Wirtschaft, Verwaltung und Stadtgesellschaft gemeinsam an Lösungen arbeiten. Was sich dort bewährt, kann von Unternehmen aufgegriffen und zu Produkten und Diensten weiterentwickelt werden.",
            ],
            "en": [
                "Leipzig is a vibrant centre of science with a university, universities of applied sciences and numerous non-university institutes. Many of them research questions of digitalisation, from artificial intelligence and sensor technology to digital twins of buildings and urban neighbourhoods.",
                "The Digital Campus makes this research visible and accessible. Lecture series and science slams explain current findings, citizen labs invite people to collect data themselves, and workshops teach researchers new methods.",
                "Experimental spaces in which research, business, administration and civil society work on solutions together are especially important. Whatever proves its worth there can be taken up by companies and developed into products and services.",
            ],
        },
    },
}

OFFER_INDEX = {
    "slug_en": "offers",
    "title": {"de": "Angebote", "en": "Offers"},
    "intro": {
        "de": "Kurse, Workshops, Vorträge, Labore und Beratungen rund um digitale Kompetenzen in Leipzig. Filtern Sie nach Arena, Format, Zielgruppe, Niveau oder Kompetenzbereich und finden Sie das passende Angebot.",
        "en": "Courses, workshops, talks, labs and consultations on digital skills in Leipzig. Filter by arena, format, target group, level or competence area to find the right offer for you.",
    },
}

NEWS_INDEX = {
    "slug_en": "news",
    "title": {"de": "Aktuelles", "en": "News"},
    "intro": {
        "de": "Neuigkeiten aus dem Digital Campus Leipzig: neue Partner und Angebote, Ergebnisse aus Projekten und Berichte von Veranstaltungen.",
        "en": "News from the Digital Campus Leipzig: new partners and offers, results from projects and reports from events.",
    },
}

STANDARD_PAGES = [
    {
        "slug": "ueber-uns",
        "slug_en": "about",
        "title": {"de": "Über den Digital Campus", "en": "About the Digital Campus"},
        "intro": {
            "de": "Der Digital Campus Leipzig ist ein gemeinsames Vorhaben von Hochschulen, Bildungsträgern, Unternehmen, Vereinen und der Stadt Leipzig.",
            "en": "The Digital Campus Leipzig is a joint initiative of universities, education providers, businesses, associations and the City of Leipzig.",
        },
        "body": {
            "de": [
                "Die Digitalisierung verändert Arbeit, Lernen und das Zusammenleben in der Stadt. Viele Beschäftigte, Auszubildende, Studierende und Lehrende brauchen dafür neue Fähigkeiten, und auch Bürgerinnen und Bürger wollen verstehen, was sich verändert, um mitreden zu können. Ein gemeinsames Angebot, das all diese Gruppen erreicht, gab es in Leipzig bisher nicht.",
                "Der Aufbau des Campus ist ein Schwerpunkt der Expertenkommission Digitale Stadt, die die Stadt Leipzig in Fragen der Digitalisierung berät. Eine Arbeitsgruppe mit Vertreterinnen und Vertretern der Leipziger Hochschulen, weiterer Bildungseinrichtungen, der Leipziger Gruppe und der Stadtverwaltung entwickelt das Vorhaben weiter.",
                "Der Campus verfolgt vier Ziele: Er bietet Bildung und Weiterbildung in vielen Formaten für unterschiedliche Zielgruppen. Er vernetzt bestehende Initiativen und fördert den Austausch von Wissen. Er verbindet eine digitale Plattform mit einem physischen Ort. Und er trägt Wissen aus Praxis und Forschung in die Stadtgesellschaft.",
                "Das Angebot ist in vier Arenen gegliedert: Wirtschaft, Stadtgesellschaft, Bildung und Wissenschaft. Jede Arena bringt eigene Partner und Schwerpunkte mit, viele Angebote verbinden mehrere Arenen miteinander.",
                "Möchten Sie als Anbieter mitmachen oder haben Sie eine Idee für ein neues Format? Schreiben Sie an campus@digitalcampus.example.org oder nutzen Sie unser Rückmeldeformular.",
            ],
            "en": [
                "Digitalisation is changing work, learning and life together in the city. Many employees, trainees, students and teachers need new skills for this, and residents also want to understand what is changing so that they can have their say. Until now, Leipzig had no joint offer that reaches all of these groups.",
                "Building the campus is a priority of the Digital City Expert Commission, which advises the City of Leipzig on digitalisation. A working group with representatives of Leipzig's universities, other educational institutions, the Leipziger Gruppe and the city administration is developing the project further.",
                "The campus pursues four goals: it provides education and further training in many formats for different target groups. It connects existing initiatives and encourages the exchange of knowledge. It combines a digital platform with a physical place. And it carries knowledge from practice and research into civil society.",
                "The programme is organised into four arenas: economy, civil society, education and science. Each arena brings its own partners and priorities, and many offers combine several arenas.",
                "Would you like to join as a provider, or do you have an idea for a new format? Write to campus@digitalcampus.example.org or use our feedback form.",
            ],
        },
    },
    {
        "slug": "impressum",
        "slug_en": "imprint",
        "title": {"de": "Impressum", "en": "Imprint"},
        "intro": {
            "de": "Angaben zum Anbieter dieser Website. Dies ist eine Demonstrationsseite, alle Kontaktdaten sind fiktiv.",
            "en": "Information about the provider of this website. This is a demonstration site, and all contact details are fictional.",
        },
        "body": {
            "de": [
                "Herausgeberin: Stadt Leipzig, Referat Digitale Stadt, Campusbüro Digital Campus Leipzig, Martin-Luther-Ring 4-6, 04109 Leipzig.",
                "Die Stadt Leipzig ist eine Körperschaft des öffentlichen Rechts und wird durch den Oberbürgermeister vertreten.",
                "Kontakt: Telefon +49 341 555 0160, E-Mail campus@digitalcampus.example.org.",
                "Inhaltlich verantwortlich: Dr. Clara Reimann, Leiterin des Campusbüros, Anschrift wie oben.",
                "Für die Inhalte der einzelnen Angebote sind die jeweiligen Anbieter verantwortlich. Das Campusbüro prüft neue Einträge vor der Veröffentlichung, kann aber für Änderungen bei Terminen, Preisen und Orten keine Gewähr übernehmen.",
                "Diese Website verweist auf Seiten anderer Anbieter. Für deren Inhalte sind ausschließlich die jeweiligen Betreiber verantwortlich.",
            ],
            "en": [
                "Publisher: City of Leipzig, Digital City Unit, Digital Campus Leipzig campus office, Martin-Luther-Ring 4-6, 04109 Leipzig, Germany.",
                "The City of Leipzig is a public-law corporation represented by the Lord Mayor.",
                "Contact: phone +49 341 555 0160, e-mail campus@digitalcampus.example.org.",
                "Responsible for content: Dr. Clara Reimann, head of the campus office, address as above.",
                "The individual providers are responsible for the content of their offers. The campus office checks new entries before publication but cannot guarantee changes to dates, prices or venues.",
                "This website links to pages of other providers. Only their respective operators are responsible for their content.",
            ],
        },
    },
    {
        "slug": "datenschutz",
        "slug_en": "privacy",
        "title": {"de": "Datenschutz", "en": "Privacy"},
        "intro": {
            "de": "Wir erheben so wenige Daten wie möglich. Wer diese Website nur liest, wird weder mit Cookies markiert noch verfolgt.",
            "en": "We collect as little data as possible. If you only read this website, you are neither tagged with cookies nor tracked.",
        },
        "body": {
            "de": [
                "Verantwortlich für die Datenverarbeitung ist die Stadt Leipzig, Referat Digitale Stadt, Campusbüro Digital Campus Leipzig, Martin-Luther-Ring 4-6, 04109 Leipzig. Den behördlichen Datenschutzbeauftragten erreichen Sie unter datenschutz@stadt-leipzig.example.org.",
                "Beim Lesen dieser Website setzen wir keine Cookies. Es gibt keine Analyse- oder Trackingwerkzeuge, keine Werbung und keine eingebundenen Inhalte Dritter wie Videos, Karten oder Schaltflächen sozialer Netzwerke.",
                "Alle Schriften, Bilder und Skripte werden von unserem eigenen Server ausgeliefert. Ihr Browser stellt beim Besuch daher keine Anfragen an andere Anbieter. Damit die Seiten übertragen werden können, verarbeitet unser Server technisch bedingt Ihre IP-Adresse; wir werten sie nicht aus und erstellen keine Nutzungsprofile.",
                "Wenn Sie das Rückmeldeformular öffnen, wird ein technisch notwendiges Sicherheits-Cookie gesetzt, das Missbrauch des Formulars verhindert. Dasselbe gilt für die Anmeldung der Redaktion im Verwaltungsbereich.",
                "Was Sie im Rückmeldeformular eingeben, speichern wir ausschließlich, um Ihre Nachricht zu bearbeiten und gegebenenfalls zu beantworten. Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 Buchst. a DSGVO. Name und E-Mail-Adresse sind freiwillig. Sobald Ihr Anliegen erledigt ist, löschen wir die Angaben, spätestens nach sechs Monaten.",
                "Anmeldungen zu Angeboten laufen nicht über diese Website, sondern direkt bei den jeweiligen Anbietern. Erst wenn Sie einem Anmeldelink folgen oder eine E-Mail schreiben, erhält der Anbieter Ihre Daten; dann gelten dessen Datenschutzhinweise.",
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht, eine Einwilligung jederzeit zu widerrufen. Außerdem können Sie sich bei der Sächsischen Datenschutz- und Transparenzbeauftragten beschweren.",
            ],
            "en": [
                "The controller responsible for data processing is the City of Leipzig, Digital City Unit, Digital Campus Leipzig campus office, Martin-Luther-Ring 4-6, 04109 Leipzig. You can reach the city's data protection officer at datenschutz@stadt-leipzig.example.org.",
                "We do not set any cookies when you read this website. There are no analytics or tracking tools, no advertising and no embedded third-party content such as videos, maps or social media buttons.",
                "All fonts, images and scripts are delivered by our own server. Your browser therefore makes no requests to other providers when you visit. To deliver the pages, our server has to process your IP address for technical reasons; we do not analyse it or create usage profiles.",
                "When you open the feedback form, a technically necessary security cookie is set to prevent misuse of the form. The same applies when the editorial team logs in to the administration area.",
                "Whatever you enter in the feedback form is stored solely in order to process your message and reply if necessary. The legal basis is your consent under Art. 6(1)(a) GDPR. Name and e-mail address are optional. We delete the information once your request has been dealt with, and after six months at the latest.",
                "Registrations for offers do not go through this website but directly to the respective providers. A provider only receives your data once you follow a registration link or write an e-mail, and its own privacy notice then applies.",
                "You have the right of access, rectification, erasure and restriction of processing, and the right to withdraw your consent at any time. You can also lodge a complaint with the Saxon Data Protection and Transparency Commissioner.",
            ],
        },
    },
]

# Help pages with a Leichte-Sprache version (demo.content.easyread.HELP_PAGES); each paragraph may
# carry a drawing beside it (demo.images.MOTIFS).
HELP_PAGES = [
    {
        "slug": "so-finden-sie-ein-angebot",
        "slug_en": "how-to-find-an-offer",
        "title": {"de": "So finden Sie ein Angebot", "en": "How to find an offer"},
        "intro": {
            "de": "Mit der Suche, den Arenen und den Filtern der Angebotsliste finden Sie schnell passende Kurse, Workshops und Sprechstunden.",
            "en": "With the search, the arenas and the filters of the list of offers you quickly find suitable courses, workshops and help desks.",
        },
        "pictures": ["laptop", None, "chat"],
        "body": {
            "de": [
                "Geben Sie oben auf jeder Seite ein Stichwort in das Suchfeld ein, etwa „Smartphone“ oder „Python“. Schon beim Tippen erscheinen Vorschläge.",
                "In der Angebotsliste grenzen Sie die Auswahl mit Filtern ein: nach Arena, Format, Zielgruppe, Niveau oder Termin. Jedes Angebot nennt Ort, Zeit, Kosten, Anmeldung und die Barrierefreiheit des Veranstaltungsorts.",
                "Wenn Sie nichts Passendes finden, schreiben Sie uns über das Rückmeldeformular. Wir geben Ihren Wunsch an die Anbieter weiter.",
            ],
            "en": [
                "Type a keyword into the search field at the top of every page, such as “smartphone” or “Python”. Suggestions appear as you type.",
                "In the list of offers, narrow the choice down with filters: by arena, format, target group, level or date. Every offer states the place, time, cost, registration and the accessibility of the venue.",
                "If you cannot find anything suitable, write to us through the feedback form. We pass your wish on to the providers.",
            ],
        },
    },
    {
        "slug": "so-machen-sie-mit",
        "slug_en": "how-to-take-part",
        "title": {"de": "So machen Sie mit", "en": "How to take part"},
        "intro": {
            "de": "Ob Sie ein Angebot besuchen, Ihre Meinung sagen oder selbst Kurse anbieten: Es gibt viele Wege, beim Digital Campus mitzumachen.",
            "en": "Whether you attend an offer, give your opinion or offer courses yourself: there are many ways to take part in the Digital Campus.",
        },
        "pictures": [None, "chat", "network"],
        "body": {
            "de": [
                "Die meisten Angebote stehen allen offen. Bei vielen reicht es, zur angegebenen Zeit vorbeizukommen; für andere melden Sie sich beim Anbieter an, per E-Mail oder über seine Website.",
                "Ihre Meinung hilft uns: Über das Rückmeldeformular sagen Sie uns, was fehlt, was gut ist und wo es Hürden gibt.",
                "Einrichtungen, Unternehmen und Vereine aus Leipzig können eigene Angebote einstellen. Schreiben Sie der Redaktion, sie richtet Ihnen ein Konto ein.",
            ],
            "en": [
                "Most offers are open to everyone. For many it is enough to come along at the time given; for others you register with the provider, by e-mail or on its website.",
                "Your opinion helps us: through the feedback form you tell us what is missing, what is good and where there are obstacles.",
                "Institutions, businesses and associations from Leipzig can publish their own offers. Write to the editorial team, and they will set up an account for you.",
            ],
        },
    },
]

FEEDBACK_FORM = {
    "slug": "rueckmeldung",
    "slug_en": "feedback",
    "title": {"de": "Rückmeldung", "en": "Feedback"},
    "intro": {
        "de": "Was fehlt im Programm, was hat Ihnen gefallen, wo sind Sie auf Hürden gestoßen? Ihre Rückmeldung hilft uns, den Digital Campus weiterzuentwickeln.",
        "en": "What is missing from the programme, what did you like, and where did you run into obstacles? Your feedback helps us develop the Digital Campus further.",
    },
    "thank_you": {
        "de": "Vielen Dank für Ihre Rückmeldung! Wir lesen jede Nachricht. Wenn Sie uns Ihre E-Mail-Adresse genannt haben, melden wir uns bei Bedarf bei Ihnen.",
        "en": "Thank you for your feedback! We read every message. If you gave us your e-mail address, we will get back to you if needed.",
    },
    "fields": [
        {
            "label": {"de": "Name", "en": "Name"},
            "field_type": "singleline",
            "required": False,
            "choices": None,
            "help_text": {"de": "Freiwillig.", "en": "Optional."},
        },
        {
            "label": {"de": "E-Mail-Adresse", "en": "E-mail address"},
            "field_type": "email",
            "required": False,
            "choices": None,
            "help_text": {
                "de": "Nur nötig, wenn Sie eine Antwort wünschen.",
                "en": "Only needed if you would like a reply.",
            },
        },
        {
            "label": {"de": "Thema", "en": "Topic"},
            "field_type": "dropdown",
            "required": True,
            "choices": {
                "de": [
                    "Ein Angebot oder Anbieter",
                    "Wirtschaft",
                    "Stadtgesellschaft",
                    "Bildung",
                    "Wissenschaft",
                    "Barrierefreiheit",
                    "Diese Website",
                    "Etwas anderes",
                ],
                "en": [
                    "An offer or provider",
                    "Economy",
                    "Civil society",
                    "Education",
                    "Science",
                    "Accessibility",
                    "This website",
                    "Something else",
                ],
            },
            "help_text": {
                "de": "Worum geht es in Ihrer Rückmeldung? Die vier Arenen sind die Themenbereiche des Campus.",
                "en": "What is your feedback about? The four arenas are the campus's subject areas.",
            },
        },
        {
            "label": {"de": "Ihre Nachricht", "en": "Your message"},
            "field_type": "multiline",
            "required": True,
            "choices": None,
            "help_text": None,
        },
        {
            "label": {
                "de": "Ich bin einverstanden, dass meine Angaben gespeichert werden, um meine Rückmeldung zu bearbeiten.",
                "en": "I agree that my details will be stored in order to process my feedback.",
            },
            "field_type": "checkbox",
            "required": True,
            "choices": None,
            "help_text": {
                "de": "Die Angaben werden gelöscht, sobald Ihr Anliegen erledigt ist. Mehr dazu auf der Seite Datenschutz.",
                "en": "Your details are deleted once your request has been dealt with. More on the privacy page.",
            },
        },
    ],
}


ACCESSIBILITY_STATEMENT = {
    "slug": "barrierefreiheit",
    "slug_en": "accessibility",
    "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    "intro": {
        "de": "Die Stadt Leipzig möchte den Digital Campus für alle Menschen zugänglich machen. Diese Erklärung gilt für die Website des Digital Campus Leipzig.",
        "en": "The City of Leipzig wants to make the Digital Campus accessible to everyone. This statement applies to the Digital Campus Leipzig website.",
    },
    "compliance_status": "partial",
    "compliance_text": {
        "de": "Die Website erfüllt die Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der Norm EN 301 549 weitgehend. Die Ausnahmen stehen unten unter „Bekannte Barrieren“.",
        "en": "The website largely meets the requirements of the German Accessible Information Technology Ordinance (BITV 2.0) and the EN 301 549 standard. The exceptions are listed below under “Known barriers”.",
    },
    "checked_days_ago": 14,
    "check_method": {
        "de": "Bei jeder Änderung prüfen automatische Tests alle Seitentypen mit dem Prüfwerkzeug axe-core, auf Deutsch, Englisch und in Leichter Sprache, am Smartphone und am Desktop. Zusätzlich prüft die Redaktion die Seiten von Hand: nur mit der Tastatur, mit einem Screenreader und mit 400 Prozent Vergrößerung.",
        "en": "With every change, automated tests check all page types with the axe-core testing tool, in German, English and Easy Read German, at phone and desktop width. In addition, the editorial team checks the pages by hand: with the keyboard alone, with a screen reader and at 400 per cent zoom.",
    },
    "barriers": [
        {
            "title": {"de": "PDF-Dokumente von Anbietern", "en": "PDF documents from providers"},
            "description": {
                "de": "Einige PDF-Dokumente, die Anbieter hochladen, sind noch nicht vollständig barrierefrei. Wir bitten die Anbieter, barrierefreie Dokumente bereitzustellen.",
                "en": "Some PDF documents uploaded by providers are not yet fully accessible. We ask providers to supply accessible documents.",
            },
            "alternative": {
                "de": "Schreiben Sie uns: Wir schicken Ihnen den Inhalt in einer anderen Form.",
                "en": "Write to us: we will send you the content in another format.",
            },
        },
        {
            "title": {"de": "Videos in Gebärdensprache", "en": "Videos in sign language"},
            "description": {
                "de": "Die Videos in Deutscher Gebärdensprache sind noch in Arbeit. Bis dahin zeigt die Seite „Gebärdensprache“ einen Platzhalter mit Untertiteln und Abschrift.",
                "en": "The videos in German Sign Language are still being made. Until then, the “Sign language” page shows a placeholder with captions and a transcript.",
            },
            "alternative": {
                "de": "Die Inhalte gibt es als Text in Leichter Sprache.",
                "en": "The content is available as text in Easy Read German.",
            },
        },
        {
            "title": {"de": "Angaben zu Veranstaltungsorten", "en": "Information on venues"},
            "description": {
                "de": "Angaben zur Barrierefreiheit der Veranstaltungsorte stammen von den Anbietern. Wir bitten sie, Zugänge, Aufzüge, Toiletten und Hörhilfen möglichst genau zu beschreiben.",
                "en": "Information on the accessibility of venues comes from the providers. We ask them to describe entrances, lifts, toilets and hearing aids as precisely as possible.",
            },
            "alternative": {
                "de": "Fragen Sie beim Anbieter nach: Die Kontaktdaten stehen bei jedem Angebot.",
                "en": "Ask the provider: the contact details are given with every offer.",
            },
        },
    ],
    "feedback_text": {
        "de": "Sind Ihnen Barrieren aufgefallen, oder benötigen Sie Inhalte in einer anderen Form? Melden Sie sich bei uns. Wir antworten in der Regel innerhalb von zwei Wochen.",
        "en": "Have you come across barriers, or do you need content in a different format? Get in touch. We usually reply within two weeks.",
    },
    "feedback_email": "barrierefreiheit@digitalcampus.example.org",
    "feedback_phone": "+49 341 555 0161",
    "enforcement_text": {
        "de": "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Durchsetzungsstelle nach dem Sächsischen Inklusionsgesetz wenden. Das Verfahren ist kostenlos, und Sie brauchen keinen Rechtsbeistand. Die Kontaktdaten unten sind Beispielangaben dieser Demonstrations-Website.",
        "en": "If you do not receive a satisfactory answer to your feedback, you can contact the enforcement body under the Saxon Inclusion Act. The procedure is free of charge and you do not need legal representation. The contact details below are examples on this demonstration website.",
    },
    "enforcement_body": "Durchsetzungsstelle für barrierefreie Informationstechnik (Beispiel)",
    "enforcement_address": "Musterstraße 1\n01097 Dresden",
    "enforcement_email": "durchsetzungsstelle@sachsen.example.org",
    "enforcement_phone": "+49 351 555 0100",
}

BARRIER_FORM = {
    "slug": "barriere-melden",
    "slug_en": "report-a-barrier",
    "title": {"de": "Barriere melden", "en": "Report a barrier"},
    "intro": {
        "de": "Beschreiben Sie, wo Sie auf eine Barriere gestoßen sind. Ihre Meldung geht an die Redaktion.",
        "en": "Describe where you came across a barrier. Your report goes to the editorial team.",
    },
    "thank_you": {
        "de": "Vielen Dank für Ihre Meldung! Die Redaktion kümmert sich darum.",
        "en": "Thank you for your report! The editorial team will deal with it.",
    },
    "to_address": "redaktion@digitalcampus.example.org",
    "fields": [
        {
            "label": {"de": "Wo ist die Barriere?", "en": "Where is the barrier?"},
            "field_type": "singleline",
            "required": True,
            "choices": None,
            "help_text": {
                "de": "Zum Beispiel die Adresse der Seite oder der Name eines Angebots.",
                "en": "For example the address of the page or the name of an offer.",
            },
        },
        {
            "label": {"de": "Was ist passiert?", "en": "What happened?"},
            "field_type": "multiline",
            "required": True,
            "choices": None,
            "help_text": None,
        },
        {
            "label": {"de": "E-Mail-Adresse", "en": "E-mail address"},
            "field_type": "email",
            "required": False,
            "choices": None,
            "help_text": {
                "de": "Nur nötig, wenn Sie eine Antwort wünschen.",
                "en": "Only needed if you would like a reply.",
            },
        },
    ],
}

SIGN_LANGUAGE_PAGE = {
    "slug": "gebaerdensprache",
    "slug_en": "sign-language",
    "title": {"de": "Gebärdensprache", "en": "Sign language"},
    "intro": {
        "de": "Hier erklären wir in Deutscher Gebärdensprache, was auf dieser Website steht und wie Sie sich zurechtfinden. Die Videos werden gerade aufgenommen. Bis dahin sehen Sie einen kurzen Platzhalter ohne Gebärden; die Abschrift unter jedem Video enthält den Inhalt schon jetzt.",
        "en": "Here we explain in German Sign Language what this website contains and how to find your way around. The videos are being recorded. Until then you will see a short placeholder without signing; the transcript below each video already holds the content.",
    },
    "videos": [
        {
            "title": {"de": "Was auf dieser Website steht", "en": "What this website contains"},
            "transcript": {
                "de": "Der Digital Campus Leipzig zeigt Kurse, Workshops und Beratungen rund um digitale Fähigkeiten. Hochschulen, Volkshochschulen, Vereine, Unternehmen und die Stadt bieten sie an. Die Angebote sind nach vier Arenen geordnet: Wirtschaft, Stadtgesellschaft, Bildung und Wissenschaft.",
                "en": "The Digital Campus Leipzig shows courses, workshops and advice on digital skills. Universities, adult education centres, associations, businesses and the city offer them. The offers are sorted into four arenas: economy, civil society, education and science.",
            },
        },
        {
            "title": {"de": "So finden Sie sich zurecht", "en": "How to find your way around"},
            "transcript": {
                "de": "Oben auf jeder Seite finden Sie die Suche, die Sprachen und die vier Arenen. Unter „Angebote“ können Sie nach Thema, Ort, Datum und Kosten filtern. Ganz unten stehen Impressum, Datenschutz und die Erklärung zur Barrierefreiheit.",
                "en": "At the top of every page you will find the search, the languages and the four arenas. Under “Offers” you can filter by topic, place, date and cost. At the very bottom are the imprint, privacy and the accessibility statement.",
            },
        },
        {
            "title": {"de": "Das Wichtigste zur Barrierefreiheit", "en": "The essentials on accessibility"},
            "transcript": {
                "de": "Die Website ist zum großen Teil barrierefrei. Einige Dokumente von Anbietern sind es noch nicht. Wenn Sie eine Barriere finden, melden Sie sie uns über das Formular „Barriere melden“. Wenn wir Ihnen nicht helfen, können Sie sich an die Durchsetzungsstelle wenden.",
                "en": "The website is largely accessible. Some documents from providers are not yet. If you find a barrier, report it to us with the “Report a barrier” form. If we do not help you, you can contact the enforcement body.",
            },
        },
        {
            "title": {"de": "Weitere Informationen", "en": "More information"},
            "transcript": {
                "de": "Alle Videos in Gebärdensprache stehen auf dieser Seite. Texte in Leichter Sprache erreichen Sie über den Link „Leichte Sprache“ oben auf jeder Seite.",
                "en": "All videos in sign language are on this page. Texts in Easy Read German can be reached through the “Easy Read” link at the top of every page.",
            },
        },
    ],
}
