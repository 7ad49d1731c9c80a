"""Two-factor authentication for publishers (django-otp TOTP in the Wagtail admin)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.permissions import may_publish

pytestmark = pytest.mark.usefixtures("two_factor_on")


@pytest.fixture
def two_factor_on():
    with override_settings(CAMPUS_2FA_REQUIRED=True):
        yield


def user(username):
    return get_user_model().objects.get(username=username)


def code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_who_may_publish():
    assert may_publish(user("admin"))
    assert may_publish(user("redaktion"))
    assert not may_publish(user("uebersetzung"))


def test_a_publisher_without_device_must_set_one_up_before_any_admin_page(client):
    client.force_login(user("redaktion"))
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("security_2fa_setup"))
    setup = client.get(response["Location"])
    assert setup.status_code == 200
    html = setup.content.decode()
    assert "<svg" in html
    device = TOTPDevice.objects.get(user__username="redaktion", confirmed=False)
    wrong = client.post(reverse("security_2fa_setup"), {"otp_token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and "Der Code stimmt nicht" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    done = client.post(reverse("security_2fa_setup"), {"otp_token": code(device), "next": "/admin/pages/"})
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 200


def test_a_publisher_with_a_device_enters_a_code_in_each_new_session(client):
    device = TOTPDevice.objects.create(user=user("redaktion"), name="App", confirmed=True)
    client.force_login(user("redaktion"))
    response = client.get(reverse("wagtailadmin_home"))
    assert response["Location"].startswith(reverse("security_2fa_verify"))
    # Not even a page behind a forged next parameter.
    evil = client.post(reverse("security_2fa_verify"), {"otp_token": "123456", "next": "https://evil.example/"})
    assert evil.status_code == 200
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    ok = client.post(reverse("security_2fa_verify"), {"otp_token": code(device), "next": "https://evil.example/"})
    assert ok.status_code == 302 and ok["Location"] == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_accounts_that_cannot_publish_sign_in_with_the_password_alone(client):
    client.force_login(user("uebersetzung"))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_switched_off_nobody_is_asked(client):
    with override_settings(CAMPUS_2FA_REQUIRED=False):
        client.force_login(user("redaktion"))
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_an_administrator_resets_a_lost_device_and_others_cannot(client):
    device = TOTPDevice.objects.create(user=user("redaktion"), name="App", confirmed=True)
    client.force_login(user("uebersetzung"))
    assert client.post(reverse("security_reset_device", args=[device.pk])).status_code in (302, 403)
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    with override_settings(CAMPUS_2FA_REQUIRED=False):
        client.force_login(user("admin"))
        assert "redaktion" in client.get(reverse("security_login_attempts")).content.decode()
        assert client.post(reverse("security_reset_device", args=[device.pk])).status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
