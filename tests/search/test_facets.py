"""Filters with counts: every count equals the results one gets by applying it."""

import pytest

from offers.models import OfferPage

QUERIES = ["", "Workshop", "digital", "KI"]


def selected_params(response):
    params = {}
    for name, value in response.context["params"].url_items():
        params.setdefault(name, []).append(value)
    return params


@pytest.mark.parametrize("query", QUERIES)
def test_each_option_count_equals_results_with_that_option(searcher, query):
    response = searcher.get("de", q=query)
    facets = response.context["facets"]
    assert facets
    for facet in facets:
        for option in facet.visible_options:
            assert option["count"] > 0
            assert searcher.count("de", q=query, **{facet.name: option["value"]}) == option["count"], (
                facet.name,
                option,
            )
    free = response.context["search"].free_count
    assert searcher.count("de", q=query, free="1") == free


def test_counts_follow_the_other_selected_filters(searcher):
    base = {"arena": "bildung"}
    response = searcher.get("de", **base)
    for facet in response.context["facets"]:
        if facet.name == "arena":
            continue
        for option in facet.visible_options:
            assert searcher.count("de", **base, **{facet.name: option["value"]}) == option["count"]


def test_choices_within_a_filter_widen_and_across_filters_narrow(searcher):
    economy = searcher.count("de", arena="wirtschaft")
    education = searcher.count("de", arena="bildung")
    both_arenas = searcher.count("de", arena=["wirtschaft", "bildung"])
    assert max(economy, education) <= both_arenas <= economy + education
    workshops = searcher.count("de", format="workshop")
    assert searcher.count("de", arena="bildung", format="workshop") <= min(education, workshops)
    narrowed = searcher.titles("de", arena="bildung", format="workshop")
    for title in narrowed:
        offer = OfferPage.objects.get(title=title, locale__language_code="de")
        assert offer.format.slug == "workshop"
        assert "bildung" in [arena.key for arena in offer.arenas.all()]


def test_options_without_results_are_hidden_but_selected_ones_stay(searcher):
    response = searcher.get("de", q="Calliope")
    for facet in response.context["facets"]:
        assert all(option["count"] for option in facet.visible_options)
    formats = {
        option["value"]
        for facet in response.context["facets"]
        if facet.name == "format"
        for option in facet.visible_options
    }
    assert formats and formats != {"consultation", "course", "event", "hackathon", "lab", "talk", "workshop"}
    unmatched = searcher.get("de", q="Calliope", format="hackathon")
    assert unmatched.context["search"].count == 0
    html = unmatched.content.decode()
    assert 'value="hackathon" checked' in html


def test_every_filter_narrows_to_matching_offers(searcher, german):
    checks = {
        "level": lambda offer, value: offer.level == value,
        "mode": lambda offer, value: offer.mode == value,
        "language": lambda offer, value: offer.language == value,
        "target": lambda offer, value: value in [g.slug for g in offer.target_groups.all()],
        "area": lambda offer, value: value in [a.slug for a in offer.competence_areas.all()],
        "provider": lambda offer, value: offer.get_parent().slug == value,
    }
    facets = {facet.name: facet for facet in searcher.get("de").context["facets"]}
    for name, check in checks.items():
        option = facets[name].visible_options[0]
        titles = searcher.titles("de", **{name: option["value"]})
        assert len(titles) == option["count"]
        for title in titles:
            assert check(OfferPage.objects.get(title=title, locale=german), option["value"]), (name, title)


def test_date_range_and_free_filters(searcher, german):
    all_upcoming = searcher.count("de")
    free = searcher.titles("de", free="1")
    assert 0 < len(free) <= all_upcoming
    assert all(OfferPage.objects.get(title=title, locale=german).is_free for title in free)
    from django.utils import timezone

    today = timezone.localdate()
    soon = searcher.count("de", to=(today + timezone.timedelta(days=30)).isoformat())
    later = searcher.count("de", **{"from": (today + timezone.timedelta(days=31)).isoformat()})
    assert 0 < soon < all_upcoming
    assert 0 < later < all_upcoming
    assert soon + later >= all_upcoming
