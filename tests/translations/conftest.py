"""Fixtures for the translation workflow: a German page written in the admin and not yet translated."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage


@pytest.fixture
def users(db):
    return {user.username: user for user in get_user_model().objects.all()}


def standard_page_form_data(title, slug, intro, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": intro,
            "body": streamfield([("paragraph", rich_text(f"<p>{intro}</p>"))]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
            **extra,
        }
    )


@pytest.fixture
def untranslated_page(client, users, home):
    """A German standard page published by the editorial team through the admin, with no English translation."""
    client.force_login(users["redaktion"])
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    data = standard_page_form_data(
        "Barrierefreiheit im Netz", "barrierefreiheit-im-netz", "Wie Websites für alle zugänglich werden."
    )
    response = client.post(url, {**data, "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return StandardPage.objects.get(locale=home.locale, slug="barrierefreiheit-im-netz")
