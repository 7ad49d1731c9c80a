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

# The arena colours of the visual identity (also in site.css); each passes 4.5:1 against white.
ARENA_COLOURS = {
    WIRTSCHAFT: "#9a3412",
    STADTGESELLSCHAFT: "#0f766e",
    BILDUNG: "#6d28d9",
    WISSENSCHAFT: "#1d4ed8",
}
