"""The review queue: who sees which reviews, its filters, what changed, bulk approval, queries, reminders."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import TaskState

from offers.models import OfferIndexPage
from tests.factories import copy_pages_in_bulk, make_offer, make_provider

QUEUE = "/admin/pruefung/"
# Wagtail's admin answers a refused view with a redirect to the dashboard and a message.
DENIED = (302, 403)


def submit(page, user):
    page.save_revision(user=user)
    return page.get_workflow().start(page, user).current_task_state


@pytest.fixture
def reviews(own_provider, other_provider, users):
    """Two offers under review in Bildung (one of them changed after approval), one in Wissenschaft."""
    new_bildung = make_offer(own_provider, arenas=["bildung"], publish=False, title="Neu in Bildung Amsel")
    changed = make_offer(own_provider, arenas=["bildung"], title="Veröffentlicht Drossel")
    changed.title = "Veröffentlicht Drossel, neuer Titel"
    changed.summary = "Neue Kurzbeschreibung."
    science = make_offer(other_provider, arenas=["wissenschaft"], publish=False, title="Wissenschaft Meise")
    states = {
        "new_bildung": submit(new_bildung, users["anbieter-universitaet-leipzig"]),
        "changed": submit(changed, users["anbieter-universitaet-leipzig"]),
        "science": submit(science, users["anbieter-htwk-leipzig"]),
    }
    # The new Bildung offer has waited ten days.
    TaskState.objects.filter(pk=states["new_bildung"].pk).update(started_at=timezone.now() - timedelta(days=10))
    return states


MINE = {"Neu in Bildung Amsel", "Veröffentlicht Drossel, neuer Titel", "Wissenschaft Meise"}


def titles(response):
    """The titles of this test's reviews in the queue, in its order (the demo content has reviews too)."""
    return [row.page.draft_title for row in response.context["rows"] if row.page.draft_title in MINE]


def test_queue_shows_each_reviewer_their_reviews_oldest_first(client, users, reviews):
    client.force_login(users["kuratorin-bildung"])
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert titles(response) == ["Neu in Bildung Amsel", "Veröffentlicht Drossel, neuer Titel"]

    client.force_login(users["redaktion"])
    assert titles(client.get(QUEUE)) == [
        "Neu in Bildung Amsel",
        "Veröffentlicht Drossel, neuer Titel",
        "Wissenschaft Meise",
    ]


@pytest.mark.parametrize("username", ["anbieter-universitaet-leipzig", "uebersetzung"])
def test_queue_is_refused_to_those_who_do_not_decide(client, users, username):
    client.force_login(users[username])
    assert client.get(QUEUE).status_code in DENIED


def test_queue_filters(client, users, reviews, own_provider, german, english):
    client.force_login(users["redaktion"])
    assert titles(client.get(QUEUE, {"arena": "wissenschaft"})) == ["Wissenschaft Meise"]
    by_provider = titles(client.get(QUEUE, {"provider": str(own_provider.translation_key)}))
    assert by_provider == ["Neu in Bildung Amsel", "Veröffentlicht Drossel, neuer Titel"]
    assert titles(client.get(QUEUE, {"waiting": "7"})) == ["Neu in Bildung Amsel"]
    assert "Wissenschaft Meise" not in titles(client.get(QUEUE, {"language": "en"}))
    assert "Wissenschaft Meise" in titles(client.get(QUEUE, {"language": "de"}))
    offer_type = reviews["science"].revision.content_type_id
    typed = titles(client.get(QUEUE, {"page_type": str(offer_type)}))
    assert "Wissenschaft Meise" in typed
    assert titles(client.get(QUEUE, {"page_type": str(own_provider.content_type_id)})) == []
    bad = client.get(QUEUE, {"waiting": "never", "arena": "mond"})
    assert bad.status_code == 400


def test_each_row_says_what_changed_since_the_last_approval(client, users, reviews):
    client.force_login(users["kuratorin-bildung"])
    rows = {row.page.draft_title: row for row in client.get(QUEUE).context["rows"]}
    assert len(rows) >= 2
    assert rows["Neu in Bildung Amsel"].is_new
    assert rows["Veröffentlicht Drossel, neuer Titel"].changes == ["Kurzbeschreibung", "Titel"]


def test_bulk_approval_for_the_editorial_team_only(client, users, reviews):
    ids = [str(state.pk) for state in reviews.values()]
    client.force_login(users["kuratorin-bildung"])
    assert client.post(QUEUE, {"review": ids}).status_code in DENIED
    client.force_login(users["redaktion"])
    response = client.post(QUEUE, {"review": ids}, follow=True)
    assert response.status_code == 200
    for state in reviews.values():
        state.refresh_from_db()
        assert state.status == TaskState.STATUS_APPROVED
        page = state.revision.content_object
        page.refresh_from_db()
        assert page.live and page.live_revision_id == state.revision_id
    assert "3 Prüfungen freigegeben" in response.content.decode()


def count_queue_queries(client):
    client.get(QUEUE)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(QUEUE)
    assert response.status_code == 200
    return len(queries), len(response.context["rows"])


def submit_offers_of_new_providers(count, users):
    """``count`` new providers with one offer each in review: the first pair made through
    Wagtail, the others copied in bulk (each copy submitted for review the real way)."""
    index = OfferIndexPage.objects.get(locale__language_code="de")
    provider = make_provider(index)
    offer = make_offer(provider, arenas=["bildung"], publish=False)
    submit(offer, users["redaktion"])
    for copy in copy_pages_in_bulk(provider, index, count - 1):
        (offer_copy,) = copy_pages_in_bulk(offer, copy, 1)
        submit(offer_copy, users["redaktion"])


def test_queue_queries_do_not_grow_with_providers_and_reviews(client, users):
    client.force_login(users["kuratorin-bildung"])
    submit_offers_of_new_providers(10, users)
    queries_10, rows_10 = count_queue_queries(client)
    submit_offers_of_new_providers(50, users)
    queries_60, rows_60 = count_queue_queries(client)
    assert rows_60 == rows_10 + 50
    assert queries_60 == queries_10


def test_reminder_mails_reviewers_of_reviews_waiting_too_long(users, reviews):
    mail.outbox.clear()
    call_command("remind_reviewers", days=7)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert "Neu in Bildung Amsel" in by_recipient["kuratorin-bildung@example.org"].body
    assert "Neu in Bildung Amsel" in by_recipient["redaktion@example.org"].body
    # Curators of other arenas have nothing waiting that long.
    assert "kuratorin-wissenschaft@example.org" not in by_recipient
    assert "/admin/pruefung/?waiting=7" in by_recipient["redaktion@example.org"].body
    mail.outbox.clear()
    call_command("remind_reviewers", days=30)
    assert mail.outbox == []
