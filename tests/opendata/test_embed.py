"""The embeddable offer list: a provider copies the snippet in the admin (only for pages it may edit);
the framed page may be framed (only it), sets no cookie, loads nothing from elsewhere, runs no script."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from offers.models import OfferIndexPage, OfferPage, ProviderPage


@pytest.fixture
def university(german):
    return ProviderPage.objects.child_of(OfferIndexPage.objects.get(locale=german)).get(slug="universitaet-leipzig")


@pytest.fixture
def other(german):
    return ProviderPage.objects.child_of(OfferIndexPage.objects.get(locale=german)).get(slug="htwk-leipzig")


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def assert_refused(client, url):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard and a message."""
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "einbetten/" not in response.content.decode()
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def test_provider_editor_copies_the_snippet_of_its_own_page(client, university):
    login(client, "anbieter-universitaet-leipzig")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[university.pk]))
    assert reverse("opendata_embed_code", args=[university.pk]) in edit.content.decode()
    response = client.get(reverse("opendata_embed_code", args=[university.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{university.get_full_url()}einbetten/" in html
    assert "&lt;iframe" in html and "sandbox=" in html


def test_embed_code_is_not_given_for_other_organisations_or_anonymous(client, other):
    url = reverse("opendata_embed_code", args=[other.pk])
    assert client.get(url)["Location"].startswith("/admin/login/")
    login(client, "anbieter-universitaet-leipzig")
    assert_refused(client, url)
    offer = OfferPage.objects.child_of(other).first()
    login(client, "redaktion")
    assert client.get(url).status_code == 200
    assert_refused(client, reverse("opendata_embed_code", args=[offer.pk]))


def test_embedded_list_is_frameable_and_tracker_free(client, university, german):
    response = client.get(f"{university.url}einbetten/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert not response.cookies
    html = response.content.decode()
    assert "<script" not in html
    site = university.get_site().root_url
    external = [
        url
        for url in re.findall(r'(?:src|href)="([^"]+)"', html)
        if url.startswith("http") and not url.startswith(site)
    ]
    assert external == []
    upcoming = OfferPage.objects.upcoming(german).child_of(university)
    assert all(offer.title in html for offer in upcoming[:20])
    assert client.get(university.url)["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert client.get("/de/angebote/einbetten/").status_code == 404
