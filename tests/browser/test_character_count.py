"""The offer editor counts characters while one types: Wagtail's count under the rich text, ours
(the ``campus-count`` Stimulus controller) under the plain text fields."""

import pytest
from playwright.sync_api import expect

from offers.models import OfferPage, ProviderPage
from tests.browser.test_editorial_workflow import log_in

pytestmark = pytest.mark.browser


def test_the_offer_editor_counts_characters(page, live_url, screenshot_dir):
    provider = ProviderPage.objects.get(slug="universitaet-leipzig", locale__language_code="de")
    offer = OfferPage.objects.child_of(provider).live().first()
    log_in(page, live_url, "anbieter-universitaet-leipzig")
    page.goto(f"{live_url}/admin/pages/{offer.pk}/edit/")
    summary = page.locator("#id_summary")
    count = page.locator("#id_summary-count")
    expect(count).to_have_text(f"{len(summary.input_value())} von 180 Zeichen")
    summary.fill("Daten lesen und prüfen.")
    expect(count).to_have_text("23 von 180 Zeichen")
    expect(page.locator("#id_title-count")).to_contain_text("von 100 Zeichen")
    # Wagtail's own count in the rich text editor (Draftail, from the input's maxlength).
    expect(page.locator("#id_description-length")).to_contain_text("2000")
    page.screenshot(path=screenshot_dir / "offer-editor-character-count.png", full_page=True)
