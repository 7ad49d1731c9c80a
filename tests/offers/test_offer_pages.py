"""Offer, provider and index pages show what visitors need."""

import pytest
from django.core.exceptions import ValidationError

from offers.models import OfferIndexPage, OfferPage
from tests.factories import make_offer, make_provider


def test_past_offer_stays_reachable_and_is_marked(client, german):
    provider = make_provider(OfferIndexPage.objects.get(locale=german))
    offer = make_offer(provider, dates=[-10, -3], title="Rückblick Datenschutz")
    response = client.get(offer.get_url())
    assert response.status_code == 200
    assert "Vergangenes Angebot" in response.content.decode()
    assert "Jetzt anmelden" not in response.content.decode()
    index = client.get(OfferIndexPage.objects.get(locale=german).get_url())
    assert offer.pk not in [o.pk for o in index.context["page_obj"].object_list]


def test_offer_page_shows_structured_details(client, german):
    provider = make_provider(OfferIndexPage.objects.get(locale=german))
    offer = make_offer(
        provider,
        title="Tabellen im Griff",
        is_free=False,
        price="35.00",
        registration_url="https://example.org/anmelden",
    )
    html = client.get(offer.get_url()).content.decode()
    assert "35,00 €" in html
    assert "Jetzt anmelden" in html
    assert 'href="https://example.org/anmelden"' in html
    assert provider.title in html
    assert "Workshop" in html
    assert "Online" in html
    assert "Bürgerinnen und Bürger" in html


def test_offer_index_filters_by_arena_and_format(client, german):
    index = OfferIndexPage.objects.get(locale=german)
    url = index.get_url()
    all_offers = client.get(url).context["finder"].count
    by_arena = client.get(url, {"arena": "wissenschaft"}).context
    assert 0 < by_arena["finder"].count < all_offers
    for offer in by_arena["page_obj"].object_list:
        assert "wissenschaft" in [a.key for a in offer.arenas.all()]
    by_format = client.get(url, {"format": "workshop"}).context
    assert 0 < by_format["finder"].count < all_offers
    assert all(o.format.slug == "workshop" for o in by_format["page_obj"].object_list)


@pytest.mark.parametrize(
    "query", [{"arena": "mond"}, {"format": "<script>"}, {"page": "999"}, {"page": "abc"}, {"page": "-1"}]
)
def test_offer_index_survives_bad_parameters(client, german, query):
    response = client.get(OfferIndexPage.objects.get(locale=german).get_url(), query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_offer_index_paginates(client, german):
    url = OfferIndexPage.objects.get(locale=german).get_url()
    first = client.get(url).context["page_obj"]
    second = client.get(url, {"page": 2}).context["page_obj"]
    assert first.paginator.num_pages > 1
    assert not {o.pk for o in first.object_list} & {o.pk for o in second.object_list}


def test_offer_validation_messages(german):
    offer = OfferPage(title="x", summary="x", description="<p>x</p>", is_free=False, mode="hybrid")
    with pytest.raises(ValidationError) as error:
        offer.clean()
    assert set(error.value.message_dict) == {"price", "venue_name", "online_note"}


def test_provider_page_lists_its_upcoming_offers(client, german):
    provider = make_provider(OfferIndexPage.objects.get(locale=german))
    upcoming = make_offer(provider, title="Kommt noch")
    past = make_offer(provider, dates=[-2], title="Schon vorbei")
    response = client.get(provider.get_url())
    listed = [o.pk for o in response.context["offers"]]
    assert listed == [upcoming.pk]
    assert past.pk not in listed


@pytest.mark.parametrize("dates_read", [200, 2])
def test_soonest_offers_are_the_first_upcoming_ones(german, monkeypatch, dates_read):
    """The home page's next offers, found from the next dates, are the first of ``upcoming``.

    With only two dates read, both belong to the offer with three dates this hour, which names fewer
    offers than asked for: the whole list is asked instead.
    """
    monkeypatch.setattr("offers.models.pages.SOONEST_DATES", dates_read)
    provider = make_provider(OfferIndexPage.objects.get(locale=german))
    busy = make_offer(provider, dates=[0.01, 0.02, 0.03], title="Dreimal heute")
    hidden = make_offer(provider, dates=[0.005], title="Noch nicht veröffentlicht", publish=False)
    soonest = [offer.pk for offer in OfferPage.objects.soonest(german.pk, 6)]
    assert soonest == [offer.pk for offer in OfferPage.objects.upcoming(german.pk)[:6]]
    assert soonest[0] == busy.pk
    assert hidden.pk not in soonest
    assert len(soonest) == 6
