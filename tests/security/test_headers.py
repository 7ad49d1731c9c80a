"""Security headers, Cache-Control, and ``check --deploy`` under the production settings."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home.models import StandardPage

BASE_DIR = Path(__file__).resolve().parents[2]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part}


def test_public_pages_have_a_strict_policy_without_inline_code(client, home):
    response = client.get(home.url)
    csp = directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_the_admin_has_its_own_compatible_policy(client):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    response = client.get(reverse("wagtailadmin_home"))
    csp = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["style-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]


def test_public_pages_may_be_kept_by_a_shared_cache_without_cookies(client, home):
    for url in (home.url, "/de/suche/?q=KI", "/sitemap.xml"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "public" in response["Cache-Control"] and "s-maxage=600" in response["Cache-Control"], url
        assert not response.cookies, url


@pytest.mark.parametrize("username", ["redaktion", "uebersetzung"])
def test_logged_in_visitors_pages_are_private(client, home, username):
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(home.url)
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_admin_previews_and_forms_are_private(client, home):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_pages:preview_on_edit", args=[home.pk])):
        response = client.get(url)
        assert "no-store" in response["Cache-Control"], url
    client.logout()
    form = client.get("/de/rueckmeldung/")
    assert form.status_code == 200
    assert "private" in form["Cache-Control"] and "no-store" in form["Cache-Control"]


def test_restricted_pages_are_private_even_for_those_who_pass(client, german):
    page = StandardPage.objects.live().filter(locale=german).first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    client.force_login(get_user_model().objects.get(username="uebersetzung"))
    response = client.get(page.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_check_deploy_has_no_warnings_under_the_production_settings():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "digitalcampus.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "digitalcampus.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/6",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests, never in deployment
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
