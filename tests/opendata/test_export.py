"""The open data export: every upcoming public offer in both languages, documented columns,
UTF-8, the licence stated; the DCAT-AP.de catalogue record describes both files."""

import csv
import io
import json
from urllib.parse import urlparse

from pyld import jsonld

from offers.models import OfferPage
from opendata.export import COLUMN_NAMES, LICENSE_URL

from . import helpers  # noqa: F401 - installs the offline JSON-LD document loader


def test_csv_has_every_upcoming_public_offer_once(client, german):
    response = client.get("/opendata/offers.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert LICENSE_URL in response["Link"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert list(rows[0]) == COLUMN_NAMES
    expected = OfferPage.objects.upcoming(german)
    assert sorted(row["url_de"] for row in rows) == sorted(offer.get_full_url() for offer in expected)
    assert all(urlparse(row["url_en"]).path.startswith("/en/") for row in rows)
    assert any(row["title_en"] and row["title_en"] != row["title_de"] for row in rows)
    assert any(
        "ü" in row["title_de"] + row["summary_de"] or "ä" in row["title_de"] + row["summary_de"] for row in rows
    )
    assert all(row["next_start"] and row["dates"] for row in rows)


def test_json_states_licence_and_columns(client):
    response = client.get("/opendata/offers.json", HTTP_ORIGIN="https://app.leipzig.de")
    data = json.loads(response.content.decode("utf-8"))
    assert data["license"]["url"] == LICENSE_URL
    assert "Namensnennung" in data["license"]["name"]
    assert [column["name"] for column in data["columns"]] == COLUMN_NAMES
    assert all(column["description"] for column in data["columns"])
    assert data["offers"] and set(data["offers"][0]) == set(COLUMN_NAMES)
    assert response["Access-Control-Allow-Origin"] == "*"


def test_catalog_is_dcat_with_both_distributions(client):
    response = client.get("/opendata/catalog.jsonld")
    assert response["Content-Type"].startswith("application/ld+json")
    expanded = jsonld.expand(json.loads(response.content))
    dcat = "http://www.w3.org/ns/dcat#"
    (catalog,) = [item for item in expanded if f"{dcat}Catalog" in item["@type"]]
    (dataset,) = catalog[f"{dcat}dataset"]
    assert dataset["http://purl.org/dc/terms/license"][0]["@id"] == "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
    downloads = {d[f"{dcat}downloadURL"][0]["@id"] for d in dataset[f"{dcat}distribution"]}
    assert downloads == {"http://testserver/opendata/offers.csv", "http://testserver/opendata/offers.json"}
    for url in downloads:
        assert client.get(url).status_code == 200
