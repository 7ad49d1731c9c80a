"""Relevance: realistic queries over the demo content find the expected offer among the first three."""

import pytest

from .relevance_cases import ENGLISH, GERMAN

TARGET = 0.9


@pytest.mark.parametrize(("language", "cases"), [("de", GERMAN), ("en", ENGLISH)])
def test_expected_offer_in_top_three(searcher, language, cases):
    misses = []
    for query, expected in cases:
        top = searcher.first_titles(language, q=query)
        if expected not in top:
            misses.append((query, expected, top))
    hit_rate = 1 - len(misses) / len(cases)
    assert hit_rate >= TARGET, misses


def test_relevance_set_is_large_enough():
    assert len(GERMAN) + len(ENGLISH) >= 30
