"""Listing pages run a fixed number of SQL queries, whatever the number of offers."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from arenas.models import ArenaPage
from offers.models import OfferIndexPage, OfferPage
from tests.factories import make_offers_in_bulk, make_provider

# What matters is that no count grows with the offers; the bound catches a query per card.
# The arena page is the largest: 35 queries (21 before the finder, 44 with one count query per filter;
# now the filters without a choice are counted in one statement). The header's link to the
# Leichte-Sprache start page is a cached fragment like the navigation.
MAX_QUERIES = 35


def count_queries(client, url):
    client.get(url)  # warm the site and URL caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_offers(client, german, home):
    # Lists with pictures cost two more queries; tests/pictures counts those. Without the demo's
    # pictures both lists below show the same kind of offer, whatever the number.
    OfferPage.objects.update(image=None)
    index = OfferIndexPage.objects.get(locale=german)
    arena = ArenaPage.objects.get(locale=german, arena__key="bildung")
    provider = make_provider(index)
    offers = make_offers_in_bulk(provider, 10, arenas=["bildung"], days_ahead=lambda n: 1 + n % 5)
    urls = [home.get_url(), arena.get_url(), index.get_url(), offers[0].get_url(), provider.get_url()]

    with_10 = {url: count_queries(client, url) for url in urls}
    make_offers_in_bulk(provider, 190, arenas=["bildung", "wirtschaft"], days_ahead=lambda n: 1 + n % 5)
    # The copies count as upcoming offers, as the listings select them.
    assert OfferPage.objects.upcoming(german).child_of(provider).count() == 200
    with_200 = {url: count_queries(client, url) for url in urls}

    assert with_10 == with_200
    for url, count in with_200.items():
        assert count <= MAX_QUERIES, f"{url}: {count} queries"
