"""For editors: synonyms as snippets, the query report, promotions; only for those allowed."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from search.models import QueryStat, Synonym


def user(name):
    return get_user_model().objects.get(username=name)


@pytest.fixture
def stats():
    today = timezone.localdate()
    QueryStat.objects.create(date=today, language="de", query="python", searches=7, result_count=2)
    QueryStat.objects.create(date=today, language="de", query="blockchain", searches=3, result_count=0)
    QueryStat.objects.create(
        date=today - datetime.timedelta(days=40), language="de", query="veraltet", searches=99, result_count=0
    )


def test_report_shows_frequent_and_zero_result_queries_of_30_days(client, stats):
    client.force_login(user("redaktion"))
    response = client.get(reverse("campus_search_query_report"))
    assert response.status_code == 200
    frequent = [row["query"] for row in response.context["frequent"]]
    zero = [row["query"] for row in response.context["zero_results"]]
    assert frequent == ["python", "blockchain"]
    assert zero == ["blockchain"]
    assert "veraltet" not in response.content.decode()


@pytest.mark.parametrize("username", ["uebersetzung", "kuratorin-bildung"])
def test_report_is_forbidden_without_permission(client, stats, username):
    client.force_login(user(username))
    assert client.get(reverse("campus_search_query_report")).status_code in (302, 403)


def test_report_requires_login(client):
    response = client.get(reverse("campus_search_query_report"))
    assert response.status_code == 302


def test_editorial_team_edits_synonyms_and_promotions(client):
    editor = user("redaktion")
    assert editor.has_perm("campus_search.change_synonym")
    assert editor.has_perm("wagtailsearchpromotions.add_searchpromotion")
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_campus_search_synonym:list")).status_code == 200
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200


def test_default_synonyms_exist():
    assert {synonym.terms for synonym in Synonym.objects.all()} >= {
        "KI, Künstliche Intelligenz",
        "AI, artificial intelligence",
    }
