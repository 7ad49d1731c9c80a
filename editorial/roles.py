"""The editorial roles of the platform and the names of their groups."""

from arenas.constants import ARENA_CHOICES

EDITORIAL_TEAM = "Redaktion"
TRANSLATORS = "Übersetzung"
CURATOR_PREFIX = "Arena-Redaktion "
PROVIDER_PREFIX = "Anbieter: "


def curator_group_name(arena_key):
    return CURATOR_PREFIX + str(dict(ARENA_CHOICES)[arena_key])


def provider_group_name(provider_title):
    return PROVIDER_PREFIX + provider_title
