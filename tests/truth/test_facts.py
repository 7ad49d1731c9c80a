"""Facts are shared, text is translated: a German change to a date, price or venue reaches English at once."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from offers.models import OfferDate, OfferPage
from tests.search.conftest import SearchClient
from translations.pages import translations_promised


def translated_offer():
    """A live German demo offer with a live, reviewed English translation."""
    english = Locale.objects.get(language_code="en")
    for offer in OfferPage.objects.live().filter(locale__language_code="de", is_free=True).order_by("path"):
        target = offer.get_translation_or_none(english)
        promised = target and translations_promised(OfferPage.objects.filter(pk=target.pk)).exists()
        if promised and target.live and not target.has_unpublished_changes and offer.upcoming_dates():
            return offer, target
    raise AssertionError("no translated demo offer")


def test_german_date_price_and_venue_reach_english_page_listing_and_facets(client):
    german, english = translated_offer()
    english_title, english_summary = english.title, english.summary
    searcher = SearchClient(client)
    query = english_title.split()[0]
    assert english_title in searcher.titles("en", q=query, free="1")

    start = timezone.localtime(timezone.now() + datetime.timedelta(days=2)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    german.dates = [OfferDate(start=start, end=start + datetime.timedelta(hours=2))]
    german.is_free = False
    german.price = Decimal("42.50")
    german.venue_name = german.venue_name or "Stadtbibliothek"
    german.venue_street = "Wilhelm-Leuschner-Platz 10"
    german.mode = "on_site"
    german.summary = "Neuer deutscher Text, noch nicht übersetzt."
    # Approval publishes the reviewed German revision.
    german.save_revision().publish()

    english = OfferPage.objects.get(pk=english.pk)
    assert (english.title, english.summary) == (english_title, english_summary)
    assert not english.has_unpublished_changes
    assert [date.start for date in english.dates.all()] == [start]

    page = client.get(english.get_url()).content.decode()
    assert "17:00" in page
    assert "Wilhelm-Leuschner-Platz 10" in page
    assert "42.50" in page and "42,50" not in page
    assert english_summary in page
    assert "Neuer deutscher Text" not in page

    listing = client.get(english.get_parent().get_url()).content.decode()
    assert "42.50" in listing
    assert "17:00" in listing

    assert english_title not in searcher.titles("en", q=query, free="1")
    assert english_title in searcher.titles("en", q=query)


def test_an_approved_translation_keeps_the_german_facts(client):
    """An English draft made before the German change cannot bring back the old date."""
    german, english = translated_offer()
    english.summary = "A better English summary."
    draft = english.save_revision()

    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    german.dates = [OfferDate(start=start, end=start + datetime.timedelta(hours=1))]
    german.save_revision().publish()

    OfferPage.objects.get(pk=english.pk).revisions.get(pk=draft.pk).publish()
    english = OfferPage.objects.get(pk=english.pk)
    assert english.summary == "A better English summary."
    assert [date.start for date in english.dates.all()] == [start]
