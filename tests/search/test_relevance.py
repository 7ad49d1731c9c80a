"""Relevance: realistic queries over the demo content find the expected offer among the first three.

Each query is its own test case. The German and English sets and the compounds (a word inside a
longer word, matched in the search backend's stored text) pass on both databases; typos need
PostgreSQL's trigram matching.
"""

import pytest

from .conftest import postgres_only
from .relevance_cases import COMPOUNDS, ENGLISH, GERMAN, POSTGRES_ONLY

CASES = [("de", query, expected) for query, expected in GERMAN] + [
    ("en", query, expected) for query, expected in ENGLISH
]


@pytest.mark.parametrize(("language", "query", "expected"), CASES, ids=[case[1] for case in CASES])
def test_expected_offer_in_top_three(searcher, language, query, expected):
    assert expected in searcher.first_titles(language, q=query)


@postgres_only
@pytest.mark.parametrize(("language", "query", "expected"), POSTGRES_ONLY)
def test_typos_and_compounds_on_postgresql(searcher, language, query, expected):
    assert expected in searcher.first_titles(language, q=query)


@pytest.mark.parametrize(("language", "query", "expected"), COMPOUNDS, ids=[case[1] for case in COMPOUNDS])
def test_compound_words(searcher, language, query, expected):
    assert expected in searcher.first_titles(language, q=query)


def test_a_word_finds_the_compounds_that_contain_it(searcher):
    titles = searcher.titles("de", q="Kurs")
    assert "Berufsbegleitender Zertifikatskurs Cloud und DevOps" in titles
    assert "Smartphone-Grundkurs für Seniorinnen und Senioren" in titles
    assert "Lernfabrik Industrie 4.0: vernetzte Produktion zum Anfassen" in searcher.titles("de", q="Fabrik")


def test_relevance_set_is_large_enough():
    assert len(CASES) + len(POSTGRES_ONLY) + len(COMPOUNDS) >= 50
