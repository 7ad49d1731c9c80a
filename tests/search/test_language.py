"""Language-aware matching: stemming per page language, and the editable synonyms.

The cases run on both databases: PostgreSQL with its German and English
Snowball stemmers, SQLite with the fallback's suffix stripping. The tests marked
``postgres_only`` check what only PostgreSQL does.
"""

import pytest
from django.db import connection

from offers.models import OfferIndexPage
from search.models import SearchEntry, Synonym
from tests.factories import first_provider, make_offer, make_provider, make_translated_offer

from .conftest import postgres_only


@pytest.fixture
def german_provider(german):
    return make_provider(OfferIndexPage.objects.get(locale=german), title="Lernwerkstatt Süd")


@pytest.fixture
def source_of_english(german):
    """The German provider whose English translation the English offers are created in."""
    return first_provider(german)


@pytest.mark.parametrize(
    ("title", "query"),
    [
        ("Kurs Tabellenkalkulation für Vereine", "Kurse Tabellenkalkulation"),
        ("Kurse zur Tabellenkalkulation", "Kurs Tabellenkalkulation"),
        ("Workshop Bildbearbeitung", "Workshops Bildbearbeitung"),
        ("Künstliche Intelligenz verstehen", "künstlicher Intelligenz"),
        ("Einführung in Datenbanken", "Datenbank Einführungen"),
    ],
)
def test_german_inflections_find_each_other(searcher, german_provider, title, query):
    make_offer(german_provider, title=title)
    # Found on the first page of results; ranking among the demo's several
    # KI offers is what tests/search/test_relevance.py covers.
    assert title in searcher.first_titles("de", count=12, q=query)


@pytest.mark.parametrize(
    ("title", "query"),
    [
        ("A course on spreadsheets", "courses spreadsheet"),
        ("Photo editing workshops", "workshop photo"),
        ("Understanding databases", "database understand"),
    ],
)
def test_english_inflections_find_each_other(searcher, source_of_english, title, query):
    make_translated_offer(source_of_english, "en", title)
    assert title in searcher.first_titles("en", q=query)


def test_ki_finds_kuenstliche_intelligenz_and_back(searcher, german_provider):
    make_offer(german_provider, title="Künstliche Intelligenz im Ehrenamt")
    assert "Künstliche Intelligenz im Ehrenamt" in searcher.titles("de", q="KI")
    assert "KI-Grundlagen für die Verwaltung" in searcher.titles("de", q="Künstliche Intelligenz")


def test_ai_finds_artificial_intelligence_and_back(searcher, source_of_english):
    make_translated_offer(source_of_english, "en", "Artificial intelligence for volunteers")
    assert "Artificial intelligence for volunteers" in searcher.titles("en", q="AI")
    assert "AI basics for public administration" in searcher.titles("en", q="artificial intelligence")


def test_editors_add_a_synonym(searcher, german_provider):
    make_offer(german_provider, title="Tabellenkalkulation für Einsteiger")
    assert "Tabellenkalkulation für Einsteiger" not in searcher.titles("de", q="Excel")
    Synonym.objects.create(terms="Excel, Tabellenkalkulation")
    assert "Tabellenkalkulation für Einsteiger" in searcher.titles("de", q="Excel")


def test_short_words_do_not_match_inside_longer_ones(searcher, german_provider):
    make_offer(german_provider, title="Kinderkino im Stadtteil")
    assert "Kinderkino im Stadtteil" not in searcher.titles("de", q="KI")


@postgres_only
def test_entries_use_the_stemmer_of_their_language(german, english):
    assert connection.vendor == "postgresql"
    title = "Algorithmen im Unterricht: Online-Kurs für Lehrkräfte"
    german_entry = SearchEntry.objects.get(title=title, locale=german)
    english_entry = SearchEntry.objects.get(title="Algorithms in the classroom: an online course for teachers")
    assert "'lehrkraft'" in str(german_entry.vector)
    # The German page's alias in the Leichte-Sprache tree is German, and so is its stemmer.
    easyread_entry = SearchEntry.objects.get(title=title, locale__language_code="de-ls")
    assert "'lehrkraft'" in str(easyread_entry.vector)
    assert "'cours'" in str(english_entry.vector)
    assert german_entry.locale == german
    assert english_entry.locale == english


@postgres_only
def test_german_stopwords_do_not_block_a_match(searcher):
    assert "KI-Grundlagen für die Verwaltung" in searcher.first_titles("de", q="Grundlagen für die Verwaltung")
