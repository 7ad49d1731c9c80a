"""The editorial roles of the platform and the names of their groups."""

from arenas.constants import ARENA_KEYS

EDITORIAL_TEAM = "Redaktion"
TRANSLATORS = "Übersetzung"
CURATOR_PREFIX = "Arena-Redaktion "
PROVIDER_PREFIX = "Anbieter: "

# Group names are German, like the arena names they carry, whatever the admin language.
CURATOR_GROUPS = {
    "wirtschaft": "Arena-Redaktion Wirtschaft",
    "stadtgesellschaft": "Arena-Redaktion Stadtgesellschaft",
    "bildung": "Arena-Redaktion Bildung",
    "wissenschaft": "Arena-Redaktion Wissenschaft",
}
if set(CURATOR_GROUPS) != set(ARENA_KEYS):
    raise ImportError("Every arena needs a curator group.")


def curator_group_name(arena_key):
    return CURATOR_GROUPS[arena_key]


def provider_group_name(provider_title):
    return PROVIDER_PREFIX + provider_title


def group_names(user):
    """The names of the user's groups, cached on the user object for the request."""
    if not hasattr(user, "_campus_group_names"):
        user._campus_group_names = frozenset(user.groups.values_list("name", flat=True)) if user.pk else frozenset()
    return user._campus_group_names


def curated_arenas(user):
    """The arena keys whose curator group the user belongs to."""
    names = group_names(user)
    return {key for key, name in CURATOR_GROUPS.items() if name in names}


def is_editorial(user):
    return bool(user.is_active and (user.is_superuser or EDITORIAL_TEAM in group_names(user)))
