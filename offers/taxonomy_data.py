"""The initial taxonomy terms in German (source) and English, keyed by their slug.

Used by a data migration; afterwards the editorial team edits the terms as snippets.
"""

FORMATS = [
    ("course", "Kurs", "Course"),
    ("workshop", "Workshop", "Workshop"),
    ("talk", "Vortrag", "Talk"),
    ("event", "Veranstaltung", "Event"),
    ("hackathon", "Hackathon und Co-Creation", "Hackathon and co-creation"),
    ("consultation", "Beratung", "Consultation"),
    ("online-course", "Online-Kurs", "Online course"),
    ("lab", "Labor und Makerspace", "Lab and makerspace"),
]

TARGET_GROUPS = [
    ("students", "Studierende", "Students"),
    ("trainees", "Auszubildende", "Trainees"),
    ("employees", "Beschäftigte", "Employees"),
    ("public-administration", "Öffentliche Verwaltung", "Public administration"),
    ("teachers", "Lehrkräfte", "Teachers"),
    ("pupils", "Schülerinnen und Schüler", "Pupils"),
    ("citizens", "Bürgerinnen und Bürger", "Citizens"),
    ("founders", "Gründerinnen und Gründer", "Founders"),
    ("seniors", "Seniorinnen und Senioren", "Seniors"),
]

# The five competence areas of DigComp 2.2, the EU's digital competence framework.
COMPETENCE_AREAS = [
    ("information-data-literacy", "Umgang mit Informationen und Daten", "Information and data literacy"),
    ("communication-collaboration", "Kommunikation und Zusammenarbeit", "Communication and collaboration"),
    ("digital-content-creation", "Erstellung digitaler Inhalte", "Digital content creation"),
    ("safety", "Sicherheit", "Safety"),
    ("problem-solving", "Problemlösung", "Problem solving"),
]
