"""Words and forms: a draft needs only its title; submission still checks everything."""

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from offers.models import OfferPage


def title_only(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "description": rich_text(""),
            "dates": inline_formset([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_a_new_offer_is_saved_as_draft_with_only_its_title(provider_client, own_provider):
    add = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", own_provider.pk])
    response = provider_client.post(add, title_only("Nur ein Titel", "nur-ein-titel"))
    assert response.status_code == 302, response.content.decode()[:3000]
    offer = OfferPage.objects.child_of(own_provider).get(slug="nur-ein-titel")
    assert not offer.live and offer.format_id is None

    # Submitting it for review checks every field and says which are missing.
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    response = provider_client.post(edit, title_only("Nur ein Titel", "nur-ein-titel", **{"action-submit": "1"}))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"summary", "arenas", "format", "target_groups"} <= set(errors)
    offer.refresh_from_db()
    assert not offer.workflow_in_progress
    # The draft preview still renders.
    assert provider_client.get(reverse("wagtailadmin_pages:view_draft", args=[offer.pk])).status_code == 200


# --- Guidance and character counts ---------------------------------------------------------------


def edit_form_html(client, offer):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_offer_editor_explains_each_text_and_counts_its_characters(provider_client, own_provider):
    offer = OfferPage.objects.child_of(own_provider).live().first()
    html = edit_form_html(provider_client, offer)
    assert "Kurz und konkret: Was lernen Teilnehmende?" in html
    assert "Tag und Uhrzeit, zu der Teilnehmende da sein sollen." in html  # the inline dates
    assert "character-count.js" in html
    page = BeautifulSoup(html, "html.parser")
    summary = page.find("input", attrs={"name": "summary"})
    assert summary["maxlength"] == "180"
    assert "campus-count" in summary["data-controller"].split()
    assert summary["data-campus-count-label-value"] == "{count} von 180 Zeichen"
    # The title keeps Wagtail's own controllers (slug sync) beside the count.
    title = page.find("input", attrs={"name": "title"})
    assert title["maxlength"] == "100" and "campus-count" in title["data-controller"].split()
    assert len(title["data-controller"].split()) > 1
    # The rich text editor counts by itself when its input has a maxlength.
    description = page.find("input", attrs={"name": "description"})
    assert description["maxlength"] == "2000"
    assert "campus-count" not in description.get("data-controller", "")


def test_the_guidance_is_in_english_for_an_english_admin(provider_client, provider_user, own_provider):
    provider_user.wagtail_userprofile.preferred_language = "en"
    provider_user.wagtail_userprofile.save()
    offer = OfferPage.objects.child_of(own_provider).live().first()
    html = edit_form_html(provider_client, offer)
    assert "Short and concrete: what will participants learn?" in html
    assert "{count} of 180 characters" in html


def test_an_over_long_text_gets_a_clear_message(provider_client, own_provider):
    add = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", own_provider.pk])
    data = title_only(
        "Zu lang",
        "zu-lang",
        summary="x" * 181,
        description=rich_text("<p>" + "Wort " * 401 + "</p>"),  # 2005 characters of text
    )
    response = provider_client.post(add, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "höchstens 180 Zeichen" in errors["summary"][0] and "181" in errors["summary"][0]
    assert "höchstens 2000 Zeichen" in errors["description"][0]
    assert not OfferPage.objects.child_of(own_provider).filter(slug="zu-lang").exists()


def test_the_validation_banner_speaks_of_missing_information_not_of_a_failed_review(provider_client, own_provider):
    add = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", own_provider.pk])
    response = provider_client.post(add, title_only("", "ohne-titel"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Die Seite konnte wegen fehlender oder ungültiger Angaben nicht angelegt werden." in html
    assert "Prüfungsfehler" not in html

    offer = OfferPage.objects.child_of(own_provider).live().first()
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    response = provider_client.post(edit, title_only("", offer.slug))
    html = response.content.decode()
    assert "Die Seite konnte wegen fehlender oder ungültiger Angaben nicht gespeichert werden." in html
    assert "Fehlern bei der Validierung" not in html
