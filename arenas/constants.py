"""The four campus arenas, fixed by the campus concept, in their canonical order."""

from django.utils.translation import gettext_lazy as _

WIRTSCHAFT = "wirtschaft"
STADTGESELLSCHAFT = "stadtgesellschaft"
BILDUNG = "bildung"
WISSENSCHAFT = "wissenschaft"

ARENA_CHOICES = [
    (WIRTSCHAFT, _("Wirtschaft")),
    (STADTGESELLSCHAFT, _("Stadtgesellschaft")),
    (BILDUNG, _("Bildung")),
    (WISSENSCHAFT, _("Wissenschaft")),
]

ARENA_TAGLINES = {
    WIRTSCHAFT: _("Umsetzung + Anwendung"),
    STADTGESELLSCHAFT: _("Rückmeldung + Beteiligung"),
    BILDUNG: _("Wissen + Fachkräfte"),
    WISSENSCHAFT: _("Forschung + Entwicklung"),
}

ARENA_KEYS = [key for key, _label in ARENA_CHOICES]
