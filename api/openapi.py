"""The OpenAPI 3 description of ``/api/v2/``, written out by hand.

Wagtail's API builds its serializers per request from ``?fields=``, which
DRF's schema generators cannot see; a hand-written description is shorter and
``tests/api/test_openapi.py`` runs schemathesis against the live server, so it
cannot drift from what the API answers.
"""

from django.conf import settings
from wagtail.models import Locale

from core.arenas import ARENA_CHOICES
from opendata.selection import finder_options

from .endpoints import MAX_ID, MAX_OFFSET

LIMIT_MAX = 100
LOCALES = [code for code, _name in settings.LANGUAGES]

ERROR = {
    "description": "Bad request or not found; `message` says why.",
    "content": {
        "application/json": {
            "schema": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}
        }
    },
}
TEXT = {"type": "string"}
NULLABLE_TEXT = {"type": ["string", "null"]}
LABELLED = {
    "type": "object",
    "required": ["key", "name"],
    "properties": {"key": TEXT, "name": TEXT},
}
TERM = {"type": "object", "required": ["slug", "name"], "properties": {"slug": TEXT, "name": TEXT}}
DATE = {
    "type": "object",
    "required": ["start", "end"],
    "properties": {
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
    },
}

PAGE_META = {
    "type": "object",
    "required": ["type", "detail_url"],
    "properties": {
        "type": {"type": "string", "examples": ["offers.OfferPage"]},
        "detail_url": {"type": "string", "format": "uri"},
        "html_url": NULLABLE_TEXT,
        "slug": TEXT,
        "first_published_at": {"type": ["string", "null"], "format": "date-time"},
        "locale": {"type": "string", "enum": LOCALES},
    },
}


def page_schema(properties=None, required=()):
    return {
        "type": "object",
        "required": ["id", "meta", *required],
        "properties": {"id": {"type": "integer"}, "meta": PAGE_META, "title": TEXT, **(properties or {})},
    }


OFFER = page_schema(
    {
        "summary": TEXT,
        "next_dates": {"type": "array", "items": DATE, "maxItems": 5},
        "format": TERM,
        "mode": LABELLED,
        "level": LABELLED,
        "language": LABELLED,
        "venue": {
            "type": "object",
            "properties": {"name": TEXT, "street": TEXT, "postcode": TEXT, "city": TEXT, "online_note": TEXT},
        },
        "cost": {
            "type": "object",
            "required": ["free", "price_eur"],
            "properties": {"free": {"type": "boolean"}, "price_eur": NULLABLE_TEXT, "note": TEXT},
        },
        "registration": {
            "type": "object",
            "properties": {
                "url": TEXT,
                "email": TEXT,
                "deadline": {"type": ["string", "null"], "format": "date-time"},
                "open": {"type": "boolean"},
            },
        },
        "arenas": {"type": "array", "items": LABELLED},
        "provider": {
            "type": ["object", "null"],
            "properties": {"id": {"type": "integer"}, "title": TEXT, "url": TEXT},
        },
        "target_groups": {"type": "array", "items": TERM},
        "competence_areas": {"type": "array", "items": TERM},
    },
    required=("title", "summary", "next_dates", "venue", "cost", "registration", "arenas", "provider"),
)
PROVIDER = page_schema({"kind": LABELLED, "website": TEXT, "city": TEXT, "description": TEXT})
ARENA = page_schema(
    {
        "arena": {
            "type": "object",
            "required": ["key", "name"],
            "properties": {"key": {"type": "string", "enum": [key for key, _label in ARENA_CHOICES]}, "name": TEXT},
        },
        "tagline": TEXT,
        "introduction": TEXT,
    }
)
NEWS = page_schema(
    {"date": {"type": "string", "format": "date"}, "teaser": TEXT, "arenas": {"type": "array", "items": LABELLED}}
)
PAGE = page_schema()


def parameter(name, schema, description, array=False):
    spec = {"name": name, "in": "query", "required": False, "description": description, "schema": schema}
    if array:
        spec["schema"] = {"type": "array", "items": schema}
        spec["style"] = "form"
        spec["explode"] = True
    return spec


PAGING = [
    parameter("locale", {"type": "string", "enum": LOCALES}, "Language of the pages: de (German) or en (English)."),
    parameter(
        "limit",
        {"type": "integer", "minimum": 0, "maximum": LIMIT_MAX},
        f"Items per answer (default 20, at most {LIMIT_MAX}).",
    ),
    parameter("offset", {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET}, "Items to skip."),
]
TREE = [
    parameter("child_of", {"type": "integer", "minimum": 1}, "Only children of this page."),
    parameter("descendant_of", {"type": "integer", "minimum": 1}, "Only pages below this page."),
    parameter("translation_of", {"type": "integer", "minimum": 1}, "Only translations of this page."),
]
FINDER_FILTERS = [
    ("arena", "Campus arena."),
    ("format", "Format slug, e.g. workshop."),
    ("target", "Target group slug, e.g. citizens."),
    ("area", "DigComp 2.2 competence area slug."),
    ("level", "Level."),
    ("language", "Language of instruction."),
    ("mode", "On site, online or hybrid."),
    ("provider", "Provider slug (as in the page address)."),
]


def finder_parameters():
    """The finder's parameters; the values of each filter are those the finder knows now, in either language."""
    options = {}
    for locale in Locale.objects.all():
        for name, values in finder_options(locale).items():
            options.setdefault(name, set()).update(values)
    filters = [
        parameter(name, {"type": "string", "enum": sorted(options.get(name, ()))}, description, array=True)
        for name, description in FINDER_FILTERS
    ]
    return [
        parameter("q", {"type": "string"}, "Full text, as in the site's search (cut to 200 characters, 10 words)."),
        *filters,
        parameter("free", {"type": "string", "enum": ["0", "1"]}, "1: only offers free of charge."),
        parameter("past", {"type": "string", "enum": ["0", "1"]}, "1: include offers whose dates have all passed."),
        parameter("from", {"type": "string", "format": "date"}, "Only offers with a date on or after this day."),
        parameter("to", {"type": "string", "format": "date"}, "Only offers with a date on or before this day."),
    ]


ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}


def listing(schema):
    return {
        "description": "One page of results.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["meta", "items"],
                    "properties": {
                        "meta": {
                            "type": "object",
                            "required": ["total_count"],
                            "properties": {"total_count": {"type": "integer", "minimum": 0}},
                        },
                        "items": {"type": "array", "items": schema},
                    },
                }
            }
        },
    }


def detail(schema):
    return {"description": "The page.", "content": {"application/json": {"schema": schema}}}


def endpoint(name, schema, summary, parameters):
    return {
        f"/api/v2/{name}/": {
            "get": {
                "operationId": f"list_{name}",
                "summary": summary,
                "parameters": parameters,
                "responses": {"200": listing(schema), "400": ERROR, "404": ERROR},
            }
        },
        f"/api/v2/{name}/{{id}}/": {
            "get": {
                "operationId": f"get_{name}",
                "summary": f"One item of /api/v2/{name}/.",
                "parameters": [ID],
                "responses": {"200": detail(schema), "404": ERROR},
            }
        },
    }


def openapi_document(server_url):
    paths = {}
    paths.update(endpoint("pages", PAGE, "Every live, public page.", [*PAGING, *TREE]))
    paths.update(
        endpoint(
            "offers",
            OFFER,
            "Offers, filtered like the offer finder, next date first.",
            [*PAGING, *finder_parameters()],
        )
    )
    paths.update(endpoint("providers", PROVIDER, "Providers (organisations).", [*PAGING, *TREE]))
    paths.update(endpoint("arenas", ARENA, "The four campus arena pages.", PAGING))
    paths.update(endpoint("news", NEWS, "News, newest first when ordered by -date.", [*PAGING, *TREE]))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Digital Campus Leipzig API",
            "version": "2",
            "description": (
                "Read-only. Live, public pages only, in German (locale=de) and English (locale=en). "
                "Add `fields=*` for all fields of a type. Data licence: Datenlizenz Deutschland – "
                "Namensnennung – Version 2.0."
            ),
            "license": {
                "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                "url": "https://www.govdata.de/dl-de/by-2-0",
            },
        },
        "servers": [{"url": server_url}],
        "paths": paths,
    }
