"""Nothing hidden leaves through any channel: every non-public state of an offer, in German and English,
checked over the API, calendars, feeds, the export, the embed and JSON-LD. A published offer in the same
place appears in every channel (the control that shows the checks can fail)."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from arenas.models import ArenaPage
from offers.models import OfferIndexPage, OfferPage
from tests.factories import make_offer

from .helpers import JSON_LD

WORD = "Geheimkurs"


def english_alias(page, parent_alias, english):
    return page.create_alias(parent=parent_alias, update_locale=english)


def build_draft(provider, english):
    return make_offer(provider, title=f"{WORD} Entwurf", publish=False)


def build_scheduled(provider, english):
    offer = make_offer(provider, title=f"{WORD} geplant", publish=False)
    offer.go_live_at = timezone.now() + datetime.timedelta(days=3)
    offer.save_revision().publish()
    offer.refresh_from_db()
    assert not offer.live
    return offer


def build_expired(provider, english):
    offer = make_offer(provider, title=f"{WORD} abgelaufen")
    OfferPage.objects.filter(pk=offer.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)
    offer.refresh_from_db()
    assert offer.expired and not offer.live
    return offer


def build_unpublished(provider, english):
    offer = make_offer(provider, title=f"{WORD} zurückgezogen")
    offer.unpublish()
    return offer


def build_restricted(provider, english):
    offer = make_offer(provider, title=f"{WORD} intern")
    PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    return offer


def build_restricted_provider(provider, english):
    offer = make_offer(provider, title=f"{WORD} beim Anbieter")
    PageViewRestriction.objects.create(page=provider, restriction_type=PageViewRestriction.PASSWORD, password="x")
    return offer


def build_alias_of_hidden_source(provider, english):
    """The English tree holds live aliases; the German source is then restricted."""
    offer = make_offer(provider, title=f"{WORD} nur als Alias")
    english_index = OfferIndexPage.objects.get(locale=english)
    provider_alias = english_alias(provider, english_index, english)
    alias = english_alias(offer, provider_alias, english)
    assert alias.live
    PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    return offer


STATES = {
    "draft": build_draft,
    "scheduled": build_scheduled,
    "expired": build_expired,
    "unpublished": build_unpublished,
    "restricted": build_restricted,
    "restricted provider": build_restricted_provider,
    "alias of hidden source": build_alias_of_hidden_source,
}


def channel_urls(language, provider):
    index = OfferIndexPage.objects.get(locale__language_code=language).url
    arena = ArenaPage.objects.get(locale__language_code=language, arena__key="bildung").url
    urls = [
        f"/api/v2/offers/?locale={language}&q={WORD}&past=1",
        f"/api/v2/offers/?locale={language}&past=1&limit=100",
        f"/api/v2/pages/?locale={language}&type=offers.OfferPage&limit=100&fields=title",
        f"/api/v2/pages/?locale={language}&type=offers.OfferPage&limit=100&offset=100&fields=title",
        f"{index}calendar.ics?past=1",
        f"{index}calendar.ics?q={WORD}&past=1",
        f"{arena}calendar.ics?past=1",
        f"{index}feed/",
        f"{index}feed/rss/",
        f"{arena}feed/",
        "/opendata/offers.csv",
        "/opendata/offers.json",
    ]
    if provider is not None:
        urls += [f"{provider.url}calendar.ics", f"{provider.url}feed/", f"{provider.url}einbetten/"]
    return urls


def json_ld_text(response):
    return " ".join(JSON_LD.findall(response.content.decode()))


def providers_in(language, provider):
    """The provider page in ``language`` (German, or its English alias) if the test made one."""
    pages = Page.objects.filter(translation_key=provider.translation_key, locale__language_code=language)
    return [page.specific for page in pages]


@pytest.mark.parametrize("build", list(STATES.values()), ids=list(STATES))
def test_hidden_offer_appears_in_no_channel(client, provider, english, build):
    offer = build(provider, english)
    hidden = list(Page.objects.filter(translation_key=offer.translation_key))
    assert hidden
    for language in ("de", "en"):
        providers = providers_in(language, provider) or [None]
        for url in channel_urls(language, providers[0]):
            response = client.get(url)
            assert response.status_code in (200, 404), (url, response.status_code)
            assert WORD not in response.content.decode(), f"{WORD} leaks through {url} ({language})"
            if url.startswith("/api/v2/") and response.status_code == 200:
                ids = {item["id"] for item in json.loads(response.content)["items"]}
                assert not ids & {page.pk for page in hidden}, url
    for page in hidden:
        for url in (
            f"/api/v2/pages/{page.pk}/",
            f"/api/v2/offers/{page.pk}/",
            f"/api/v2/pages/find/?html_path={page.url_path}",
            f"{page.get_url()}calendar.ics",
        ):
            response = client.get(url)
            assert response.status_code == 404, (url, response.status_code)
        page_response = client.get(page.get_url())
        if page_response.status_code == 200:
            assert WORD not in json_ld_text(page_response), f"JSON-LD of {page.get_url()}"


def test_control_a_published_offer_appears_in_every_channel(client, provider, english):
    offer = make_offer(provider, title=f"{WORD} öffentlich")
    for url in channel_urls("de", provider):
        if "limit=100" not in url:  # the full listings may hold it on a later page
            assert WORD in client.get(url).content.decode(), url
    assert client.get(f"/api/v2/offers/{offer.pk}/").status_code == 200
    assert WORD in json_ld_text(client.get(offer.url))
    assert client.get(f"{offer.url}calendar.ics").status_code == 200
