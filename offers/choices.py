"""Fixed choices of offers, shared by the page models and the finder."""

from django.utils.translation import gettext_lazy as _

LEVELS = [
    ("beginner", _("Einstieg")),
    ("intermediate", _("Fortgeschritten")),
    ("advanced", _("Vertiefung")),
]

LANGUAGES = [
    ("de", _("Deutsch")),
    ("en", _("Englisch")),
    ("de_en", _("Deutsch und Englisch")),
]

MODES = [
    ("on_site", _("Vor Ort")),
    ("online", _("Online")),
    ("hybrid", _("Hybrid")),
]
