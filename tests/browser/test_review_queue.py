"""The review queue in Chromium: a curator filters it, compares, requests changes and is back in the queue;
the translator resubmits from wagtail-localize's editor.

The English offer whose change waits for review is part of the demo content; the test leaves it
waiting for review again.
"""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from demo.builder import DEMO_PASSWORD
from offers.models import OfferPage

pytestmark = pytest.mark.browser


def log_in(page, live_url, username):
    # Every step before waits for the navigation it starts: a new ``goto`` would abort it.
    page.context.clear_cookies()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/admin/")


def test_curator_filters_compares_requests_changes_and_returns_to_the_queue(page, live_url, screenshot_dir):
    english = OfferPage.objects.filter(locale=Locale.objects.get(language_code="en"))
    offer = next(offer for offer in english if offer.workflow_in_progress)
    arena = offer.arenas.order_by("key").first()

    log_in(page, live_url, f"kuratorin-{arena.key}")
    page.get_by_role("link", name="Prüfungen").first.click()
    page.wait_for_url(f"{live_url}/admin/pruefung/")
    page.locator("#id_language").select_option("en")
    page.locator("#id_arena").select_option(arena.key)
    page.get_by_role("button", name="Anwenden").click()
    page.wait_for_url("**/admin/pruefung/?*language=en*")
    row = page.locator("tbody tr", has_text=offer.draft_title)
    assert row.count() == 1
    assert "Kurzbeschreibung" in row.inner_text()  # what changed since the last approval
    page.screenshot(path=screenshot_dir / "queue-1-filtered.png", full_page=True)

    row.get_by_role("link", name="Änderungen ansehen").click()
    page.wait_for_url(f"**/admin/pages/{offer.pk}/revisions/compare/**")
    expect(page.get_by_text("updated description of the venue").first).to_be_visible()
    page.screenshot(path=screenshot_dir / "queue-2-compare.png", full_page=True)
    page.go_back()

    page.locator("tbody tr", has_text=offer.draft_title).get_by_role("link", name="Prüfen").click()
    page.wait_for_url(f"**/admin/pages/{offer.pk}/edit/")
    # A translation opens in wagtail-localize's editor, with the review bar above it.
    bar = page.get_by_role("region", name="Prüfung der Übersetzung")
    bar.get_by_label("Kommentar").fill("Please describe the venue in one sentence.")
    bar.get_by_role("button", name="Änderungen erbitten").click()
    page.wait_for_url(f"{live_url}/admin/pruefung/")
    expect(page.get_by_text("Änderungen erbeten").first).to_be_visible()
    assert page.get_by_text("keinen Zugang").count() == 0
    page.screenshot(path=screenshot_dir / "queue-3-back-in-queue.png", full_page=True)

    # The translator sees the comment in the translation editor and resubmits from there.
    log_in(page, live_url, "uebersetzung")
    page.goto(f"{live_url}/admin/pages/{offer.pk}/edit/")
    bar = page.get_by_role("region", name="Prüfung der Übersetzung")
    expect(bar.get_by_text("Please describe the venue in one sentence.")).to_be_visible()
    page.screenshot(path=screenshot_dir / "queue-4-translation-editor.png", full_page=True)
    # The editor reloads at the same address: wait for that navigation, not for the address.
    with page.expect_navigation(url=f"**/admin/pages/{offer.pk}/edit/"):
        bar.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.get_by_role("region", name="Prüfung der Übersetzung").get_by_text("In Prüfung seit")).to_be_visible()
