"""Form data for the real admin views."""

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text


def offer_form_data(offer, **changes):
    """The edit form of ``offer`` as the admin would post it, with ``changes`` applied."""
    dates = [{"id": date.pk, "start": _local(date.start), "end": _local(date.end)} for date in offer.sorted_dates()]
    data = {
        "title": offer.title,
        "slug": offer.slug,
        "summary": offer.summary,
        "description": rich_text(offer.description),
        "dates": inline_formset(dates, initial=len([d for d in dates if d.get("id")])),
        "arenas": [arena.pk for arena in offer.arenas.all()],
        "format": offer.format_id,
        "target_groups": [group.pk for group in offer.target_groups.all()],
        "competence_areas": [area.pk for area in offer.competence_areas.all()],
        "level": offer.level,
        "language": offer.language,
        "mode": offer.mode,
        "venue_name": offer.venue_name,
        "venue_street": offer.venue_street,
        "venue_postcode": offer.venue_postcode,
        "venue_city": offer.venue_city,
        "online_note": offer.online_note,
        "is_free": "on" if offer.is_free else "",
        "price": offer.price or "",
        "price_note": offer.price_note,
        "registration_url": offer.registration_url,
        "registration_email": offer.registration_email,
        "accessibility_notes": offer.accessibility_notes,
        "contact_name": offer.contact_name,
        "contact_email": offer.contact_email,
        "contact_phone": offer.contact_phone,
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    data.update(changes)
    if not data["is_free"]:
        data.pop("is_free")
    return _with_multiple_choices(data)


MULTIPLE_CHOICE_FIELDS = ("arenas", "target_groups", "competence_areas")


def _with_multiple_choices(data):
    """nested_form_data would flatten lists into sub-fields; the test client posts them as repeated keys."""
    choices = {name: data.pop(name) for name in MULTIPLE_CHOICE_FIELDS if name in data}
    return {**nested_form_data(data), **choices}


def new_offer_form_data(format_id, arena_ids, group_ids, title="Neues Angebot", slug="neues-angebot", days=14):
    start = timezone.localtime() + timezone.timedelta(days=days)
    return _with_multiple_choices(
        {
            "title": title,
            "slug": slug,
            "summary": "Eine kurze Beschreibung.",
            "description": rich_text("<p>Eine längere Beschreibung.</p>"),
            "dates": inline_formset(
                [
                    {
                        "start": start.strftime("%Y-%m-%d %H:%M"),
                        "end": (start + timezone.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
                    }
                ]
            ),
            "arenas": arena_ids,
            "format": format_id,
            "target_groups": group_ids,
            "level": "beginner",
            "language": "de",
            "mode": "online",
            "online_note": "Link per E-Mail.",
            "is_free": "on",
            "venue_city": "Leipzig",
            "comments": inline_formset([]),
        }
    )


def _local(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
