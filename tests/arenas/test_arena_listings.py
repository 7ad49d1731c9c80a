"""An arena page lists exactly its live, public, upcoming offers, next date first."""

from wagtail.models import PageViewRestriction

from arenas.models import ArenaPage
from editorial.roles import EDITORIAL_TEAM, role_group
from offers.models import OfferIndexPage
from tests.factories import make_offer, make_provider


def test_arena_lists_exactly_its_live_public_upcoming_offers(client, german):
    arena = ArenaPage.objects.get(locale=german, arena__key="bildung")
    provider = make_provider(OfferIndexPage.objects.get(locale=german))
    later = make_offer(provider, arenas=["bildung"], days_ahead=20, title="Quokka zweiter Termin")
    sooner = make_offer(provider, arenas=["bildung", "wirtschaft"], days_ahead=2, title="Quokka erster Termin")
    draft = make_offer(provider, arenas=["bildung"], publish=False, title="Quokka Entwurf")
    past = make_offer(provider, arenas=["bildung"], dates=[-5], title="Quokka vorbei")
    other_arena = make_offer(provider, arenas=["wissenschaft"], title="Quokka andere Arena")
    private = make_offer(provider, arenas=["bildung"], title="Quokka geschlossen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    # A series that started in the past but still has a date ahead stays listed.
    running = make_offer(provider, arenas=["bildung"], dates=[-3, 30], title="Quokka laufende Reihe")

    listed = list(arena.upcoming_offers())
    listed_pks = [offer.pk for offer in listed]
    for offer in (later, sooner, running):
        assert offer.pk in listed_pks
    for offer in (draft, past, other_arena, private):
        assert offer.pk not in listed_pks
    assert all("bildung" in [a.key for a in offer.arenas.all()] for offer in listed)
    assert all(offer.live and offer.locale_id == german.pk for offer in listed)

    # Ordered by next date, across the whole list.
    next_dates = [offer.next_start for offer in listed]
    assert next_dates == sorted(next_dates)
    assert listed_pks.index(sooner.pk) < listed_pks.index(later.pk) < listed_pks.index(running.pk)

    # The page shows the head of that list, and links to the rest.
    response = client.get(arena.get_url())
    assert response.status_code == 200
    shown = [offer.pk for offer in response.context["offers"]]
    assert shown == listed_pks[: len(shown)]
    assert response.context["offer_count"] == len(listed)
    html = response.content.decode()
    for offer in (draft, past, other_arena, private):
        assert offer.title not in html
    assert "?arena=bildung" in html
    assert provider.title in [p.title for p in response.context["providers"]]


def test_private_provider_group_restriction_hides_offer(client, german):
    arena = ArenaPage.objects.get(locale=german, arena__key="wirtschaft")
    provider = make_provider(OfferIndexPage.objects.get(locale=german))
    offer = make_offer(provider, arenas=["wirtschaft"], days_ahead=1, title="Quokka nur für Gruppe")
    restriction = PageViewRestriction.objects.create(page=provider, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(role_group(EDITORIAL_TEAM))
    assert offer.pk not in [o.pk for o in arena.upcoming_offers()]
    assert offer.title not in client.get(arena.get_url()).content.decode()


def test_english_arena_lists_english_offers(client, english):
    arena = ArenaPage.objects.get(locale=english, arena__key="bildung")
    response = client.get(arena.get_url())
    offers = response.context["offers"]
    assert offers
    assert all(offer.locale_id == english.pk for offer in offers)
    assert all(any(a.key == "bildung" for a in offer.arenas.all()) for offer in offers)
