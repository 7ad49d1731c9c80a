"""The editorial workflow in Chromium, through the real admin: submit, send back, resubmit, approve."""

import datetime

import pytest
from django.utils import timezone

from demo.builder import DEMO_PASSWORD

pytestmark = pytest.mark.browser

TITLE = "Browser-Werkstatt Datenkompetenz"


def log_in(page, live_url, username):
    # Let the previous step's navigation finish: a new one would abort it (and itself).
    page.wait_for_load_state("networkidle")
    page.context.clear_cookies()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/admin/")


def choose_review_action(page, name):
    """Open the row's action menu in the dashboard's review panel and pick an action."""
    row = page.locator("#awaiting-review-section tr", has_text=TITLE).first
    row.locator("[data-w-dropdown-target='toggle']").click()
    action = row.get_by_role("button", name=name, exact=True).or_(row.get_by_role("link", name=name, exact=True))
    action.first.click()


def test_provider_submits_curator_sends_back_and_approves(page, live_url, screenshot_dir):
    page.set_default_timeout(15000)
    log_in(page, live_url, "anbieter-universitaet-leipzig")
    assert page.get_by_role("heading", name="Meine Angebote").is_visible()
    page.screenshot(path=screenshot_dir / "workflow-1-provider-dashboard.png", full_page=True)

    # Create an offer below the organisation's page.
    page.get_by_role("link", name="Neues Angebot anlegen").first.click()
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Daten lesen, prüfen und verständlich darstellen.")
    page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    page.keyboard.type("Ein Nachmittag mit offenen Daten der Stadt Leipzig.")
    start = timezone.localtime() + datetime.timedelta(days=12)
    page.locator("input[name='dates-0-start']").fill(start.strftime("%Y-%m-%d 17:00"))
    page.locator("input[name='dates-0-end']").fill(start.strftime("%Y-%m-%d 19:00"))
    page.get_by_role("tab", name="Einordnung").click()
    page.get_by_label("Bildung", exact=True).check()
    page.locator("#id_format").select_option(label="Workshop")
    page.get_by_label("Studierende", exact=True).check()
    page.get_by_role("tab", name="Ort, Kosten, Anmeldung").click()
    page.locator("#id_mode").select_option("online")
    page.fill("#id_online_note", "Der Link kommt per E-Mail.")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Zur Prüfung").or_(
        page.get_by_role("button", name="Angebotsprüfung")
    ).first.click()
    page.wait_for_load_state()
    page.screenshot(path=screenshot_dir / "workflow-2-submitted.png", full_page=True)
    page.goto(f"{live_url}/admin/")
    assert page.get_by_text("in Prüfung").first.is_visible()

    # The curator of the Bildung arena requests changes with a comment.
    log_in(page, live_url, "kuratorin-bildung")
    choose_review_action(page, "Änderungen erbitten")
    page.locator("textarea[name='comment']").fill("Bitte die nötigen Vorkenntnisse ergänzen.")
    page.locator(".modal button[type=submit], dialog button[type=submit]").first.click()
    page.wait_for_load_state()
    page.screenshot(path=screenshot_dir / "workflow-3-sent-back.png", full_page=True)

    # The provider sees the comment, edits and resubmits.
    log_in(page, live_url, "anbieter-universitaet-leipzig")
    assert page.get_by_text("Bitte die nötigen Vorkenntnisse ergänzen.").is_visible()
    page.locator("tr", has_text=TITLE).get_by_role("link", name="Bearbeiten und zur Prüfung einreichen").first.click()
    page.fill("#id_summary", "Daten lesen, prüfen und darstellen. Ohne Vorkenntnisse.")
    page.locator("footer [data-w-dropdown-target='toggle'], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Erneut").or_(page.get_by_role("button", name="Angebotsprüfung")).first.click()
    page.wait_for_load_state()

    # The curator approves; the offer goes live.
    log_in(page, live_url, "kuratorin-bildung")
    choose_review_action(page, "Freigeben")
    page.wait_for_load_state()
    page.screenshot(path=screenshot_dir / "workflow-4-approved.png", full_page=True)

    page.context.clear_cookies()
    page.goto(f"{live_url}/de/bildung/")
    page.goto(f"{live_url}/de/angebote/?arena=bildung&format=workshop")
    assert page.get_by_role("link", name=TITLE).is_visible()
