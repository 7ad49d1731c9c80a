"""Readers for the channels: parse what the site serves with the parsers subscribers use."""

import json
import re
from urllib.parse import urlparse

import feedparser
from icalendar import Calendar
from pyld import jsonld

from offers.models import OfferPage
from tests.factories import make_offer

# pyld must not fetch https://schema.org: a local context maps every term into the schema.org vocabulary.
SCHEMA_CONTEXT = {"@vocab": "https://schema.org/"}


def _offline_loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": SCHEMA_CONTEXT}}
    raise jsonld.JsonLdError("offline", "loading document failed", {"url": url}, code="loading document failed")


jsonld.set_document_loader(_offline_loader)

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def calendar(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(cal):
    return list(cal.walk("VEVENT"))


def feed(response):
    assert response.status_code == 200, response.status_code
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def json_ld_items(response):
    """Every JSON-LD object of an HTML page, expanded by pyld (so it is valid JSON-LD)."""
    html = response.content.decode()
    items = [json.loads(block) for block in JSON_LD.findall(html)]
    for item in items:
        jsonld.expand(item)
    return items


def by_type(items, type_name):
    return [item for item in items if item.get("@type") == type_name]


def make_on_site_offer(provider, title, venue_street="Löhrstr. 3", venue_postcode="04105", **kwargs):
    """An on-site offer (the factory makes online ones)."""
    offer = make_offer(provider, title=title, **kwargs)
    offer.mode = "on_site"
    offer.online_note = ""
    offer.venue_name = "Volkshochschule Leipzig"
    offer.venue_street = venue_street
    offer.venue_postcode = venue_postcode
    offer.save_revision().publish()
    return OfferPage.objects.get(pk=offer.pk)


def path_of(url):
    return urlparse(str(url)).path
