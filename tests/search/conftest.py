"""Helpers for the search tests: the URL per language and the titles a search returns."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="German/English stemming needs PostgreSQL full-text search"
)


def search_url(language="de", name="search"):
    with translation.override(language):
        return reverse(name)


class SearchClient:
    """Runs searches through the real view and returns what a visitor would see."""

    def __init__(self, client):
        self.client = client

    def get(self, lang="de", **params):
        response = self.client.get(search_url(lang), params)
        assert response.status_code == 200, response.status_code
        return response

    def titles(self, lang="de", **params):
        """All result titles over every page of results."""
        titles, page = [], 1
        while True:
            response = self.get(lang, page=page, **params)
            titles += [hit.page.title for hit in response.context["page_hits"]]
            titles += [hit.page.title for hit in response.context["hits"]]
            if not response.context["page_obj"].has_next():
                return titles
            page += 1

    def first_titles(self, lang="de", count=3, **params):
        return [hit.page.title for hit in self.get(lang, **params).context["hits"]][:count]

    def count(self, lang="de", **params):
        return self.get(lang, **params).context["search"].count

    def suggestions(self, lang="de", q=""):
        response = self.client.get(search_url(lang, "search_suggest"), {"q": q})
        assert response.status_code == 200
        return [item["title"] for item in response.json()["suggestions"]]


@pytest.fixture
def searcher(client):
    return SearchClient(client)
