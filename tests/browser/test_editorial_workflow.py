"""The editorial workflow in Chromium, through the real admin: submit, send back, resubmit, approve."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from demo.builder import DEMO_PASSWORD

pytestmark = pytest.mark.browser

TITLE = "Browser-Werkstatt Datenkompetenz"


def log_in(page, live_url, username):
    # Every step before waits for the navigation it starts: a new ``goto`` would abort it.
    page.context.clear_cookies()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/admin/")


def navigate_by(page, locator):
    """Click ``locator`` and wait until the page it leads to has loaded (also after a modal's XHR)."""
    with page.expect_navigation() as navigation:
        locator.click()
    assert navigation.value is None or navigation.value.ok, navigation.value.status


def review_action(page, name):
    """Open the row's action menu in the dashboard's review panel; the action's button or link."""
    row = page.locator("#awaiting-review-section tr", has_text=TITLE).first
    row.locator("[data-w-dropdown-target='toggle']").click()
    return row.get_by_role("button", name=name, exact=True).or_(row.get_by_role("link", name=name, exact=True)).first


def repeat_until(act, settled, attempts=4):
    """Do ``act`` until ``settled`` (an ``expect`` assertion) holds: what arrives before the editor's
    scripts are ready is lost, and a person would simply do it again."""
    for _attempt in range(attempts - 1):
        act()
        try:
            settled(10_000)
            return
        except AssertionError:
            continue
    act()
    settled(None)


def open_tab(page, name):
    """Open the editor's tab ``name``, clicking again until the tab reports itself selected."""
    tab = page.get_by_role("tab", name=name)
    repeat_until(tab.click, lambda timeout: expect(tab).to_have_attribute("aria-selected", "true", timeout=timeout))


def fill_title(page, title, slug):
    """Fill the new page's title until Wagtail has derived its slug from it.

    A title typed before the editor's script is ready leaves the slug empty, and the form is
    refused on its "Veröffentlichung" tab.
    """
    title_field, slug_field = page.locator("#id_title"), page.locator("#id_slug")

    def type_title():
        title_field.fill("")
        title_field.fill(title)
        title_field.press("Tab")

    repeat_until(type_title, lambda timeout: expect(slug_field).to_have_value(slug, timeout=timeout))


def submit_button(page, name):
    """Open the editor's action menu; the submit button called ``name`` (or the workflow's name)."""
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    return page.get_by_role("button", name=name).or_(page.get_by_role("button", name="Angebotsprüfung")).first


def test_provider_submits_curator_sends_back_and_approves(page, live_url, screenshot_dir):
    log_in(page, live_url, "anbieter-universitaet-leipzig")
    expect(page.get_by_role("heading", name="Meine Angebote")).to_be_visible()
    page.screenshot(path=screenshot_dir / "workflow-1-provider-dashboard.png", full_page=True)

    # Create an offer below the organisation's page.
    navigate_by(page, page.get_by_role("link", name="Neues Angebot anlegen").first)
    fill_title(page, TITLE, "browser-werkstatt-datenkompetenz")
    page.fill("#id_summary", "Daten lesen, prüfen und verständlich darstellen.")
    page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    page.keyboard.type("Ein Nachmittag mit offenen Daten der Stadt Leipzig.")
    start = timezone.localtime() + datetime.timedelta(days=12)
    page.locator("input[name='dates-0-start']").fill(start.strftime("%Y-%m-%d 17:00"))
    page.locator("input[name='dates-0-end']").fill(start.strftime("%Y-%m-%d 19:00"))
    open_tab(page, "Einordnung")
    page.get_by_label("Bildung", exact=True).check()
    page.locator("#id_format").select_option(label="Workshop")
    page.get_by_label("Studierende", exact=True).check()
    open_tab(page, "Ort, Kosten, Anmeldung")
    page.locator("#id_mode").select_option("online")
    page.fill("#id_online_note", "Der Link kommt per E-Mail.")
    navigate_by(page, submit_button(page, "Zur Prüfung"))
    page.screenshot(path=screenshot_dir / "workflow-2-submitted.png", full_page=True)
    page.goto(f"{live_url}/admin/")
    expect(page.get_by_text("in Prüfung").first).to_be_visible()

    # The curator of the Bildung arena requests changes with a comment.
    log_in(page, live_url, "kuratorin-bildung")
    review_action(page, "Änderungen erbitten").click()
    page.locator("textarea[name='comment']").fill("Bitte die nötigen Vorkenntnisse ergänzen.")
    # The modal posts the comment in the background, then sends the page to the dashboard.
    navigate_by(page, page.locator(".modal button[type=submit], dialog button[type=submit]").first)
    page.screenshot(path=screenshot_dir / "workflow-3-sent-back.png", full_page=True)

    # The provider sees the comment, edits and resubmits.
    log_in(page, live_url, "anbieter-universitaet-leipzig")
    expect(page.get_by_text("Bitte die nötigen Vorkenntnisse ergänzen.")).to_be_visible()
    navigate_by(
        page,
        page.locator("tr", has_text=TITLE).get_by_role("link", name="Bearbeiten und zur Prüfung einreichen").first,
    )
    page.fill("#id_summary", "Daten lesen, prüfen und darstellen. Ohne Vorkenntnisse.")
    navigate_by(page, submit_button(page, "Erneut"))

    # The curator approves; the offer goes live.
    log_in(page, live_url, "kuratorin-bildung")
    navigate_by(page, review_action(page, "Freigeben"))
    page.screenshot(path=screenshot_dir / "workflow-4-approved.png", full_page=True)

    page.context.clear_cookies()
    page.goto(f"{live_url}/de/bildung/")
    page.goto(f"{live_url}/de/angebote/?arena=bildung&format=workshop")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
