"""Pictures cost a fixed number of queries per page, however many offers have one."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from arenas.models import ArenaPage
from offers.models import OfferIndexPage
from tests.factories import copy_pages_in_bulk, make_offer, make_provider
from tests.pictures.test_pictures import make_image


def count_queries(client, url):
    client.get(url)  # renditions are made on the first view, once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def picture_offer(provider, number, arenas):
    offer = make_offer(provider, arenas=arenas, days_ahead=1 + number % 5, publish=False)
    offer.image = make_image(f"angebot-{number}.png", size=(320, 180))
    offer.image_alt = f"Testbild {number}"
    offer.save_revision().publish()
    return offer


def test_query_counts_with_pictures_do_not_grow_with_offers(client, german, home):
    index = OfferIndexPage.objects.get(locale=german)
    arena = ArenaPage.objects.get(locale=german, arena__key="bildung")
    provider = make_provider(index, logo=make_image("logo.png", size=(192, 192)))
    offers = [picture_offer(provider, n, ["bildung"]) for n in range(10)]
    urls = [home.get_url(), arena.get_url(), index.get_url(), offers[0].get_url(), provider.get_url()]

    with_10 = {url: count_queries(client, url) for url in urls}
    # The other 190, each with a picture of its own: one made through Wagtail, the rest copied in bulk.
    template = picture_offer(provider, 10, ["bildung", "wirtschaft"])

    def own_picture(offer, n, children):
        offer.title = f"{template.title} ({n})"
        offer.image = make_image(f"angebot-{10 + n}.png", size=(320, 180))
        offer.image_alt = f"Testbild {10 + n}"

    copy_pages_in_bulk(template, provider, 189, prepare=own_picture)
    with_200 = {url: count_queries(client, url) for url in urls}

    assert with_10 == with_200
