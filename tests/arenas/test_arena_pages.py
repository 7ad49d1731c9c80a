"""Each arena page points at its Arena; one page per arena and language."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from arenas.models import Arena, ArenaPage
from core.arenas import ARENA_KEYS


def test_every_arena_has_one_page_per_language():
    for locale in Locale.objects.all():
        pages = ArenaPage.objects.filter(locale=locale).select_related("arena")
        assert sorted(page.arena.key for page in pages) == sorted(ARENA_KEYS)
    for arena in Arena.objects.all():
        assert arena.pages.count() == Locale.objects.count()


def test_translations_keep_the_arena(german, english):
    for page in ArenaPage.objects.filter(locale=german):
        assert page.get_translation(english).specific.arena_id == page.arena_id


def test_a_second_page_for_the_same_arena_is_refused(german):
    existing = ArenaPage.objects.filter(locale=german).select_related("arena").first()
    duplicate = ArenaPage(
        title="Noch einmal", slug="noch-einmal", locale=german, arena=existing.arena, tagline="x", introduction="y"
    )
    with pytest.raises(ValidationError) as error:
        duplicate.clean()
    assert "arena" in error.value.message_dict


def test_the_home_page_lists_the_arenas_in_their_canonical_order(client, home):
    arenas = client.get(home.url).context["arenas"]
    assert [page.arena.key for page in arenas] == ARENA_KEYS
