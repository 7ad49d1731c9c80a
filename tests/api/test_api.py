"""The read API: what it lists, its filters (the finder's), paging limits, CORS, bad input,
and Wagtail's known Pages-API leak of drafts (the live page is served, never a revision)."""

import json
from urllib.parse import urlparse

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from offers.models import OfferIndexPage, OfferPage
from opendata.selection import offers_for
from tests.factories import make_offer, make_provider


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.status_code, response.content[:300])
    return json.loads(response.content)


@pytest.fixture
def provider(german):
    return make_provider(OfferIndexPage.objects.get(locale=german), title="API-Werkstatt")


@pytest.mark.parametrize("language", ["de", "en"])
def test_offer_listing_has_the_facts_in_the_finder_s_order(client, language):
    data = get_json(client, f"/api/v2/offers/?locale={language}&limit=100")
    locale = Locale.objects.get(language_code=language)
    expected = list(offers_for({}, locale=locale))
    assert data["meta"]["total_count"] == len(expected)
    assert [item["id"] for item in data["items"]] == [offer.pk for offer in expected[:100]]
    item = data["items"][0]
    for field in ("title", "summary", "next_dates", "venue", "cost", "registration", "arenas", "provider", "format"):
        assert field in item, field
    assert item["meta"]["locale"] == language
    assert item["next_dates"][0]["start"] <= item["next_dates"][-1]["start"]
    assert urlparse(item["provider"]["url"]).path.startswith(f"/{language}/")


@pytest.mark.parametrize(
    "query",
    [
        "free=1",
        "mode=online&mode=hybrid",
        "arena=wirtschaft&level=beginner",
        "format=workshop",
        "language=en",
        "q=Python",
        "past=1",
    ],
)
def test_offer_filters_are_the_finder_s(client, german, query):
    data = get_json(client, f"/api/v2/offers/?locale=de&limit=100&{query}")
    expected = [offer.pk for offer in offers_for(QueryDict(query), locale=german)]
    assert [item["id"] for item in data["items"]] == expected[:100]
    assert data["meta"]["total_count"] == len(expected)
    if query == "free=1":
        assert all(item["cost"]["free"] for item in data["items"])


def test_endpoints_list_only_their_type_and_language(client):
    for name, page_type in [
        ("providers", "offers.ProviderPage"),
        ("arenas", "arenas.ArenaPage"),
        ("news", "news.NewsPage"),
    ]:
        for language in ("de", "en"):
            data = get_json(client, f"/api/v2/{name}/?locale={language}&limit=100")
            assert data["items"]
            assert {item["meta"]["type"] for item in data["items"]} == {page_type}
            assert {item["meta"]["locale"] for item in data["items"]} == {language}
    arenas = get_json(client, "/api/v2/arenas/?locale=en")
    assert {item["arena"]["key"] for item in arenas["items"]} == {
        "wirtschaft",
        "stadtgesellschaft",
        "bildung",
        "wissenschaft",
    }
    assert "Economy" in {item["arena"]["name"] for item in arenas["items"]}
    offer_id = get_json(client, "/api/v2/offers/?locale=de&limit=1")["items"][0]["id"]
    get_json(client, f"/api/v2/providers/{offer_id}/", status=404)


def test_pages_api_serves_the_live_page_never_a_draft(client, provider):
    """Wagtail's advisories list a Pages-API draft leak: a newer draft of a live page, or a page that was
    never published, must not be readable through detail, listing, fields=*, find or the tree filters."""
    offer = make_offer(provider, title="Live-Titel")
    offer.title = "Entwurfstitel"
    offer.summary = "Entwurfsgeheimnis"
    offer.save_revision()
    draft_only = make_offer(provider, title="Nie veröffentlicht", publish=False)
    for url in (
        f"/api/v2/pages/{offer.pk}/",
        f"/api/v2/offers/{offer.pk}/",
        f"/api/v2/pages/{offer.pk}/?fields=*",
        "/api/v2/offers/?locale=de&q=Live-Titel",
        f"/api/v2/pages/?child_of={provider.pk}&fields=*",
        f"/api/v2/pages/?descendant_of={provider.pk}&fields=title,search_description",
    ):
        body = client.get(url).content.decode()
        assert "Entwurf" not in body and "Nie veröffentlicht" not in body, url
        assert "Live-Titel" in body, url
    get_json(client, f"/api/v2/pages/{draft_only.pk}/", status=404)
    get_json(client, f"/api/v2/pages/?child_of={draft_only.pk}", status=400)
    get_json(client, f"/api/v2/pages/?translation_of={draft_only.pk}", status=400)
    response = client.get(f"/api/v2/pages/find/?html_path={draft_only.url_path.removeprefix('/home')}")
    assert response.status_code == 404


def test_paging_limits_and_bad_input_are_4xx(client):
    assert get_json(client, "/api/v2/offers/?limit=100")["items"]
    for url in (
        "/api/v2/offers/?limit=101",
        "/api/v2/pages/?limit=-1",
        "/api/v2/pages/?offset=abc",
        "/api/v2/pages/?offset=99999999999999999999999",
        "/api/v2/pages/?locale=xx",
        "/api/v2/pages/?type=nope.Nope",
        "/api/v2/offers/?order=title",
        "/api/v2/offers/?fields=secret",
        "/api/v2/pages/?search=kurs",
    ):
        data = get_json(client, url, status=400)
        assert data["message"], url
    get_json(client, "/api/v2/pages/0/", status=404)
    data = get_json(client, "/api/v2/offers/?format=nonsense&from=gestern&arena=", status=400)
    assert data["message"].startswith("unknown values for: arena, format, from")


def test_cors_allows_get_from_any_origin_without_credentials(client):
    response = client.get("/api/v2/offers/", HTTP_ORIGIN="https://app.leipzig.de")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v2/offers/",
        HTTP_ORIGIN="https://app.leipzig.de",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert client.post("/api/v2/offers/").status_code == 405
    page = client.get("/de/", HTTP_ORIGIN="https://app.leipzig.de")
    assert "Access-Control-Allow-Origin" not in page


def test_offer_detail_has_the_same_facts(client, german):
    offer = OfferPage.objects.upcoming(german).first()
    data = get_json(client, f"/api/v2/offers/{offer.pk}/")
    assert data["title"] == offer.title
    assert data["provider"]["title"] == offer.provider.title
    assert {arena["key"] for arena in data["arenas"]} == set(offer.arenas.values_list("key", flat=True))


@pytest.mark.parametrize("endpoint", ["offers", "news", "providers", "pages"])
def test_queries_do_not_grow_with_the_page_size(client, endpoint):
    """Listings load related data per page of results, not per item."""
    counts = []
    for limit in (5, 50):
        client.get(f"/api/v2/{endpoint}/?locale=de&limit={limit}")  # warm the label caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/v2/{endpoint}/?locale=de&limit={limit}").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
