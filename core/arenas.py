"""The four campus arenas, fixed by the campus concept, in their canonical order.

The keys live in ``core`` because offers, news, the search facets, the editorial
roles and the translation report all name arenas, and most of them sit below the
``arenas`` app (which holds the ``Arena`` table and the arena pages).
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

WIRTSCHAFT = "wirtschaft"
STADTGESELLSCHAFT = "stadtgesellschaft"
BILDUNG = "bildung"
WISSENSCHAFT = "wissenschaft"

#: The names in German, the source language; group names use them whatever the admin language.
ARENA_NAMES = {
    WIRTSCHAFT: gettext_noop("Wirtschaft"),
    STADTGESELLSCHAFT: gettext_noop("Stadtgesellschaft"),
    BILDUNG: gettext_noop("Bildung"),
    WISSENSCHAFT: gettext_noop("Wissenschaft"),
}

#: The names in the active language.
ARENA_CHOICES = [(key, _(name)) for key, name in ARENA_NAMES.items()]

ARENA_KEYS = [key for key, _label in ARENA_CHOICES]
