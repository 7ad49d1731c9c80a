"""The open data export: all upcoming public offers in both languages, as CSV and JSON.

One row per offer (its German source with the English text beside it). The
columns are listed in ``COLUMNS`` with their meaning; the README, the JSON
file's ``columns`` and the DCAT catalogue say the same.
"""

import csv
import io

from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Locale

from core.visibility import visible
from offers.models import OfferPage

from .records import isoformat
from .selection import offers_for

LICENSE_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
LICENSE_URL = "https://www.govdata.de/dl-de/by-2-0"
LICENSE_DCAT = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
ATTRIBUTION = "Digital Campus Leipzig, Stadt Leipzig"
PUBLISHER = "Stadt Leipzig – Digital Campus Leipzig"

COLUMNS = [
    ("id", "Stable identifier of the offer (the same in both languages)"),
    ("title_de", "Title in German"),
    ("title_en", "Title in English (empty when not translated)"),
    ("summary_de", "Short summary in German"),
    ("summary_en", "Short summary in English (empty when not translated)"),
    ("url_de", "Address of the German page"),
    ("url_en", "Address of the English page (shows German text when not translated)"),
    ("provider", "Name of the provider"),
    ("provider_url", "Address of the provider's German page"),
    ("arenas", "Campus arenas, keys separated by '|': wirtschaft, stadtgesellschaft, bildung, wissenschaft"),
    ("format", "Format slug (course, workshop, talk, event, …)"),
    ("target_groups", "Target group slugs separated by '|'"),
    ("competence_areas", "DigComp 2.2 competence area slugs separated by '|'"),
    ("level", "beginner, intermediate or advanced"),
    ("language", "Language of instruction: de, en or de_en"),
    ("mode", "on_site, online or hybrid"),
    ("venue_name", "Venue"),
    ("venue_street", "Venue street and number"),
    ("venue_postcode", "Venue postcode"),
    ("venue_city", "Venue city"),
    ("free", "true when the offer is free of charge"),
    ("price_eur", "Price in euro (empty when free)"),
    ("registration_url", "Registration link"),
    ("registration_email", "Registration e-mail address"),
    ("registration_deadline", "Registration deadline (ISO 8601, Europe/Berlin)"),
    ("next_start", "Start of the next date (ISO 8601, Europe/Berlin)"),
    ("next_end", "End of the next date (ISO 8601, Europe/Berlin)"),
    ("dates", "Every upcoming date as start/end (ISO 8601), separated by '|'"),
    ("last_modified", "Last publication of the German page (ISO 8601)"),
]
COLUMN_NAMES = [name for name, _meaning in COLUMNS]


def join(values):
    return "|".join(values)


def offer_rows(request=None):
    """One dict per upcoming, visible German offer with every column."""
    german = Locale.objects.get(language_code="de")
    offers = list(offers_for({}, locale=german))
    prefetch_related_objects(offers, "arenas", "target_groups", "competence_areas")
    OfferPage.prepare_for_listing(offers)
    keys = [offer.translation_key for offer in offers]
    english = {
        page.translation_key: page
        for page in visible(OfferPage.objects).filter(locale__language_code="en", translation_key__in=keys)
    }
    rows = []
    for offer in offers:
        translation = english.get(offer.translation_key)
        translated = translation is not None and translation.alias_of_id is None
        upcoming = offer.upcoming_dates()
        provider = offer.provider
        rows.append(
            {
                "id": str(offer.translation_key),
                "title_de": offer.title,
                "title_en": translation.title if translated else "",
                "summary_de": offer.summary,
                "summary_en": translation.summary if translated else "",
                "url_de": offer.get_full_url(request),
                "url_en": translation.get_full_url(request) if translation else "",
                "provider": provider.title if provider else "",
                "provider_url": provider.get_full_url(request) if provider else "",
                "arenas": join(arena.key for arena in offer.arenas.all()),
                "format": offer.format.slug,
                "target_groups": join(group.slug for group in offer.target_groups.all()),
                "competence_areas": join(area.slug for area in offer.competence_areas.all()),
                "level": offer.level,
                "language": offer.language,
                "mode": offer.mode,
                "venue_name": offer.venue_name,
                "venue_street": offer.venue_street,
                "venue_postcode": offer.venue_postcode,
                "venue_city": offer.venue_city,
                "free": "true" if offer.is_free or offer.price is None else "false",
                "price_eur": "" if offer.is_free or offer.price is None else str(offer.price),
                "registration_url": offer.registration_url,
                "registration_email": offer.registration_email,
                "registration_deadline": isoformat(offer.registration_deadline) or "",
                "next_start": isoformat(upcoming[0].start) if upcoming else "",
                "next_end": isoformat(upcoming[0].end) if upcoming else "",
                "dates": join(f"{isoformat(date.start)}/{isoformat(date.end)}" for date in upcoming),
                "last_modified": isoformat(offer.last_published_at) or "",
            }
        )
    return rows


def as_csv(rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMN_NAMES, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def as_json(rows):
    return {
        "title": "Digital Campus Leipzig: Angebote / offers",
        "license": {"name": LICENSE_NAME, "url": LICENSE_URL, "attribution": ATTRIBUTION},
        "generated": timezone.localtime().isoformat(),
        "columns": [{"name": name, "description": meaning} for name, meaning in COLUMNS],
        "offers": rows,
    }


def catalog(request):
    """The DCAT-AP.de record describing the two distributions of the offers dataset."""
    base = request.build_absolute_uri("/").rstrip("/")
    license_ref = {"@id": LICENSE_DCAT}

    def distribution(name, media_type, title):
        return {
            "@id": f"{base}/opendata/offers.{name}#distribution",
            "@type": "dcat:Distribution",
            "dct:title": title,
            "dcat:accessURL": {"@id": f"{base}/opendata/offers.{name}"},
            "dcat:downloadURL": {"@id": f"{base}/opendata/offers.{name}"},
            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media_type}"},
            "dct:format": {"@id": f"http://publications.europa.eu/resource/authority/file-type/{name.upper()}"},
            "dct:license": license_ref,
            "dcatde:licenseAttributionByText": ATTRIBUTION,
        }

    publisher = {"@type": "foaf:Organization", "foaf:name": PUBLISHER}
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "dcatde": "http://dcat-ap.de/def/dcatde/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
        },
        "@id": f"{base}/opendata/catalog.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": "Digital Campus Leipzig",
        "dct:description": "Offene Daten des Digital Campus Leipzig: Bildungsangebote zu digitalen Kompetenzen.",
        "dct:publisher": publisher,
        "dct:language": [
            {"@id": "http://publications.europa.eu/resource/authority/language/DEU"},
            {"@id": "http://publications.europa.eu/resource/authority/language/ENG"},
        ],
        "foaf:homepage": {"@id": f"{base}/"},
        "dcat:dataset": [
            {
                "@id": f"{base}/opendata/catalog.jsonld#offers",
                "@type": "dcat:Dataset",
                "dct:identifier": f"{base}/opendata/catalog.jsonld#offers",
                "dct:title": "Angebote des Digital Campus Leipzig",
                "dct:description": (
                    "Alle kommenden, öffentlichen Bildungsangebote zu digitalen Kompetenzen in Leipzig, "
                    "deutsch und englisch, mit Terminen, Ort, Kosten, Anmeldung, Arenen und Anbieter. "
                    "Spalten: " + ", ".join(COLUMN_NAMES)
                ),
                "dct:publisher": publisher,
                "dcatde:maintainer": publisher,
                "dcat:contactPoint": {"@type": "vcard:Organization", "vcard:fn": PUBLISHER},
                "dct:license": license_ref,
                "dcat:theme": [{"@id": "http://publications.europa.eu/resource/authority/data-theme/EDUC"}],
                "dcat:keyword": ["Bildung", "Digitalisierung", "Weiterbildung", "Leipzig", "DigComp"],
                "dct:spatial": {"@id": "http://dcat-ap.de/def/politicalGeocoding/municipalityKey/14713000"},
                "dcatde:politicalGeocodingURI": {
                    "@id": "http://dcat-ap.de/def/politicalGeocoding/municipalityKey/14713000"
                },
                "dcatde:politicalGeocodingLevelURI": {
                    "@id": "http://dcat-ap.de/def/politicalGeocoding/Level/municipality"
                },
                "dct:accrualPeriodicity": {"@id": "http://publications.europa.eu/resource/authority/frequency/CONT"},
                "dct:modified": timezone.localtime().isoformat(),
                "dcat:distribution": [
                    distribution("csv", "text/csv", "Angebote (CSV, UTF-8)"),
                    distribution("json", "application/json", "Angebote (JSON)"),
                ],
            }
        ],
    }
