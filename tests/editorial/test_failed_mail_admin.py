"""Redaktion's list of mails the mail server refused, with "Erneut senden"; closed to providers."""

import pytest
from django.core import mail
from django.urls import reverse

from editorial.models import FailedMail

INDEX = "nicht-versandte-emails:index"


@pytest.fixture
def failed(users):
    return FailedMail.objects.create(
        subject="Zur Prüfung: „Löten für Anfänger“",
        body="Bitte prüfen.",
        from_email="campus@example.org",
        recipients="kuratorin-bildung@example.org\nredaktion@example.org",
        error="ConnectionRefusedError: [Errno 111] Connection refused",
        triggered_by=users["anbieter-universitaet-leipzig"],
    )


@pytest.fixture
def editorial_client(client, users):
    client.force_login(users["redaktion"])
    return client


def test_editorial_team_sees_recipient_subject_time_and_error(editorial_client, failed):
    response = editorial_client.get(reverse(INDEX))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zur Prüfung: „Löten für Anfänger“" in html
    assert "kuratorin-bildung@example.org, redaktion@example.org" in html
    assert "Connection refused" in html
    assert reverse("nicht-versandte-emails:resend", args=[failed.pk]) in html
    # Nothing is added by hand (Wagtail sends the refused editor back to the dashboard).
    assert editorial_client.get(reverse("nicht-versandte-emails:add")).status_code in (302, 403)
    # The menu leads there.
    assert reverse(INDEX) in editorial_client.get(reverse("wagtailadmin_home")).content.decode()


def test_resend_from_the_list_uses_the_same_sending_as_the_command(editorial_client, failed, settings):
    settings.CAMPUS_MAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    url = reverse("nicht-versandte-emails:resend", args=[failed.pk])
    assert "Löten für Anfänger" in editorial_client.get(url).content.decode()  # asks first
    assert not mail.outbox
    response = editorial_client.post(url, follow=True)
    assert response.status_code == 200
    assert "1 E-Mail versandt." in response.content.decode()
    assert mail.outbox[0].to == ["kuratorin-bildung@example.org", "redaktion@example.org"]
    failed.refresh_from_db()
    assert failed.sent_at is not None
    # Sent already: nothing is sent twice.
    editorial_client.post(url)
    assert len(mail.outbox) == 1


def test_a_resend_that_fails_again_says_so_and_keeps_the_mail(editorial_client, failed, settings):
    settings.CAMPUS_MAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard: nothing listens
    settings.EMAIL_TIMEOUT = 5
    response = editorial_client.post(reverse("nicht-versandte-emails:resend_all"), follow=True)
    assert "1 E-Mail konnte wieder nicht versandt werden" in response.content.decode()
    failed.refresh_from_db()
    assert failed.sent_at is None and failed.attempts == 2


def test_providers_get_403_by_url_and_no_menu_item(provider_client, failed):
    for url in (
        reverse(INDEX),
        reverse("nicht-versandte-emails:inspect", args=[failed.pk]),
        reverse("nicht-versandte-emails:edit", args=[failed.pk]),
        reverse("nicht-versandte-emails:resend", args=[failed.pk]),
        reverse("nicht-versandte-emails:resend_all"),
    ):
        assert provider_client.get(url).status_code == 403, url
        assert provider_client.post(url).status_code == 403, url
    assert reverse(INDEX) not in provider_client.get(reverse("wagtailadmin_home")).content.decode()
    failed.refresh_from_db()
    assert failed.sent_at is None and failed.attempts == 1
