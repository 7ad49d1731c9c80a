"""Two editors, one page: the second save does not silently overwrite the first."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from home.models import HomePage, StandardPage

CONFLICT = "Bearbeitungskonflikt"


def editor(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def opened_form(client, page):
    """The edit form as the editor's browser would send it back unchanged."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return with_empty_body(querydict_from_html(response.content.decode(), form_id="page-edit-form"))


def with_empty_body(data):
    # The body StreamField is drawn by the admin's JavaScript; the test pages have no blocks.
    data.setdefault("body-count", "0")
    return data


def save(client, page, data, title):
    data = data.copy()
    data["title"] = title
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def make_page(home):
    page = StandardPage(title="Konfliktseite", slug="konfliktseite", intro="Erste Fassung.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_second_editor_gets_a_conflict_message_and_keeps_the_input(home):
    page = make_page(home)
    first, second = editor("redaktion"), editor("admin")
    form_first, form_second = opened_form(first, page), opened_form(second, page)

    assert save(first, page, form_first, "Fassung Redaktion").status_code == 302
    response = save(second, page, form_second, "Fassung Admin")
    html = response.content.decode()
    assert response.status_code == 200
    assert CONFLICT in html
    assert 'value="Fassung Admin"' in html  # the second editor's text is still in the form
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Fassung Redaktion"

    # Saving again (the form now carries the newest revision) overwrites knowingly.
    again = with_empty_body(querydict_from_html(html, form_id="page-edit-form"))
    assert save(second, page, again, "Fassung Admin").status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Fassung Admin"


def test_an_editor_saving_twice_in_a_row_meets_no_conflict(home):
    page = make_page(home)
    client = editor("redaktion")
    assert save(client, page, opened_form(client, page), "Eins").status_code == 302
    assert save(client, page, opened_form(client, page), "Zwei").status_code == 302


@pytest.fixture
def enable_db_access(django_db_setup):
    """Not the test transaction of the other tests: the threads below commit for real."""


@pytest.fixture
def committed_page(django_db_blocker):
    with django_db_blocker.unblock():
        home = HomePage.objects.get(locale__language_code="de")
        page = StandardPage(title="Gleichzeitig", slug="gleichzeitig-test", intro="Erste Fassung.")
        home.add_child(instance=page)
        page.save_revision().publish()
        yield page
        Page.objects.get(pk=page.pk).delete()


@pytest.mark.parametrize("run", range(3))
def test_two_saves_at_the_same_moment_end_with_one_save_and_one_conflict(committed_page, django_db_blocker, run):
    """Real threads, each with its own database connection, post at once; SQLite gets the
    production option (IMMEDIATE transactions) also where the settings leave it out."""
    options = connections.settings["default"].setdefault("OPTIONS", {})
    saved_options = dict(options)
    if connection.vendor == "sqlite":
        options.update({"transaction_mode": "IMMEDIATE", "timeout": 20})
    barrier = threading.Barrier(2)
    results = {}

    def edit(username, title):
        try:
            with django_db_blocker.unblock():
                client = editor(username)
                data = opened_form(client, committed_page)
                barrier.wait(timeout=30)
                response = save(client, committed_page, data, title)
                results[username] = (response.status_code, response.content.decode())
        finally:
            connections.close_all()

    try:
        threads = [threading.Thread(target=edit, args=args) for args in (("redaktion", "A"), ("admin", "B"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=90)
    finally:
        options.clear()
        options.update(saved_options)

    statuses = sorted(status for status, _ in results.values())
    assert len(results) == 2
    assert 500 not in statuses
    winners = [name for name, (status, _) in results.items() if status == 302]
    losers = [name for name, (status, html) in results.items() if status == 200 and CONFLICT in html]
    assert len(winners) == 1 and len(losers) == 1, statuses
    loser_html = results[losers[0]][1]
    assert f'value="{"A" if losers[0] == "redaktion" else "B"}"' in loser_html
    with django_db_blocker.unblock():
        latest = Page.objects.get(pk=committed_page.pk).specific.get_latest_revision_as_object()
        assert latest.title == ("A" if winners[0] == "redaktion" else "B")
