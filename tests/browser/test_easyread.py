"""Every public page type in German, English and Leichte Sprache, at phone and desktop width: axe finds nothing,
and no request leaves the machine.

Any impact counts (minor and moderate too). The keyboard alone reaches the
Leichte-Sprache start page from any page.
"""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from tests.page_types import PUBLIC_PAGE_TYPES

pytestmark = pytest.mark.browser

LANGUAGES = ["de", "en", settings.EASYREAD_LANGUAGE_CODE]
WIDTHS = [390, 1280]
SEARCH = {"de": "/de/suche/?q=Daten", "en": "/en/search/?q=data", "de-ls": "/de-ls/suche/?q=Daten"}


def public_paths(language):
    """One live page of every type in ``language``: a page written in that language where there is one."""
    locale = Locale.objects.get(language_code=language)
    paths = []
    for model in PUBLIC_PAGE_TYPES:
        pages = model.objects.live().filter(locale=locale).order_by("alias_of", "path")
        page = pages.filter(alias_of__isnull=True).first() or pages.first()
        assert page is not None, (model, language)
        paths.append(page.url)
    # A page of the Leichte-Sprache tree shown in German (an alias), marked as such.
    alias = Page.objects.live().filter(locale=locale, alias_of__isnull=False).order_by("path").first()
    if alias is not None:
        paths.append(alias.url)
    return [*paths, SEARCH[language]]


def violations_of(page):
    return [
        (violation["id"], violation["impact"], violation["help"], [node["target"] for node in violation["nodes"][:3]])
        for violation in Axe().run(page).response["violations"]
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_on_any_page_type(page, live_url, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    found = {}
    for path in public_paths(language):
        response = page.goto(f"{live_url}{path}")
        assert response.status == 200, path
        violations = violations_of(page)
        if violations:
            found[path] = violations
    assert found == {}
    hosts = {urlsplit(url).hostname for url in page.requested_urls if not url.startswith(("data:", "about:"))}
    assert hosts <= {"127.0.0.1"}, f"requests left the machine: {hosts}"


def test_the_easyread_layout_applies_on_leichte_sprache_pages_only(page, live_url):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{live_url}/de-ls/")
    paragraph = page.locator("main p").first
    assert page.locator("html").get_attribute("class") == "easyread"
    assert paragraph.evaluate("p => getComputedStyle(p).hyphens") == "none"
    size = float(paragraph.evaluate("p => getComputedStyle(p).fontSize").removesuffix("px"))
    line = float(paragraph.evaluate("p => getComputedStyle(p).lineHeight").removesuffix("px"))
    assert size >= 19 and line >= 1.5 * size
    assert paragraph.evaluate("p => getComputedStyle(p).textAlign") in ("left", "start")
    # No sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.goto(f"{live_url}/de/")
    assert page.locator("html").get_attribute("class") is None


@pytest.mark.parametrize("path", ["/de/", "/en/offers/", "/de/aktuelles/", "/de/suche/?q=Kurs"])
def test_keyboard_reaches_leichte_sprache(page, live_url, path):
    page.goto(f"{live_url}{path}")
    target = page.locator("a.access-links__link[hreflang='de-ls']")
    for _step in range(40):
        page.keyboard.press("Tab")
        if target.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the Leichte-Sprache link")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{live_url}/de-ls/"
    expect(page.locator("html")).to_have_attribute("lang", "de-ls")
