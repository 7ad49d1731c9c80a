"""Nothing by URL that the menu hides: providers are refused reports and other organisations' pages."""

import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from editorial.models import FailedMail
from tests.editorial.helpers import offer_form_data
from tests.factories import make_offer

REPORTS = [
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:locked_pages",
    "wagtail_localize:translations_report",
    "translations:report",
]


@pytest.mark.parametrize("name", REPORTS)
def test_provider_is_refused_every_report(provider_client, name):
    assert provider_client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", ["wagtailadmin_reports:workflow", "wagtailadmin_reports:site_history"])
def test_editorial_team_keeps_its_reports(client, users, name):
    client.force_login(users["redaktion"])
    assert client.get(reverse(name)).status_code == 200


def test_page_types_usage_does_not_name_other_drafts(client, users, other_draft_offer):
    client.force_login(users["anbieter-universitaet-leipzig"])
    response = client.get(reverse("wagtailadmin_reports:page_types_usage"))
    assert response.status_code == 403
    assert other_draft_offer.title.encode() not in response.content


def test_provider_is_refused_another_organisations_draft_by_id(provider_client, other_draft_offer):
    for url in (
        reverse("wagtailadmin_explore", args=[other_draft_offer.pk]),
        reverse("wagtailadmin_pages:usage", args=[other_draft_offer.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[other_draft_offer.pk]),
    ):
        response = provider_client.get(url)
        assert response.status_code == 403, url
        assert other_draft_offer.title.encode() not in response.content


def test_provider_is_refused_unpublished_changes_of_another_organisation(provider_client, other_live_offer, users):
    other_live_offer.title = "Geheimer neuer Titel Kleiber"
    other_live_offer.save_revision(user=users["anbieter-htwk-leipzig"])
    response = provider_client.get(reverse("wagtailadmin_explore", args=[other_live_offer.pk]))
    assert response.status_code == 403
    assert b"Kleiber" not in response.content


def test_provider_still_reaches_own_pages_and_public_ones(provider_client, own_provider, other_live_offer):
    own_draft = make_offer(own_provider, arenas=["bildung"], publish=False, title="Eigener Entwurf")
    for page in (own_provider, own_draft, other_live_offer, own_provider.get_parent()):
        assert provider_client.get(reverse("wagtailadmin_explore", args=[page.pk])).status_code == 200, page
    assert provider_client.get(reverse("wagtailadmin_pages:edit", args=[own_draft.pk])).status_code == 200


def closed_port():
    """A local port nobody listens on: the mail server is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "editorial.mail.RecordingEmailBackend"
    settings.CAMPUS_MAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 5
    return settings


def test_failed_submission_mail_is_shown_recorded_and_resent(mail_server_down, provider_client, own_provider):
    offer = make_offer(own_provider, arenas=["wissenschaft"], publish=False, title="Bei Mailausfall")
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    response = provider_client.post(edit, offer_form_data(offer, **{"action-submit": "1"}), follow=True)
    assert response.status_code == 200
    offer.refresh_from_db()
    assert offer.workflow_in_progress
    failed = list(FailedMail.objects.filter(sent_at__isnull=True))
    recipients = sorted(address for row in failed for address in row.recipient_list)
    assert recipients == ["kuratorin-wissenschaft@example.org", "redaktion@example.org"]
    assert all(row.triggered_by.username == "anbieter-universitaet-leipzig" for row in failed)
    assert "nicht versandt werden" in response.content.decode()

    # Still down: the command keeps them and says so.
    with pytest.raises(SystemExit):
        call_command("resend_failed_mail")
    assert FailedMail.objects.filter(sent_at__isnull=True).count() == 2

    mail_server_down.CAMPUS_MAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    call_command("resend_failed_mail")
    assert sorted(address for message in mail.outbox for address in message.to) == recipients
    assert not FailedMail.objects.filter(sent_at__isnull=True).exists()
    assert "Bei Mailausfall" in mail.outbox[0].subject + mail.outbox[0].body
