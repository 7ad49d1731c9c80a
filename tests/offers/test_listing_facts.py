"""The facts stored on each offer's row (``offers.listing_facts``) follow every change of its dates and terms.

Lists read whether an offer has a date to come, its next date and its facet values from the offer's
row; these tests change dates and terms over every path that writes them (publish, draft,
translation, direct saves and deletes, either side of a link, renamed and merged terms) and let the
stored next date pass, then compare with the dates and links themselves.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from arenas.models import Arena
from offers import listing_facts
from offers.finder import find
from offers.models import CompetenceArea, OfferDate, OfferIndexPage, OfferPage, TargetGroup
from tests.factories import first_provider, make_offer, make_provider, make_translated_offer

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


def stored(offer):
    return OfferPage.objects.values_list(*listing_facts.DATE_FIELDS).get(pk=offer.pk)


def expected(offer, now=None):
    """The facts computed here from the offer's dates, independently of ``listing_facts``."""
    now = now or timezone.now()
    dates = list(OfferDate.objects.filter(page=offer).order_by("start", "-end"))
    if not dates:
        return (None, None, None)
    to_come = [date for date in dates if date.end >= now]
    return (
        max(date.end for date in dates),
        to_come[0].start if to_come else None,
        to_come[0].end if to_come else None,
    )


@pytest.fixture
def provider(german):
    return make_provider(OfferIndexPage.objects.get(locale=german), title="Faktenwerkstatt Plagwitz")


def test_publishing_stores_the_last_end_and_the_next_date(provider):
    offer = make_offer(provider, dates=[-3, 12, 5])
    dates = offer.sorted_dates()
    assert stored(offer) == (dates[2].end, dates[1].start, dates[1].end) == expected(offer)


def test_an_offer_without_dates_to_come_stores_no_next_date(provider):
    offer = make_offer(provider, dates=[-9, -2])
    last = offer.sorted_dates()[-1]
    assert stored(offer) == (last.end, None, None)
    assert offer.pk not in find({}, locale=provider.locale).ids
    assert offer.pk in find({"past": "1"}, locale=provider.locale).ids


def test_a_draft_with_other_dates_changes_nothing_until_it_is_published(provider):
    offer = make_offer(provider, dates=[5])
    before = stored(offer)
    start = timezone.now() + DAY
    offer.dates = [OfferDate(start=start, end=start + HOUR)]
    revision = offer.save_revision()
    assert stored(offer) == before
    revision.publish()
    assert stored(offer) == (start + HOUR, start, start + HOUR)


def test_dates_saved_and_deleted_one_by_one_or_by_queryset_refresh_the_offer(provider):
    offer = make_offer(provider, dates=[5])
    start = timezone.now() + 2 * DAY
    date = OfferDate.objects.create(page=offer, start=start, end=start + HOUR)
    assert stored(offer) == expected(offer) and stored(offer)[1] == start
    date.start, date.end = start - 10 * DAY, start - 9 * DAY
    date.save()
    assert stored(offer) == expected(offer)
    date.delete()
    assert stored(offer) == expected(offer)
    OfferDate.objects.filter(page=offer).delete()
    assert stored(offer) == (None, None, None)
    assert offer.pk not in find({}, locale=provider.locale).ids


def test_the_english_translation_stores_the_german_dates(german):
    english = make_translated_offer(first_provider(german), "en", "Facts workshop", dates=[4])
    german = OfferPage.objects.get(translation_key=english.translation_key, locale__language_code="de")
    start = timezone.now() + 3 * DAY
    german.dates = [OfferDate(start=start, end=start + HOUR)]
    german.save_revision().publish()
    assert stored(english) == stored(german) == (start + HOUR, start, start + HOUR)


def test_a_passed_next_date_is_looked_up_until_the_scheduled_refresh(provider):
    """Stored two days ago, the next date has ended since; lists still order by the real next date."""
    now = timezone.now()
    stale = make_offer(provider, dates=[-1, 3], title="Faktenkurs mit vergangenem Termin")
    other = make_offer(provider, dates=[2], title="Faktenkurs übermorgen")
    listing_facts.refresh([stale.pk], now=now - 2 * DAY)
    passed = OfferDate.objects.filter(page=stale).order_by("start").first()
    assert stored(stale)[1:] == (passed.start, passed.end)
    assert passed.end < now

    real_next = expected(stale)[1]
    annotated = OfferPage.objects.filter(pk=stale.pk).with_date_range().get()
    assert annotated.next_start == real_next
    ids = find({"provider": provider.slug}, locale=provider.locale).ids
    # With the stored (passed) date the stale offer would come first.
    assert ids.index(other.pk) < ids.index(stale.pk)

    assert listing_facts.refresh_passed() >= 1
    assert stored(stale) == expected(stale)
    listing_facts.refresh([stale.pk], now=now - 2 * DAY)
    call_command("refresh_listing_facts", stdout=io.StringIO())
    assert stored(stale) == expected(stale)


def test_the_command_recomputes_every_offer(provider):
    offer = make_offer(provider, dates=[6])
    OfferPage.objects.filter(pk=offer.pk).update(dates_last_end=None, dates_next_start=None, dates_next_end=None)
    call_command("refresh_listing_facts", "--all", stdout=io.StringIO())
    assert stored(offer) == expected(offer)


def test_every_demo_offer_stores_the_facts_of_its_dates_and_terms(db):
    now = timezone.now()
    offers = list(OfferPage.objects.filter(locale__in=Locale.objects.all()))
    assert len(offers) > 20
    for offer in offers:
        last_end, next_start, next_end = stored(offer)
        assert last_end == expected(offer, now)[0]
        # A stored next date stands until it ends (a date of the demo may have ended since it was built).
        if next_end is None or next_end >= now:
            assert (next_start, next_end) == expected(offer, now)[1:]
        links = [
            sorted(set(getattr(offer, relation).values_list(value, flat=True)))
            for relation, value in listing_facts.FACETS.values()
        ]
        assert list(stored_terms(offer)) == links


def stored_terms(offer):
    return OfferPage.objects.values_list(*listing_facts.FACETS).get(pk=offer.pk)


def test_terms_linked_and_unlinked_on_either_side_are_stored_on_the_offer(provider):
    offer = make_offer(provider, arenas=["wirtschaft", "bildung"])
    assert stored_terms(offer) == (["bildung", "wirtschaft"], ["citizens"], [])
    offer.arenas = list(Arena.objects.filter(key="stadtgesellschaft"))
    offer.competence_areas = list(CompetenceArea.source_terms().order_by("slug")[:2])
    offer.save_revision().publish()
    areas = sorted(CompetenceArea.source_terms().order_by("slug").values_list("slug", flat=True)[:2])
    assert stored_terms(offer) == (["stadtgesellschaft"], ["citizens"], areas)

    science = Arena.objects.get(key="wissenschaft")
    science.offers.add(offer)
    assert stored_terms(offer)[0] == ["stadtgesellschaft", "wissenschaft"]
    science.offers.remove(offer)
    assert stored_terms(offer)[0] == ["stadtgesellschaft"]
    Arena.objects.get(key="stadtgesellschaft").offers.clear()
    assert stored_terms(offer)[0] == []
    assert offer.pk not in find({"arena": "stadtgesellschaft"}, locale=provider.locale).ids


def test_a_renamed_or_merged_term_is_stored_anew_on_its_offers(provider):
    offer = make_offer(provider)
    citizens = TargetGroup.source_terms().get(slug="citizens")
    citizens.slug = "stadtbevoelkerung"
    citizens.save()
    assert stored_terms(offer)[1] == ["stadtbevoelkerung"]

    other = TargetGroup.source_terms().exclude(pk=citizens.pk).order_by("slug").first()
    citizens.merge_into(other)
    assert stored_terms(offer)[1] == [other.slug]
    chosen = find({"target": other.slug}, locale=provider.locale)
    assert offer.pk in chosen.ids
    # Counted from the stored values, without a choice: the count is what choosing it lists.
    facets = {facet.name: facet for facet in find({}, locale=provider.locale).facets}
    counts = {option.value: option.count for option in facets["target"].options}
    assert counts[other.slug] == chosen.count
