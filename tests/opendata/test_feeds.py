"""Atom and RSS feeds below pages: they parse without bozo errors, speak the page's language
and list new and changed items first; offer feeds take the finder's parameters."""

import pytest
from django.http import QueryDict

from arenas.models import ArenaPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage
from opendata.selection import offers_for
from tests.factories import make_offer

from .helpers import feed, path_of


def page_url(model, language, **filters):
    return model.objects.get(locale__language_code=language, **filters).url


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("suffix", ["feed/", "feed/rss/"])
@pytest.mark.parametrize(
    ("model", "filters"),
    [(NewsIndexPage, {}), (OfferIndexPage, {}), (ArenaPage, {"arena__key": "bildung"})],
)
def test_feeds_parse_in_the_page_language(client, language, suffix, model, filters):
    parsed = feed(client.get(page_url(model, language, **filters) + suffix))
    assert parsed.entries
    assert parsed.feed.get("language", "").startswith(language)
    for entry in parsed.entries:
        assert entry.title and entry.link and entry.get("summary")
    if suffix == "feed/":
        assert parsed.version == "atom10"
    else:
        assert parsed.version == "rss20"


def test_news_feed_lists_the_live_news_newest_change_first(client, german):
    index = NewsIndexPage.objects.get(locale=german)
    parsed = feed(client.get(f"{index.url}feed/"))
    expected = NewsPage.objects.latest_for(german).descendant_of(index)
    assert {path_of(entry.link) for entry in parsed.entries} == {news.url for news in expected}
    updated = [entry.updated_parsed for entry in parsed.entries]
    assert updated == sorted(updated, reverse=True)


def test_changed_offer_comes_first_in_the_provider_feed(client, provider):
    first = make_offer(provider, title="Erstes Angebot")
    make_offer(provider, title="Zweites Angebot")
    first.title = "Erstes Angebot, geändert"
    first.save_revision().publish()
    parsed = feed(client.get(f"{provider.url}feed/"))
    assert [entry.title for entry in parsed.entries] == ["Erstes Angebot, geändert", "Zweites Angebot"]


def test_offer_index_feed_takes_finder_parameters(client, german):
    index = OfferIndexPage.objects.get(locale=german)
    parsed = feed(client.get(f"{index.url}feed/?free=1&arena=bildung"))
    expected = offers_for(QueryDict("free=1&arena=bildung"), locale=german)
    assert {path_of(entry.link) for entry in parsed.entries} == {offer.url for offer in expected[:50]}


def test_no_feed_for_other_page_types(client):
    assert client.get("/de/feed/").status_code == 404
    assert client.get("/de/angebote/gibt-es-nicht/feed/").status_code == 404
