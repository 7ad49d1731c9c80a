"""The visibility rule itself: no cache to go stale, scheduled aliases, expiry, and the page URL."""

import datetime

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.synctree import create_aliases_for_new_page

from core.visibility import is_visible, visible
from offers.models import OfferIndexPage, OfferPage
from tests.factories import first_provider, make_offer


def test_a_restriction_hides_at_once_even_when_no_signal_announced_it(client, german, english):
    """Another process (or a bulk write) adds the restriction: nothing cached here may keep the page listed."""
    offer = OfferPage.objects.live().filter(locale=german).first()
    translation = offer.get_translation(english)
    listing = OfferPage.objects.filter(pk__in=[offer.pk, translation.pk])
    assert visible(listing).count() == 2
    client.get(translation.get_parent().get_url())  # warm whatever a listing might cache
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=offer, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert visible(listing).count() == 0
    assert translation.title not in client.get(translation.get_parent().get_url()).content.decode()
    response = client.get(translation.get_url())
    assert response.status_code == 302 and "login" in response["Location"]


def test_scheduled_page_keeps_its_alias_offline_until_publish_scheduled(german, english):
    provider = first_provider(german)
    offer = make_offer(provider, title="Geplanter Kurs Plagwitz", publish=False)
    create_aliases_for_new_page(offer)
    alias = offer.get_translation(english)
    offer.go_live_at = timezone.now() + datetime.timedelta(days=3)
    offer.save_revision().publish()
    assert not Page.objects.get(pk=offer.pk).live
    assert not Page.objects.get(pk=alias.pk).live
    assert not is_visible(alias)

    # The go-live moment has come (moved into the past rather than waiting for it).
    past = timezone.now() - datetime.timedelta(minutes=1)
    Page.objects.filter(pk=offer.pk).update(go_live_at=past)
    revision = offer.revisions.get(approved_go_live_at__isnull=False)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    assert Page.objects.get(pk=offer.pk).live
    assert Page.objects.get(pk=alias.pk).live
    assert is_visible(alias)


def test_expired_source_hides_translation_and_page_url_404s(client, german, english):
    offer = OfferPage.objects.live().filter(locale=german).first()
    translation = offer.get_translation(english)
    assert client.get(translation.get_url()).status_code == 200
    Page.objects.filter(pk=offer.pk).update(expire_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(translation.get_url()).status_code == 404
    assert client.get(offer.get_url()).status_code == 404
    assert not visible(OfferPage.objects.filter(pk=translation.pk)).exists()


def test_english_page_of_a_password_protected_source_asks_for_the_german_password(client, german, english):
    index = OfferIndexPage.objects.get(locale=german)
    offer = OfferPage.objects.live().descendant_of(index).filter(locale=german).first()
    translation = offer.get_translation(english)
    restriction = PageViewRestriction.objects.create(
        page=offer, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(translation.get_url())
    assert response.status_code == 200
    assert translation.summary not in response.content.decode()
    assert f"authenticate_with_password/{restriction.pk}/" in response.content.decode()
