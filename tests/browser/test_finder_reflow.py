"""Reflow (WCAG 1.4.10): no page type scrolls sideways at 320 px, in each language; the finder by keyboard.

Screenshots of the offer index, an arena, a provider and an offer page at phone and desktop width land
in test-artifacts/screenshots for a look.
"""

import pytest
from django.db.models import F

from offers.models import OfferPage, ProviderPage

pytestmark = pytest.mark.browser

PATHS = {
    "de": ["/de/", "/de/angebote/", "/de/bildung/", "/de/suche/?q=Python", "/de/suche/?q=xyzzy", "/de/aktuelles/"],
    "en": ["/en/", "/en/offers/", "/en/education/", "/en/search/?q=python", "/en/search/?q=xyzzy", "/en/news/"],
    "de-ls": [
        "/de-ls/",
        "/de-ls/angebote/",
        "/de-ls/bildung/",
        "/de-ls/stadtgesellschaft/",
        "/de-ls/barrierefreiheit/",
        "/de-ls/suche/?q=Python",
        "/de-ls/so-finden-sie-ein-angebot/",
        "/de-ls/aktuelles/",
    ],
}


def detail_paths(language):
    """An offer and a provider of the language, preferring pages written in it over aliases
    (Leichte Sprache has its larger type only on its own pages)."""
    order = (F("alias_of").asc(nulls_first=True), "path")
    offer = OfferPage.objects.live().filter(locale__language_code=language).order_by(*order).first()
    provider = ProviderPage.objects.live().filter(locale__language_code=language).order_by(*order).first()
    return [offer.url, provider.url]


@pytest.mark.parametrize("language", ["de", "en", "de-ls"])
def test_no_horizontal_scrolling_at_320_px(browser, live_url, screenshot_dir, language):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    overflowing = []
    for path in PATHS[language] + detail_paths(language):
        response = page.goto(live_url + path, wait_until="load")
        assert response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            overflowing.append((path, width))
    context.close()
    assert overflowing == []


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["de", "en"])
def test_finder_pages_screenshots(browser, live_url, screenshot_dir, width, language):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    offer, provider = detail_paths(language)
    index = "/de/angebote/" if language == "de" else "/en/offers/"
    arena = "/de/bildung/" if language == "de" else "/en/education/"
    for name, path in (("index", index), ("arena", arena), ("provider", provider), ("offer", offer)):
        page.goto(live_url + path, wait_until="load")
        page.screenshot(path=str(screenshot_dir / f"finder-{name}-{language}-{width}.png"), full_page=True)
    context.close()


def test_offer_facts_come_first_on_phones(browser, live_url):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(live_url + detail_paths("de")[0], wait_until="load")
    facts = page.locator(".offer__facts").bounding_box()
    description = page.locator(".offer__main").bounding_box()
    assert facts["y"] < description["y"]
    context.close()


def test_filters_and_pagination_by_keyboard(page, live_url):
    page.goto(live_url + "/de/angebote/", wait_until="load")
    checkbox = page.locator("input[name=arena][value=bildung]")
    checkbox.focus()
    page.keyboard.press("Space")
    assert checkbox.is_checked()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "arena=bildung" in page.url
    assert page.locator(".finder__chip").first.is_visible()
    link = page.locator(".pagination a[rel=next]")
    if link.count():
        link.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "arena=bildung" in page.url and "page=2" in page.url


def test_header_search_suggests(page, live_url):
    page.goto(live_url + "/de/angebote/", wait_until="load")
    field = page.locator("#site-search-input")
    field.fill("Pyth")
    option = page.locator("#site-search-input-listbox [role=option]").first
    option.wait_for()
    assert "Python" in option.inner_text()
    page.keyboard.press("Escape")
    with page.expect_navigation():
        field.press("Enter")
    assert "/de/suche/?q=Pyth" in page.url
