"""No leaks: only live, public pages of the active language appear in results, counts and suggestions,
and every change to a page shows at once."""

import pytest
from wagtail.models import Page, PageViewRestriction

from arenas.models import ArenaPage
from offers.models import OfferIndexPage, OfferPage
from tests.factories import make_offer, make_provider

WORD = "Quantenkochen"
TYPO = "Quantenkochn"


@pytest.fixture
def provider(german):
    return make_provider(OfferIndexPage.objects.get(locale=german), title="Versuchsküche Plagwitz")


def assert_nowhere(searcher, word, lang="de"):
    # exact=1: the word as typed, without the spelling correction (which may list another offer).
    assert searcher.count(lang, q=word, exact="1") == 0
    assert searcher.suggestions(lang, q=word) == []
    assert not any(word in title for title in searcher.titles(lang))
    facets = searcher.get(lang, q=word, exact="1").context["finder"].facets
    assert not any(option.count for facet in facets for option in facet.options)
    # "Meinten Sie" draws on the words of visible offers only.
    misspelt = searcher.get(lang, q=TYPO).context
    assert word.lower() not in (misspelt.get("spelling_suggestion") or "")
    assert misspelt["search"].query == TYPO and misspelt["search"].count == 0


def test_a_typo_of_a_visible_offers_word_lists_that_offer(searcher, provider):
    # Transposed letters in a short word: on SQLite only the spelling correction finds it; on
    # PostgreSQL the typo tolerance may already (the offer's stored text has more words to match).
    make_offer(provider, title="Kobold basteln")
    response = searcher.get("de", q="Koblod")
    search = response.context["search"]
    assert [hit.page.title for hit in response.context["hits"]] == ["Kobold basteln"]
    assert search.original_query == "Koblod" or search.finder.fuzzy
    if search.original_query:
        assert "stattdessen nach „Koblod“ suchen" in response.content.decode()
        exact = searcher.get("de", q="Koblod", exact="1").context
        assert exact["search"].count == 0 and exact["spelling_suggestion"] == "kobold"


def test_drafts_never_appear(searcher, provider):
    make_offer(provider, title=f"{WORD} für Anfänger", publish=False)
    assert_nowhere(searcher, WORD)


def test_changes_in_review_do_not_appear_until_published(searcher, provider):
    offer = make_offer(provider, title="Brot backen mit Sensoren")
    offer.title = f"{WORD} mit Sensoren"
    offer.summary = f"{WORD} geheim"
    offer.save_revision()
    assert_nowhere(searcher, WORD)
    assert "Brot backen mit Sensoren" in searcher.titles("de", q="Sensoren")
    OfferPage.objects.get(pk=offer.pk).get_latest_revision().publish()
    assert f"{WORD} mit Sensoren" in searcher.titles("de", q=WORD)


def test_private_pages_and_their_children_never_appear(searcher, provider):
    offer = make_offer(provider, title=f"{WORD} intern")
    PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    assert_nowhere(searcher, WORD)
    restriction = PageViewRestriction.objects.get(page=offer)
    restriction.delete()
    assert searcher.count("de", q=WORD) == 1
    PageViewRestriction.objects.create(page=provider, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert_nowhere(searcher, WORD)
    assert_nowhere(searcher, "Versuchsküche")


def test_other_language_pages_never_appear(searcher, provider):
    make_offer(provider, title=f"{WORD} auf Deutsch")
    assert searcher.count("de", q=WORD) == 1
    assert_nowhere(searcher, WORD, lang="en")
    response = searcher.get("en", q="Leipzig")
    assert response.context["hits"]
    assert {hit.page.locale.language_code for hit in response.context["hits"]} == {"en"}


def test_past_offers_only_with_the_filter(searcher, provider):
    make_offer(provider, title=f"{WORD} im Rückblick", dates=[-20, -10])
    assert searcher.count("de", q=WORD) == 0
    assert searcher.suggestions("de", q=WORD) == []
    assert searcher.titles("de", q=WORD, past="1") == [f"{WORD} im Rückblick"]


def test_unpublish_delete_and_move_change_results_at_once(searcher, provider, german):
    offer = make_offer(provider, title=f"{WORD} live")
    assert searcher.titles("de", q=WORD) == [f"{WORD} live"]
    offer.unpublish()
    assert_nowhere(searcher, WORD)
    OfferPage.objects.get(pk=offer.pk).save_revision().publish()
    assert searcher.titles("de", q=WORD) == [f"{WORD} live"]

    other = make_provider(OfferIndexPage.objects.get(locale=german), title="Zweite Küche")
    Page.objects.get(pk=offer.pk).move(other, pos="last-child")
    response = searcher.get("de", q=WORD)
    provider_facet = next(facet for facet in response.context["finder"].facets if facet.name == "provider")
    counts = {option.value: option.count for option in provider_facet.options}
    assert counts[other.slug] == 1
    assert counts.get(provider.slug, 0) == 0
    assert searcher.titles("de", q="Zweite Küche") and f"{WORD} live" in searcher.titles("de", q="Zweite Küche")

    Page.objects.get(pk=offer.pk).delete()
    assert_nowhere(searcher, WORD)


def test_renaming_a_provider_reindexes_its_offers(searcher, provider):
    make_offer(provider, title="Sauerteig digital")
    provider.title = "Backstube Connewitz"
    provider.save_revision().publish()
    assert "Sauerteig digital" in searcher.titles("de", q="Backstube Connewitz")


def test_unpublished_arena_page_disappears(searcher, german):
    arena = ArenaPage.objects.filter(locale=german).order_by("path").first()
    assert arena.title in searcher.titles("de", q=arena.title)
    arena.unpublish()
    assert arena.title not in searcher.titles("de", q=arena.title)
    assert arena.title not in searcher.suggestions("de", q=arena.title)
