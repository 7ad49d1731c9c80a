"""Content-Security-Policy in Chromium: every public page type and the admin load without a violation."""

import pytest
from wagtail.models import Page

from demo.builder import DEMO_PASSWORD
from home.models import HomePage
from offers.models import OfferPage
from tests.page_types import CONTENT_PAGE_TYPES

pytestmark = pytest.mark.browser

# Playwright's init scripts run outside the page's policy; the page's own code cannot hide a violation.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    const where = `${event.sourceFile}:${event.lineNumber}`;
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${where}`);
});
"""


def public_paths():
    paths = ["/de/suche/?q=KI", "/en/search/?q=AI", "/de/gibt-es-nicht/"]
    for language in ("de", "en"):
        for model in CONTENT_PAGE_TYPES:
            page = model.objects.live().public().filter(locale__language_code=language).order_by("path").first()
            if page is not None:
                paths.append(page.url)
    return paths


def violations_on(page, url):
    console = []
    page.on(
        "console", lambda message: console.append(message.text) if "Content Security Policy" in message.text else None
    )
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response is not None and response.status < 500, url
    return [*page.evaluate("window.__cspViolations"), *console]


@pytest.fixture
def enable_db_access(django_db_setup):
    """No test transaction: it would hold SQLite's lock while the live server writes (search
    statistics, editing sessions). The test only reads, through ``django_db_blocker``."""


@pytest.fixture
def recording_page(page):
    page.context.add_init_script(RECORD_VIOLATIONS)
    return page


def test_public_pages_load_without_csp_violations(recording_page, live_url, django_db_blocker):
    with django_db_blocker.unblock():
        paths = public_paths()
    found = {}
    for path in paths:
        if problems := violations_on(recording_page, live_url + path):
            found[path] = problems
    assert not found


def test_the_admin_loads_without_csp_violations(recording_page, live_url, django_db_blocker):
    page = recording_page
    with django_db_blocker.unblock():
        offer = OfferPage.objects.live().filter(locale__language_code="de").first()
        home = Page.objects.get(pk=HomePage.objects.get(locale__language_code="de").pk)
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/admin/")
    found = {}
    for path in (
        "/admin/",
        f"/admin/pages/{home.pk}/",
        f"/admin/pages/{offer.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/anmeldeversuche/",
    ):
        if problems := violations_on(page, live_url + path):
            found[path] = problems
    assert not found
