"""Words and forms: a draft needs only its title; submission still checks everything."""

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
