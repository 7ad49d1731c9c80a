"""The review workflow end to end: visibility, revisions, publishing and mails."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision, WorkflowState

from arenas.models import ArenaPage
from offers.models import OfferIndexPage, OfferPage
from tests.editorial.helpers import offer_form_data
from tests.factories import make_offer


def submit(offer, user):
    offer.save_revision(user=user)
    return offer.get_workflow().start(offer, user)


@pytest.fixture
def offers_in_states(own_provider, users):
    """A submitted, a rejected and a never-published offer, all in the Bildung arena and upcoming."""
    provider_user = users["anbieter-universitaet-leipzig"]
    submitted = make_offer(own_provider, arenas=["bildung"], publish=False, days_ahead=1, title="Geheim eingereicht")
    submit(submitted, provider_user)
    rejected = make_offer(own_provider, arenas=["bildung"], publish=False, days_ahead=1, title="Geheim abgelehnt")
    task_state = submit(rejected, provider_user).current_task_state
    task_state.task.specific.on_action(task_state, users["redaktion"], "reject", comment="Bitte ergänzen.")
    draft = make_offer(own_provider, arenas=["bildung"], publish=False, days_ahead=1, title="Geheimer Entwurf")
    return [submitted, rejected, draft]


def test_unapproved_offers_are_invisible_to_visitors(client, offers_in_states, own_provider, german):
    arena = ArenaPage.objects.get(locale=german, arena__key="bildung")
    index = OfferIndexPage.objects.get(locale=german)
    listings = [
        arena.get_url(),
        own_provider.get_url(),
        index.get_url(),
        "/de/",
        "/sitemap.xml",
        "/de/suche/?q=Geheim",
    ]
    for url in listings:
        html = client.get(url).content.decode()
        for offer in offers_in_states:
            assert offer.title not in html, f"{offer.title} leaks on {url}"
    for offer in offers_in_states:
        assert not offer.live
        response = client.get(f"/de/angebote/{own_provider.slug}/{offer.slug}/")
        assert response.status_code == 404
        preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[offer.pk]))
        assert preview.status_code == 302 and "/admin/login/" in preview["Location"]
        assert offer.pk not in [o.pk for o in arena.upcoming_offers()]


def test_rejection_keeps_revisions_and_mails_the_comment(client, own_provider, users):
    provider_user = users["anbieter-universitaet-leipzig"]
    offer = make_offer(own_provider, arenas=["wissenschaft"], publish=False, title="Mit Rückfrage")
    offer.title = "Mit Rückfrage, Fassung 2"
    offer.save_revision(user=provider_user)
    revisions_before = Revision.page_revisions.filter(object_id=str(offer.pk)).count()
    mail.outbox.clear()
    workflow_state = offer.get_workflow().start(offer, provider_user)

    # The submission goes to exactly the people who may decide: Redaktion and the Wissenschaft curators.
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(["kuratorin-wissenschaft@example.org", "redaktion@example.org"])
    mail.outbox.clear()

    client.force_login(users["kuratorin-wissenschaft"])
    task_state = workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "reject", task_state.pk])
    response = client.post(url, {"comment": "Bitte die Zielgruppe genauer beschreiben."})
    assert response.status_code in (200, 302)

    offer.refresh_from_db()
    assert not offer.live
    assert Revision.page_revisions.filter(object_id=str(offer.pk)).count() == revisions_before
    workflow_state.refresh_from_db()
    assert workflow_state.status == "needs_changes"
    assert [message.to for message in mail.outbox] == [[provider_user.email]]
    assert "Bitte die Zielgruppe genauer beschreiben." in mail.outbox[0].body

    # The provider sees the comment on their dashboard.
    client.force_login(provider_user)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mit Rückfrage, Fassung 2" in dashboard
    assert "Änderungen erbeten" in dashboard
    assert "Bitte die Zielgruppe genauer beschreiben." in dashboard


def test_approval_publishes_exactly_the_reviewed_revision(client, own_provider, users):
    provider_user = users["anbieter-universitaet-leipzig"]
    offer = make_offer(own_provider, arenas=["wirtschaft"], publish=False, title="Geprüfte Fassung")
    workflow_state = submit(offer, provider_user)
    reviewed = workflow_state.current_task_state.revision
    mail.outbox.clear()
    client.force_login(users["kuratorin-wirtschaft"])
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", workflow_state.current_task_state.pk]
    )
    client.post(url, {"comment": "Passt."})
    offer.refresh_from_db()
    assert offer.live
    assert offer.live_revision_id == reviewed.pk
    assert offer.title == "Geprüfte Fassung"
    assert [message.to for message in mail.outbox] == [[provider_user.email]]


def test_editing_during_review_needs_a_new_approval(client, own_provider, users):
    """An edit during review restarts the review on the new revision: nothing unseen goes live."""
    provider_user = users["anbieter-universitaet-leipzig"]
    offer = make_offer(own_provider, arenas=["bildung"], publish=False, title="Erste Fassung")
    workflow_state = submit(offer, provider_user)
    first_task_state = workflow_state.current_task_state

    # The submitter cannot change the page while it is under review.
    client.force_login(provider_user)
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    client.post(edit, offer_form_data(offer, title="Heimlich geändert"))
    assert OfferPage.objects.get(pk=offer.pk).draft_title == "Erste Fassung"

    # An editor changes it during the review.
    client.force_login(users["redaktion"])
    response = client.post(edit, offer_form_data(offer, title="Zweite Fassung"))
    assert response.status_code == 302
    offer.refresh_from_db()
    latest = offer.get_latest_revision()
    assert latest.as_object().title == "Zweite Fassung"

    # Approving the revision that was submitted does not publish the newer one unseen:
    # the review starts again on the latest revision.
    client.force_login(users["kuratorin-bildung"])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", first_task_state.pk])
    client.post(approve, {})
    offer.refresh_from_db()
    assert not offer.live
    workflow_state.refresh_from_db()
    second_task_state = workflow_state.current_task_state
    assert second_task_state.status == "in_progress"
    assert second_task_state.revision_id == latest.pk

    client.post(reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", second_task_state.pk]), {})
    offer.refresh_from_db()
    assert offer.live
    assert offer.title == "Zweite Fassung"
    assert offer.live_revision_id == latest.pk


def test_demo_content_has_reviews_in_every_state():
    offer_ids = [str(pk) for pk in OfferPage.objects.values_list("pk", flat=True)]
    states = WorkflowState.objects.filter(object_id__in=offer_ids)
    assert states.filter(status="in_progress").count() >= 2
    assert states.filter(status="needs_changes").count() >= 1


def test_every_step_is_in_the_audit_log(client, own_provider, users):
    provider_user = users["anbieter-universitaet-leipzig"]
    offer = make_offer(own_provider, arenas=["bildung"], publish=False, title="Protokolliert")
    task_state = submit(offer, provider_user).current_task_state
    client.force_login(users["kuratorin-bildung"])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "reject", task_state.pk]),
        {"comment": "Noch nicht."},
    )
    workflow_state = offer.current_workflow_state
    workflow_state.resume(provider_user)
    task_state = offer.current_workflow_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk]), {})
    actions = list(
        PageLogEntry.objects.filter(page=offer).order_by("timestamp", "pk").values_list("action", flat=True)
    )
    for action in (
        "wagtail.workflow.start",
        "wagtail.workflow.reject",
        "wagtail.workflow.resume",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ):
        assert action in actions, actions
    client.force_login(users["redaktion"])
    history = client.get(reverse("wagtailadmin_pages:history", args=[offer.pk]))
    assert history.status_code == 200
    site_history = client.get(reverse("wagtailadmin_reports:site_history"))
    assert "Protokolliert" in site_history.content.decode()


def test_scheduled_go_live_waits_for_its_date(client, own_provider, users):
    provider_user = users["anbieter-universitaet-leipzig"]
    offer = make_offer(own_provider, arenas=["bildung"], publish=False, title="Geplant")
    offer.go_live_at = timezone.now() + timezone.timedelta(hours=2)
    offer.save_revision(user=provider_user)
    workflow_state = offer.get_workflow().start(offer, provider_user)
    client.force_login(users["kuratorin-bildung"])
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", workflow_state.current_task_state.pk]
    )
    client.post(url, {})
    offer.refresh_from_db()
    assert not offer.live
    revision = offer.get_latest_revision()
    assert revision.approved_go_live_at is not None
    # Time passes: the timer's command publishes it.
    past = timezone.now() - timezone.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    offer.refresh_from_db()
    assert offer.live
