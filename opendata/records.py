"""One machine-readable description of an offer, a provider, an arena and a news item.

The API, the open data export and the embed all read these, so a fact is
written out the same way in every channel. Labels are in the language of the
page (taxonomy terms through ``labels_for``); keys and slugs are shared by both
languages, as in the finder's URLs.
"""

from django.utils import timezone
from django.utils.html import strip_tags

from core.arenas import ARENA_KEYS
from offers.models import CompetenceArea, Format, TargetGroup
from offers.models.pages import LANGUAGES, LEVELS, MODES, PROVIDER_KINDS


def isoformat(value):
    return timezone.localtime(value).isoformat() if value else None


def arena_records(arenas):
    """Arenas in the concept's order, with their names in the active language."""
    ordered = sorted(arenas, key=lambda arena: ARENA_KEYS.index(arena.key))
    return [{"key": arena.key, "name": str(arena.name)} for arena in ordered]


def term_records(model, terms, locale):
    labels = model.labels_for(locale)
    return [{"slug": term.slug, "name": labels.get(term.translation_key, term.name)} for term in terms]


def venue_record(offer):
    return {
        "name": offer.venue_name,
        "street": offer.venue_street,
        "postcode": offer.venue_postcode,
        "city": offer.venue_city,
        "online_note": offer.online_note,
    }


def cost_record(offer):
    free = offer.is_free or offer.price is None
    return {
        "free": free,
        "price_eur": None if free else str(offer.price),
        "note": offer.price_note,
    }


def registration_record(offer):
    return {
        "url": offer.registration_url,
        "email": offer.registration_email,
        "deadline": isoformat(offer.registration_deadline),
        "open": offer.registration_is_open,
    }


def date_records(dates):
    return [{"start": isoformat(date.start), "end": isoformat(date.end)} for date in dates]


def provider_record(provider, request=None):
    if provider is None:
        return None
    return {"id": provider.pk, "title": provider.title, "url": provider.get_full_url(request)}


def offer_record(offer, request=None):
    """Everything a listing of offers shows, as plain data."""
    locale = offer.locale_id
    format_labels = Format.labels_for(locale)
    return {
        "summary": offer.summary,
        "next_dates": date_records(offer.upcoming_dates()[:5]),
        "format": {
            "slug": offer.format.slug,
            "name": format_labels.get(offer.format.translation_key, offer.format.name),
        },
        "target_groups": term_records(TargetGroup, offer.target_groups.all(), locale),
        "competence_areas": term_records(CompetenceArea, offer.competence_areas.all(), locale),
        "level": {"key": offer.level, "name": str(dict(LEVELS).get(offer.level, offer.level))},
        "language": {"key": offer.language, "name": str(dict(LANGUAGES).get(offer.language, offer.language))},
        "mode": {"key": offer.mode, "name": str(dict(MODES).get(offer.mode, offer.mode))},
        "venue": venue_record(offer),
        "cost": cost_record(offer),
        "registration": registration_record(offer),
        "arenas": arena_records(offer.arenas.all()),
        "provider": provider_record(offer.provider, request),
    }


def provider_kind(provider):
    return {"key": provider.kind, "name": str(dict(PROVIDER_KINDS).get(provider.kind, provider.kind))}


def plain_text(html):
    return " ".join(strip_tags(html or "").split())
