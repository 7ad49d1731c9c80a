"""A visitor's path through the site in Chromium, with accessibility and privacy checks."""

from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def follow(page, link):
    """Click ``link`` and wait until its page has loaded."""
    target = urljoin(page.url, link.get_attribute("href"))
    link.click()
    page.wait_for_url(target)


def assert_only_local_requests(page):
    hosts = {urlsplit(url).hostname for url in page.requested_urls if not url.startswith(("data:", "about:"))}
    assert hosts <= {"127.0.0.1"}, f"requests left the machine: {hosts}"


def test_home_to_arena_to_offer_and_switch_language(page, live_url, screenshot_dir):
    page.goto(f"{live_url}/de/")
    page.screenshot(path=screenshot_dir / "home-de.png", full_page=True)
    follow(page, page.get_by_role("link", name="Bildung", exact=True).first)
    assert page.url == f"{live_url}/de/bildung/"
    expect(page.locator("h1")).to_have_text("Bildung")

    offer_link = page.locator(".offer-card__title a").first
    offer_title = offer_link.inner_text()
    follow(page, offer_link)
    expect(page.locator("h1")).to_have_text(offer_title)
    german_url = page.url
    page.screenshot(path=screenshot_dir / "offer-de.png", full_page=True)

    follow(page, page.get_by_role("navigation", name="Sprache wählen").get_by_role("link", name="English"))
    assert "/en/offers/" in page.url
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator("h1")).not_to_be_empty()
    # Back to the same offer in German.
    follow(page, page.get_by_role("navigation", name="Choose language").get_by_role("link", name="Deutsch"))
    assert page.url == german_url
    assert_only_local_requests(page)


def test_keyboard_skip_link(page, live_url):
    page.goto(f"{live_url}/de/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Zum Inhalt springen" in focused
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()


# Axe on every public page type, in every language and at two widths, with the check that no
# request leaves the machine: tests/browser/test_easyread.py.


def test_offer_and_news_pages_are_accessible(page, live_url):
    for link_selector, index_path in ((".offer-card__title a", "/de/angebote/"), (".news-card__title a", "/en/news/")):
        page.goto(f"{live_url}{index_path}")
        follow(page, page.locator(link_selector).first)
        results = Axe().run(page)
        serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, [(v["id"], v["help"]) for v in serious]
        assert_only_local_requests(page)


@pytest.mark.parametrize("width,name", [(390, "phone"), (1280, "desktop")])
def test_screenshots_phone_and_desktop(page, live_url, screenshot_dir, width, name):
    page.set_viewport_size({"width": width, "height": 900})
    for path, label in (
        ("/de/", "home-de"),
        ("/en/", "home-en"),
        ("/de/wirtschaft/", "arena-de"),
        ("/en/offers/", "offers-en"),
    ):
        page.goto(f"{live_url}{path}")
        page.screenshot(path=screenshot_dir / f"{label}-{name}.png", full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow, f"{path} scrolls sideways at {width}px"
