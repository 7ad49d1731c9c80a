"""Editors see the writing advice in the preview of Leichte-Sprache pages; visitors never see it."""

from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from home.models import StandardPage


def about_page():
    return StandardPage.objects.live().filter(locale__language_code="de").first()


@override_settings(EASYREAD_LANGUAGE_CODE="de")
def test_preview_shows_advice_for_the_configured_language(client):
    page = about_page()
    client.force_login(get_user_model().objects.get(username="redaktion"))
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "easyread-advice" in html
    assert 'data-rule="long_sentence"' in html


@override_settings(EASYREAD_LANGUAGE_CODE="de")
def test_visitors_never_see_advice(client):
    response = client.get(about_page().url)
    assert response.status_code == 200
    assert "easyread-advice" not in response.content.decode()


def test_other_languages_get_no_advice_in_preview(client):
    page = about_page()
    client.force_login(get_user_model().objects.get(username="redaktion"))
    html = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])).content.decode()
    assert "easyread-advice" not in html
