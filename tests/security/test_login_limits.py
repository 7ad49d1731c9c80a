"""Login lockout (django-axes) through the Wagtail admin login, and its admin view."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F
from django.test import override_settings
from django.urls import reverse

from demo.builder import DEMO_PASSWORD

PASSWORD = DEMO_PASSWORD


def login(client, username, password, ip="192.0.2.10"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail(client, username, times, ip="192.0.2.10"):
    for _ in range(times):
        response = login(client, username, "wrong-password", ip=ip)
        assert response.status_code in (200, 429)
    return response


def test_the_account_is_locked_after_the_configured_failures_even_with_the_right_password(client):
    limit = settings.AXES_FAILURE_LIMIT
    response = fail(client, "redaktion", limit - 1)
    assert response.status_code == 200  # still the login form with its error
    assert login(client, "redaktion", PASSWORD, ip="192.0.2.99").status_code == 302  # success resets
    client.logout()
    response = fail(client, "redaktion", limit)
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.content.decode()
    # Locked per account: from another address too, with the right password.
    locked = login(client, "redaktion", PASSWORD, ip="192.0.2.200")
    assert locked.status_code == 429
    assert AccessFailureLog.objects.filter(username="redaktion", locked_out=True).exists()


def test_the_address_is_locked_for_every_account(client):
    for number in range(settings.AXES_FAILURE_LIMIT):
        login(client, f"unbekannt-{number}", "wrong", ip="192.0.2.50")
    assert login(client, "uebersetzung", PASSWORD, ip="192.0.2.50").status_code == 429
    assert login(client, "uebersetzung", PASSWORD, ip="192.0.2.51").status_code == 302


def test_the_lockout_ends_after_the_cool_off_time(client):
    fail(client, "redaktion", settings.AXES_FAILURE_LIMIT)
    assert login(client, "redaktion", PASSWORD, ip="192.0.2.77").status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    with override_settings(AXES_COOLOFF_TIME=timedelta(minutes=15)):
        assert login(client, "redaktion", PASSWORD, ip="192.0.2.78").status_code == 302


def test_administrators_see_the_attempts_and_can_lift_a_lockout(client):
    fail(client, "redaktion", settings.AXES_FAILURE_LIMIT)
    admin = get_user_model().objects.get(username="admin")
    client.force_login(admin)
    page = client.get(reverse("security_login_attempts"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "redaktion" in html and "192.0.2.10" in html
    attempt = AccessAttempt.objects.get(username="redaktion")
    assert client.post(reverse("security_unlock", args=[attempt.pk])).status_code == 302
    client.logout()
    assert login(client, "redaktion", PASSWORD, ip="192.0.2.79").status_code == 302


@pytest.mark.parametrize("username", ["redaktion", "uebersetzung"])
def test_only_administrators_see_the_attempts(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    assert client.get(reverse("security_login_attempts")).status_code in (302, 403)
    fail_attempt = AccessAttempt.objects.create(
        username="x",
        ip_address="192.0.2.1",
        failures_since_start=9,
        get_data="",
        post_data="",
        http_accept="",
        path_info="/",
    )
    assert client.post(reverse("security_unlock", args=[fail_attempt.pk])).status_code in (302, 403)
    assert AccessAttempt.objects.filter(pk=fail_attempt.pk).exists()
