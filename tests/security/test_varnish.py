"""Through a real Varnish: published changes visible within 5 s on the page and every list, in
every language; unpublished and restricted pages gone; private pages never from the cache."""

import time

import pytest
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale, Page, PageViewRestriction

from arenas.models import ArenaPage
from home.models import HomePage
from offers.models import OfferIndexPage, OfferPage
from tests.factories import first_provider, make_offer

VISIBLE_WITHIN = 5.0
# A publish purges its URLs in one ban per host (a long list in a few), not one request per URL.
MAX_PURGE_REQUESTS = 3


@pytest.fixture
def enable_db_access(django_db_setup):
    """No test transaction here: the live server behind Varnish must see each change committed."""


@pytest.fixture
def committed(django_db_blocker):
    """Database access outside a test transaction: every change is committed (and purged)."""
    with django_db_blocker.unblock():
        yield


def fetch(varnish, path, **kwargs):
    return requests.get(varnish + path, allow_redirects=False, timeout=30, **kwargs)


def warm(varnish, path):
    """Fetch until Varnish answers from its cache."""
    for _ in range(3):
        response = fetch(varnish, path)
        if response.headers.get("X-Cache") == "HIT":
            return response
    raise AssertionError(f"{path} is not cached: {response.status_code} {response.headers}")


def wait_until(check, what):
    """Poll through the cache (no sleep of a fixed length): True within VISIBLE_WITHIN seconds."""
    started = time.monotonic()
    while time.monotonic() - started < VISIBLE_WITHIN:
        if check():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"not visible within {VISIBLE_WITHIN} s: {what}")


def lists_of(offer):
    """Every list page (path) that shows ``offer`` in its language."""
    home = HomePage.objects.get(locale=offer.locale)
    paths = [
        offer.get_parent().url,  # provider
        OfferIndexPage.objects.get(locale=offer.locale).url,
        home.url,
    ]
    paths += [
        arena.url for arena in ArenaPage.objects.live().filter(locale=offer.locale, arena__in=offer.arenas.all())
    ]
    return paths


@pytest.fixture
def fresh_offer(committed, varnish):
    """A new offer with the earliest date (so every list shows it), in German and English."""
    german = Locale.objects.get(language_code="de")
    english = Locale.objects.get(language_code="en")
    offer = make_offer(first_provider(german), arenas=("bildung",), days_ahead=0.05, title="Varnishprobe Alpha")
    translation = offer.get_translations().filter(locale=english).first()
    if translation is None:
        translation = offer.copy_for_translation(english, copy_parents=True, alias=True)
    yield offer, translation.specific
    for page in Page.objects.filter(pk__in=[offer.pk, translation.pk]):
        page.delete()


def test_public_pages_come_from_the_cache_without_cookies(varnish, committed):
    home = HomePage.objects.get(locale__language_code="de")
    for path in (home.url, OfferIndexPage.objects.get(locale=home.locale).url, "/de/suche/?q=KI", "/sitemap.xml"):
        response = warm(varnish, path)
        assert response.status_code == 200, path
        assert "Set-Cookie" not in response.headers, path


def test_publish_reaches_the_page_and_every_list_in_every_language(varnish, fresh_offer):
    offer, translation = fresh_offer
    paths = [offer.url, translation.url, *lists_of(offer), *lists_of(translation)]
    for path in paths:
        assert "Varnishprobe Alpha" in warm(varnish, path).text, path

    revision = OfferPage.objects.get(pk=offer.pk).save_revision()
    page = revision.as_object()
    page.title = "Varnishprobe Beta"
    page.save_revision().publish()

    for path in paths:
        wait_until(lambda path=path: "Varnishprobe Beta" in fetch(varnish, path).text, path)
    # Filtered lists and searches (query strings) go with their path.
    index = OfferIndexPage.objects.get(locale=offer.locale).url
    assert fetch(varnish, index + "?arena=bildung").status_code == 200


def test_unpublish_removes_the_page_and_its_entries(varnish, fresh_offer):
    offer, translation = fresh_offer
    lists = lists_of(offer)
    for path in [offer.url, *lists]:
        warm(varnish, path)
    OfferPage.objects.get(pk=offer.pk).unpublish()
    wait_until(lambda: fetch(varnish, offer.url).status_code == 404, offer.url)
    for path in lists:
        wait_until(lambda path=path: "Varnishprobe Alpha" not in fetch(varnish, path).text, path)


def test_a_restriction_hides_the_page_and_its_entries(varnish, fresh_offer):
    offer, translation = fresh_offer
    lists = lists_of(offer)
    for path in [offer.url, *lists]:
        warm(varnish, path)
    restriction = PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    try:
        wait_until(lambda: fetch(varnish, offer.url).status_code == 302, offer.url)
        for path in lists:
            wait_until(lambda path=path: "Varnishprobe Alpha" not in fetch(varnish, path).text, path)
    finally:
        restriction.delete()


def test_admin_previews_and_logged_in_visitors_never_come_from_the_cache(varnish, committed):
    home = HomePage.objects.get(locale__language_code="de")
    warm(varnish, home.url)  # the anonymous copy is in the cache
    client = Client()
    client.force_login(get_user_model().objects.get(username="redaktion"))
    cookies = {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}
    for path in (home.url, "/admin/", f"/admin/pages/{home.pk}/edit/preview/"):
        for _ in range(2):
            response = fetch(varnish, path, cookies=cookies)
            assert response.headers.get("X-Cache") == "MISS", path
            assert "no-store" in response.headers.get("Cache-Control", ""), path
    # The logged-in editor gets the page with the editor's bar, not the cached anonymous copy.
    assert "wagtail-userbar" in fetch(varnish, home.url, cookies=cookies).text
    assert "wagtail-userbar" not in fetch(varnish, home.url).text


def test_a_publish_purges_with_few_requests_well_within_the_goal(varnish, fresh_offer):
    """One publish purges some sixty URLs (the page, its lists, their feeds, both languages): they
    go to Varnish as a few bans, not one request each, so the purge is quick whatever the load."""
    offer, translation = fresh_offer
    paths = [offer.url, translation.url, *lists_of(offer), *lists_of(translation)]
    for path in paths:
        warm(varnish, path)
    requests_before = varnish.counter("MAIN.client_req")
    bans_before = varnish.counter("MAIN.bans_added")

    page = OfferPage.objects.get(pk=offer.pk).save_revision().as_object()
    page.title = "Varnishprobe Gamma"
    started = time.monotonic()
    page.save_revision().publish()  # committed: the purge is sent before this returns
    purge_time = time.monotonic() - started

    purges = varnish.counter("MAIN.client_req") - requests_before
    bans = varnish.counter("MAIN.bans_added") - bans_before
    assert purges <= MAX_PURGE_REQUESTS, purges
    assert 1 <= bans <= MAX_PURGE_REQUESTS
    assert purge_time < VISIBLE_WITHIN
    for path in paths:
        wait_until(lambda path=path: "Varnishprobe Gamma" in fetch(varnish, path).text, path)
    visible = time.monotonic() - started
    print(
        f"\npublish incl. purge {purge_time:.2f} s ({purges} requests, {bans} bans); "
        f"all {len(paths)} pages new after {visible:.2f} s"
    )
