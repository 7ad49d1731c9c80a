"""No dead ends: after a decision, on a re-review, on a stale decision; four eyes; profiles; cancellations."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState

from offers.models import OfferPage, ProviderPage
from tests.editorial.helpers import offer_form_data
from tests.factories import make_offer, make_provider

QUEUE = "/admin/pruefung/"


def submit(page, user):
    page.save_revision(user=user)
    return page.get_workflow().start(page, user).current_task_state


def decide(client, page, task_state, action, comment=""):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment} if action == "reject" or comment else {})


@pytest.fixture
def review(own_provider, users):
    offer = make_offer(own_provider, arenas=["bildung"], title="Zur Entscheidung Star")
    offer.title = "Zur Entscheidung Star, überarbeitet"
    return offer, submit(offer, users["anbieter-universitaet-leipzig"])


@pytest.mark.parametrize(("action", "confirmation"), [("approve", "freigegeben"), ("reject", "Änderungen erbeten")])
def test_after_a_decision_the_curator_returns_to_the_queue(client, users, review, action, confirmation):
    offer, task_state = review
    client.force_login(users["kuratorin-bildung"])
    response = decide(client, offer, task_state, action, comment="Bitte prüfen.")
    assert response.status_code == 302 and response["Location"] == QUEUE
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert confirmation in html
    assert "keinen Zugang" not in html


def test_a_decision_in_the_admin_modal_returns_to_the_queue(client, users, review):
    offer, task_state = review
    client.force_login(users["kuratorin-bildung"])
    url = reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk])
    modal = client.post(url, {}, headers={"x-requested-with": "XMLHttpRequest"})
    assert modal.json()["redirect"] == QUEUE


def test_curators_compare_the_revision_under_review(client, users, review):
    offer, task_state = review
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[offer.pk, "live", task_state.revision_id])
    client.force_login(users["kuratorin-bildung"])
    response = client.get(compare)
    assert response.status_code == 200
    assert "überarbeitet" in response.content.decode()
    # A curator of another arena may not.
    client.force_login(users["kuratorin-wirtschaft"])
    assert client.get(compare).status_code in (302, 403)
    # Nor anyone once the review is decided.
    task_state.task.specific.on_action(task_state.specific, users["redaktion"], "approve")
    client.force_login(users["kuratorin-bildung"])
    assert client.get(compare).status_code in (302, 403)


def test_a_stale_decision_says_why_it_was_not_applied(client, users, review):
    offer, task_state = review
    client.force_login(users["kuratorin-bildung"])
    decide(client, offer, task_state, "reject", comment="Bitte die Zielgruppe nennen.")
    client.force_login(users["redaktion"])
    response = decide(client, offer, task_state, "approve")
    assert response.status_code == 302 and response["Location"] == QUEUE
    html = client.get(QUEUE).content.decode()
    assert "nicht übernommen" in html
    curator = users["kuratorin-bildung"]
    assert (curator.get_full_name() or curator.get_username()) in html
    offer.refresh_from_db()
    assert offer.title == "Zur Entscheidung Star"  # nothing was published


def test_nobody_approves_their_own_offer(client, users, own_provider, settings):
    offer = make_offer(own_provider, arenas=["bildung"], publish=False, title="Eigene Einreichung Specht")
    task_state = submit(offer, users["redaktion"])
    client.force_login(users["redaktion"])
    response = decide(client, offer, task_state, "approve")
    assert response.status_code == 302
    assert "andere Person" in client.get(QUEUE).content.decode()
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not OfferPage.objects.get(pk=offer.pk).live
    # The curator of the arena may.
    client.force_login(users["kuratorin-bildung"])
    decide(client, offer, task_state, "approve")
    assert OfferPage.objects.get(pk=offer.pk).live


def test_four_eyes_can_be_switched_off(client, users, own_provider, settings):
    settings.CAMPUS_FOUR_EYES = ""
    offer = make_offer(own_provider, arenas=["bildung"], publish=False, title="Ohne vier Augen")
    task_state = submit(offer, users["redaktion"])
    client.force_login(users["redaktion"])
    decide(client, offer, task_state, "approve")
    assert OfferPage.objects.get(pk=offer.pk).live


def test_a_draft_profile_is_published_with_its_first_offer(client, users, own_provider):
    index = own_provider.get_parent()
    provider = make_provider(index, title="Neuer Verein Kranich")
    provider.unpublish()
    provider = ProviderPage.objects.get(pk=provider.pk)
    assert not provider.live
    offer = make_offer(provider, arenas=["bildung"], publish=False, title="Erstes Angebot Kranich")
    task_state = submit(offer, users["redaktion"])
    client.force_login(users["kuratorin-bildung"])
    decide(client, offer, task_state, "approve")
    offer = OfferPage.objects.get(pk=offer.pk)
    assert offer.live
    assert ProviderPage.objects.get(pk=provider.pk).live
    client.logout()
    page = client.get(offer.get_url())
    assert page.status_code == 200
    assert client.get(provider.get_url()).status_code == 200


def test_offer_never_links_a_draft_profile(client, own_provider):
    offer = make_offer(own_provider, arenas=["bildung"], title="Mit Profilverweis")
    assert own_provider.get_url() in client.get(offer.get_url()).content.decode()
    ProviderPage.objects.filter(pk=own_provider.pk).update(live=False)
    assert f'href="{own_provider.get_url()}"' not in client.get(offer.get_url()).content.decode()


def test_provider_requests_cancellation_through_review(client, users, own_provider):
    offer = make_offer(own_provider, arenas=["bildung"], dates=[3, 10], title="Wird abgesagt Zeisig")
    provider_client = client
    provider_client.force_login(users["anbieter-universitaet-leipzig"])
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    data = offer_form_data(offer, cancelled="on", **{"action-submit": "1"})
    response = provider_client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    offer = OfferPage.objects.get(pk=offer.pk)
    assert not offer.cancelled  # the live version stays until a reviewer approves
    provider_client.logout()
    assert "Abgesagt:" not in client.get(offer.get_url()).content.decode()

    client.force_login(users["kuratorin-bildung"])
    decide(client, offer, offer.current_workflow_task_state, "approve")
    client.logout()
    offer = OfferPage.objects.get(pk=offer.pk)
    assert offer.cancelled
    assert "Abgesagt:" in client.get(offer.get_url()).content.decode()


def test_provider_cancels_one_date_through_review(client, users, own_provider):
    offer = make_offer(own_provider, arenas=["bildung"], dates=[3, 10], title="Ein Termin fällt aus")
    client.force_login(users["anbieter-universitaet-leipzig"])
    data = offer_form_data(offer, **{"action-submit": "1"})
    data["dates-0-cancelled"] = "on"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[offer.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    client.force_login(users["redaktion"])
    decide(client, offer, OfferPage.objects.get(pk=offer.pk).current_workflow_task_state, "approve")
    client.logout()
    offer = OfferPage.objects.get(pk=offer.pk)
    assert [date.cancelled for date in offer.sorted_dates()] == [True, False]
    assert not offer.cancelled
    html = client.get(offer.get_url()).content.decode()
    assert html.count("badge--cancelled") == 1


def test_a_decision_from_the_editor_footer_returns_to_the_queue_and_a_late_one_says_why(client, users, review):
    offer, task_state = review
    client.force_login(users["kuratorin-bildung"])
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    data = offer_form_data(
        OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object(),
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    first = client.post(edit, data)
    assert first.status_code == 302 and first["Location"] == QUEUE
    # The footer saved the curator's form as a new revision, so the review moved to it and,
    # under four eyes, someone else ends it; a late click in the editor is then explained.
    current = OfferPage.objects.get(pk=offer.pk).current_workflow_task_state
    if current is not None:
        client.force_login(users["redaktion"])
        decide(client, offer, current, "approve")
        client.force_login(users["kuratorin-bildung"])
    assert not OfferPage.objects.get(pk=offer.pk).workflow_in_progress
    late = client.post(edit, data)
    assert late.status_code == 302 and late["Location"] == QUEUE
    assert "bereits abgeschlossen" in client.get(QUEUE).content.decode()
