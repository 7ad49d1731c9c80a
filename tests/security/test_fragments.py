"""The navigation, footer links and arena tiles are cached per language until the next publish,
unpublish, move, deletion or restriction: an editor's change shows at once, nothing stale stays."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from arenas.models import ArenaPage
from home.models import HomePage, StandardPage
from security.cache import clear_fragments, seconds_to_keep


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def nav_titles(client, url):
    return [link.get_text(strip=True) for link in page_html(client, url).select(".main-nav__link")]


def footer_titles(client, url):
    return [link.get_text(strip=True) for link in page_html(client, url).select(".site-footer__links a")]


@pytest.fixture
def economy(german):
    return ArenaPage.objects.get(locale=german, arena__key="wirtschaft")


def test_the_fragments_are_cached_per_language(client, german, english, economy):
    german_home, english_home = HomePage.objects.get(locale=german).url, HomePage.objects.get(locale=english).url
    assert "Wirtschaft" in nav_titles(client, german_home)
    assert "Economy" in nav_titles(client, english_home)
    assert "Wirtschaft" not in nav_titles(client, english_home)
    # Cached: a change that bypasses publishing (no editor does this) is not seen ...
    Page.objects.filter(pk=economy.pk).update(title="Wirtschaft ungesehen")
    assert "Wirtschaft ungesehen" not in nav_titles(client, german_home)
    # ... and the cached parts cost no queries on the next page.
    offer_index = page_html(client, german_home).select_one(".main-nav__link[href$='/angebote/']")["href"]
    client.get(offer_index)
    with CaptureQueriesContext(connection) as cached:
        client.get(offer_index)
    clear_fragments()
    with CaptureQueriesContext(connection) as computed:
        client.get(offer_index)
    assert len(cached) <= len(computed) - 3  # navigation, its arenas, footer links, sign language


def test_a_publish_shows_in_the_navigation_and_tiles_at_once(client, german, economy):
    home = HomePage.objects.get(locale=german).url
    assert "Wirtschaft" in nav_titles(client, home)  # cached now
    page = economy.get_latest_revision_as_object()
    page.title = "Wirtschaft und Arbeit"
    page.save_revision().publish()
    assert "Wirtschaft und Arbeit" in nav_titles(client, home)
    tiles = [tile.get_text(strip=True) for tile in page_html(client, home).select(".arena-tile__name")]
    assert "Wirtschaft und Arbeit" in tiles
    # Every page of the language, not only the one that was open.
    assert "Wirtschaft und Arbeit" in nav_titles(client, economy.url)


def test_unpublish_and_restriction_take_pages_out_at_once(client, german, economy):
    home = HomePage.objects.get(locale=german).url
    imprint = StandardPage.objects.get(locale=german, slug="impressum")
    assert "Impressum" in footer_titles(client, home)
    assert "Wirtschaft" in nav_titles(client, home)

    ArenaPage.objects.get(pk=economy.pk).unpublish()
    assert "Wirtschaft" not in nav_titles(client, home)

    restriction = PageViewRestriction.objects.create(page=imprint, restriction_type=PageViewRestriction.LOGIN)
    assert "Impressum" not in footer_titles(client, home)
    restriction.delete()
    assert "Impressum" in footer_titles(client, home)


def test_a_deleted_page_leaves_the_footer(client, german):
    home = HomePage.objects.get(locale=german).url
    assert "Datenschutz" in footer_titles(client, home)
    StandardPage.objects.get(locale=german, slug="datenschutz").delete()
    assert "Datenschutz" not in footer_titles(client, home)


def test_nothing_is_kept_beyond_the_moment_a_live_page_expires(client, german, economy):
    """A page is hidden once its expire_at passes, before publish_scheduled purges anything: the
    fragments and the shared cache keep nothing longer than until then."""
    home = HomePage.objects.get(locale=german).url
    economy.expire_at = timezone.now() + timedelta(seconds=90)
    economy.save_revision().publish()
    assert 0 < seconds_to_keep(600) <= 90
    response = client.get(home)
    s_maxage = int(response.headers["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 0 < s_maxage <= 90
    # Once the moment has passed, the page is gone from the navigation without any signal.
    Page.objects.filter(pk=economy.pk).update(expire_at=timezone.now() - timedelta(seconds=1))
    cache.clear()  # stands for the fragment's short lifetime running out
    assert "Wirtschaft" not in nav_titles(client, home)
