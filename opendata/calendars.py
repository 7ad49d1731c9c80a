"""iCalendar (RFC 5545) files: one VEVENT per date of each offer, in Europe/Berlin.

Written with the ``icalendar`` package, which also adds the VTIMEZONE for the
zone the dates use. What makes a calendar subscribable:

- UIDs are stable: they name the date row and the language, never its position.
- SEQUENCE grows whenever the offer is published again (minutes since
  2020-01-01 of ``last_published_at``): a calendar client replaces the event.
- DTSTAMP is that same publication time, so an unchanged offer gives the same
  bytes on every request (cacheable).
"""

import datetime
import zoneinfo

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vDuration, vText

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
PRODID = "-//Digital Campus Leipzig//Angebote//DE"


def uid_domain():
    return getattr(settings, "OPENDATA_UID_DOMAIN", "digitalcampus.leipzig.de")


def date_is_cancelled(date):
    """Whether one date of an offer is cancelled.

    The hook for cancellations: ``OfferDate`` has no cancellation flag yet; when
    it gains one (``is_cancelled`` or ``cancelled``), its dates are written as
    STATUS:CANCELLED instead of being dropped, so subscribers see the cancellation.
    """
    return bool(getattr(date, "is_cancelled", False) or getattr(date, "cancelled", False))


def sequence_of(page):
    published = page.last_published_at or page.first_published_at or SEQUENCE_EPOCH
    return max(0, int((published - SEQUENCE_EPOCH).total_seconds() // 60))


def location_of(offer):
    """The venue with its address, or the online note for online offers."""
    if offer.mode == "online":
        return _("Online")
    postcode_city = " ".join(part for part in (offer.venue_postcode, offer.venue_city) if part)
    parts = [offer.venue_name, offer.venue_street, postcode_city]
    if offer.mode == "hybrid":
        parts.append(_("auch online"))
    return ", ".join(part for part in parts if part)


def event_for(offer, date, url):
    event = Event()
    event.add("uid", f"offerdate-{date.pk}-{offer.locale.language_code}@{uid_domain()}")
    event.add("dtstamp", offer.last_published_at or timezone.now())
    event.add("dtstart", timezone.localtime(date.start, BERLIN))
    event.add("dtend", timezone.localtime(date.end, BERLIN))
    event.add("sequence", sequence_of(offer))
    event.add("summary", offer.title)
    event.add("description", "\n\n".join(part for part in (offer.summary, url) if part))
    location = location_of(offer)
    if location:
        event.add("location", location)
    event.add("url", url, parameters={"VALUE": "URI"})
    event.add("status", "CANCELLED" if date_is_cancelled(date) else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def calendar_for(offers, *, title, request, include_past=False):
    """A calendar with every date of ``offers`` (only dates still to come unless ``include_past``)."""
    offers = list(offers)
    prefetch_related_objects(offers, "dates")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(strip_tags(title)))
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add("refresh-interval", vDuration(datetime.timedelta(hours=6)), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    now = timezone.now()
    for offer in offers:
        url = offer.get_full_url(request)
        for date in sorted(offer.dates.all(), key=lambda d: (d.start, d.pk)):
            if include_past or date.end >= now:
                calendar.add_component(event_for(offer, date, url))
    calendar.add_missing_timezones()
    return calendar
