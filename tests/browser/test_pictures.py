"""Pictures in Chromium: they load, nothing jumps, and axe finds nothing on the pages that show them."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import TIMEOUT_MS

pytestmark = pytest.mark.browser

PAGES = ["/de/", "/en/", "/de/wirtschaft/", "/en/education/", "/de/angebote/", "/en/offers/", "/en/news/"]


def picture_page_paths(page, live_url):
    """An offer with a picture and a provider with a logo, found through the site itself."""
    page.goto(f"{live_url}/de/")
    offer = page.locator(".offer-card--picture .offer-card__title a").first.get_attribute("href")
    page.goto(f"{live_url}{offer}")
    provider = page.locator(".offer__header .kicker a").first.get_attribute("href")
    return [offer, provider]


def test_pictures_load_and_axe_finds_no_violations(page, live_url):
    for path in PAGES + picture_page_paths(page, live_url):
        page.goto(f"{live_url}{path}")
        # Load the lazy pictures too, then wait until every one has loaded or failed. Scrolling to
        # the bottom is not enough: a lazy picture that the jump skips never loads and never fires
        # an event. The bound only turns a picture that never settles into a failure, not a hang.
        # (evaluate, not wait_for_function: the site's CSP forbids the eval that the latter uses)
        settled = page.evaluate(
            """(bound) => Promise.race([
                Promise.all([...document.images].map(img => {
                    img.loading = "eager";
                    return img.complete ? null : new Promise(done => {
                        img.addEventListener("load", done);
                        img.addEventListener("error", done);
                    });
                })).then(() => true),
                new Promise(done => setTimeout(() => done(false), bound)),
            ])""",
            TIMEOUT_MS,
        )
        assert settled, f"{path}: pictures still loading after {TIMEOUT_MS} ms"
        broken = page.evaluate("[...document.images].filter(img => !img.naturalWidth).map(img => img.currentSrc)")
        assert not broken, f"{path}: pictures did not load: {broken}"
        results = Axe().run(page)
        violations = results.response["violations"]
        assert not violations, (
            path,
            [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in violations],
        )
