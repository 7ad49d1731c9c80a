"""Calendars (RFC 5545): parse, round-trip, Europe/Berlin across the DST change, stable UIDs,
SEQUENCE that grows on change, and filtered lists that hold exactly the finder's results."""

import datetime
import urllib.request
import zoneinfo

import pytest
from django.http import QueryDict
from icalendar import Calendar
from wagtail.models import Locale

from arenas.models import ArenaPage
from offers.models import OfferDate, OfferIndexPage, OfferPage
from opendata.selection import offers_for
from tests.factories import make_offer

from .helpers import calendar, events, make_on_site_offer, path_of

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def dst_offer(provider):
    """An on-site offer with sessions at 18:00 Berlin time before and after the change to summer time."""
    offer = make_on_site_offer(
        provider, "Sommerzeit-Kurs", venue_street="Wilhelm-Leuschner-Platz 10", venue_postcode="04107"
    )
    offer.dates.all().delete()
    OfferDate.objects.create(page=offer, start=berlin(2027, 3, 27, 18), end=berlin(2027, 3, 27, 20))
    OfferDate.objects.create(page=offer, start=berlin(2027, 3, 29, 18), end=berlin(2027, 3, 29, 20))
    offer.save_revision().publish()
    return OfferPage.objects.get(pk=offer.pk)


def test_offer_calendar_parses_round_trips_and_keeps_local_time_across_dst(client, dst_offer):
    response = client.get(f"{dst_offer.url}calendar.ics")
    cal = calendar(response)
    assert Calendar.from_ical(cal.to_ical()).to_ical() == cal.to_ical()
    vevents = events(cal)
    assert len(vevents) == 2
    starts = [event.decoded("dtstart") for event in vevents]
    assert [start.astimezone(BERLIN).hour for start in starts] == [18, 18]
    assert [start.astimezone(datetime.UTC).hour for start in starts] == [17, 16]
    assert all(event["dtstart"].params["TZID"] == "Europe/Berlin" for event in vevents)
    timezones = list(cal.walk("VTIMEZONE"))
    assert [str(tz["tzid"]) for tz in timezones] == ["Europe/Berlin"]
    assert {component.name for component in timezones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}
    event = vevents[0]
    assert str(event["summary"]) == "Sommerzeit-Kurs"
    assert "Wilhelm-Leuschner-Platz 10" in str(event["location"])
    assert "04107 Leipzig" in str(event["location"])
    assert str(event["url"]).endswith(dst_offer.url)
    assert str(event["status"]) == "CONFIRMED"
    assert 'filename="' in response["Content-Disposition"]


def test_uids_are_stable_and_sequence_grows_on_change(client, dst_offer):
    first = events(calendar(client.get(f"{dst_offer.url}calendar.ics")))
    again = events(calendar(client.get(f"{dst_offer.url}calendar.ics")))
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in again]
    assert len({str(e["uid"]) for e in first}) == 2
    assert [int(e["sequence"]) for e in first] == [int(e["sequence"]) for e in again]
    offer = OfferPage.objects.get(pk=dst_offer.pk)
    offer.title = "Sommerzeit-Kurs (neuer Raum)"
    revision = offer.save_revision()
    revision.publish()
    OfferPage.objects.filter(pk=offer.pk).update(
        last_published_at=offer.last_published_at + datetime.timedelta(minutes=5)
    )
    changed = events(calendar(client.get(f"{dst_offer.url}calendar.ics")))
    assert [str(e["uid"]) for e in changed] == [str(e["uid"]) for e in first]
    assert all(int(new["sequence"]) > int(old["sequence"]) for new, old in zip(changed, first, strict=True))
    assert str(changed[0]["summary"]) == "Sommerzeit-Kurs (neuer Raum)"


def test_cancelled_date_is_written_as_cancelled(client, dst_offer, monkeypatch):
    """The cancellation hook: a date flagged as cancelled stays in the calendar as STATUS:CANCELLED."""
    date = dst_offer.sorted_dates()[0]
    monkeypatch.setattr(OfferDate, "is_cancelled", property(lambda self: self.pk == date.pk), raising=False)
    statuses = [str(e["status"]) for e in events(calendar(client.get(f"{dst_offer.url}calendar.ics")))]
    assert statuses == ["CANCELLED", "CONFIRMED"]


def urls_in(cal):
    return {path_of(event["url"]) for event in events(cal)}


FILTERS = [
    "free=1",
    "mode=online",
    "free=1&mode=online",
    "arena=bildung&format=workshop",
    "level=beginner&language=de",
    "q=Daten",
    "past=1&arena=wissenschaft",
]


@pytest.mark.parametrize("query", FILTERS)
@pytest.mark.parametrize("language", ["de", "en"])
def test_filtered_index_calendar_holds_exactly_the_finders_results(client, language, query):
    locale = Locale.objects.get(language_code=language)
    index = OfferIndexPage.objects.get(locale=locale)
    expected = list(offers_for(QueryDict(query), locale=locale))
    cal = calendar(client.get(f"{index.url}calendar.ics?{query}"))
    assert urls_in(cal) == {offer.url for offer in expected}
    assert expected or query.startswith("q="), "the demo content has offers for each filter"


def test_arena_calendar_is_the_arena_s_offers_filtered(client, german):
    arena = ArenaPage.objects.get(locale=german, arena__key="wirtschaft")
    expected = offers_for(QueryDict("free=1"), locale=german, within=arena)
    cal = calendar(client.get(f"{arena.url}calendar.ics?free=1"))
    assert urls_in(cal) == {offer.url for offer in expected}
    assert all(offer.arenas.filter(key="wirtschaft").exists() for offer in expected)


def test_provider_calendar_lists_its_upcoming_offers(client, provider):
    upcoming = make_offer(provider, title="Kommt noch")
    make_offer(provider, title="Schon vorbei", dates=[-10])
    cal = calendar(client.get(f"{provider.url}calendar.ics"))
    assert {str(e["summary"]) for e in events(cal)} == {"Kommt noch"}
    assert urls_in(cal) == {upcoming.url}


def test_no_calendar_for_pages_without_dates_or_for_missing_pages(client):
    assert client.get("/de/aktuelles/calendar.ics").status_code == 404
    assert client.get("/de/gibt-es-nicht/calendar.ics").status_code == 404
    assert client.post("/de/angebote/calendar.ics").status_code == 405


def test_subscribe_to_a_filtered_calendar_and_read_it_back(live_url, german):
    """A calendar client subscribing to "all free online offers" over HTTP gets exactly the finder's list."""
    query = "free=1&mode=online"
    with urllib.request.urlopen(f"{live_url}/de/angebote/calendar.ics?{query}") as response:  # noqa: S310
        assert response.headers["Content-Type"].startswith("text/calendar")
        cal = Calendar.from_ical(response.read())
    expected = offers_for(QueryDict(query), locale=german)
    titles = {str(event["summary"]) for event in events(cal)}
    assert titles == {offer.title for offer in expected}
    assert titles
