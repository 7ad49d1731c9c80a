"""The offer finder behind the offer index, an arena page, a provider page and the search page.

Every parameter is tried alone and combined on all four pages; the expected
offers are computed here in Python from the offers' own facts, independently of
the finder's SQL. Every count shown must equal the number of results after
choosing that option. Runs on SQLite and (with DATABASE_URL) PostgreSQL.
"""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from arenas.models import ArenaPage
from offers.finder import PARAMETERS, find
from offers.models import OfferIndexPage
from tests.factories import make_offer, make_provider

PAGES = ["index", "arena", "provider", "search"]


@pytest.fixture
def offers(german):
    """A provider with a few offers whose facts cover every filter."""
    provider = make_provider(OfferIndexPage.objects.get(locale=german), title="Finderwerkstatt Connewitz")
    today = make_offer(
        provider,
        dates=[0],
        title="Finderkurs Python heute",
        mode="on_site",
        venue_name="Werkstatt",
        venue_district="connewitz",
        step_free=True,
        accessible_toilet=True,
        hearing_loop=True,
        level="beginner",
    )
    later = make_offer(
        provider,
        arenas=["bildung", "wirtschaft"],
        dates=[40],
        title="Finderkurs Datenschutz später",
        is_free=False,
        price=Decimal("10"),
        level="advanced",
        language="en",
        registration_deadline=timezone.now() - datetime.timedelta(days=1),
    )
    past = make_offer(provider, dates=[-10], title="Finderarchiv Rückblick")
    return {"provider": provider, "today": today, "later": later, "past": past}


def page_for(kind, german, offers):
    """The URL and the ``within`` page of one of the four listing pages."""
    if kind == "index":
        page = OfferIndexPage.objects.get(locale=german)
    elif kind == "arena":
        page = ArenaPage.objects.get(locale=german, arena__key="bildung")
    elif kind == "provider":
        page = offers["provider"]
    else:
        with translation.override("de"):
            return reverse("search"), None
    return page.get_url(), page


def listed(client, url, params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.context["finder"]


def dates_overlap(offer, start, end):
    return any(d.end.date() >= start and d.start.date() <= end for d in offer.dates.all())


def today():
    return timezone.localdate()


def week_end():
    return today() + datetime.timedelta(days=6 - today().weekday())


#: parameter → (value, predicate an offer must satisfy, offers among the fixture's that must be listed)
SINGLE = {
    "q": ("Finderkurs", lambda o: "Finderkurs" in o.title, ["today", "later"]),
    "arena": ("wirtschaft", lambda o: "wirtschaft" in [a.key for a in o.arenas.all()], ["later"]),
    "format": ("workshop", lambda o: o.format.slug == "workshop", ["today", "later"]),
    "target": ("citizens", lambda o: "citizens" in [t.slug for t in o.target_groups.all()], ["today", "later"]),
    "area": ("safety", lambda o: "safety" in [a.slug for a in o.competence_areas.all()], []),
    "level": ("advanced", lambda o: o.level == "advanced", ["later"]),
    "language": ("en", lambda o: o.language == "en", ["later"]),
    "mode": ("on_site", lambda o: o.mode == "on_site", ["today"]),
    "provider": (None, None, ["today", "later"]),  # filled per test: the fixture's provider
    "district": ("connewitz", lambda o: o.venue_district == "connewitz", ["today"]),
    "access": ("step_free", lambda o: o.step_free, ["today"]),
    "free": ("1", lambda o: o.is_free, ["today"]),
    "open": ("1", lambda o: o.registration_is_open, ["today"]),
    "when": ("week", lambda o: dates_overlap(o, today(), week_end()), ["today"]),
    "from": (None, None, ["later"]),  # 30 days ahead
    "to": (None, None, ["today"]),  # today
    "past": ("1", lambda o: True, ["today", "later", "past"]),
    "sort": ("date", lambda o: True, ["today", "later"]),
    "page": ("1", lambda o: True, []),
}


def test_every_parameter_is_covered():
    assert set(SINGLE) == set(PARAMETERS)


@pytest.mark.parametrize("name", list(SINGLE))
def test_each_parameter_alone(client, german, offers, name):
    for kind in PAGES:
        check_parameter_alone(client, german, offers, kind, name)


def check_parameter_alone(client, german, offers, kind, name):
    url, within = page_for(kind, german, offers)
    value, predicate, expected = SINGLE[name]
    provider = offers["provider"]
    if name == "provider":
        value, predicate = provider.slug, lambda o: o.get_parent().pk == provider.pk
    elif name == "from":
        value = (today() + datetime.timedelta(days=30)).isoformat()
        predicate = lambda o: any(d.end.date() >= today() + datetime.timedelta(days=30) for d in o.dates.all())  # noqa: E731
    elif name == "to":
        value = today().isoformat()
        predicate = lambda o: any(d.start.date() <= today() for d in o.upcoming_dates())  # noqa: E731
    fixed = (kind, name) in (("provider", "provider"), ("arena", "arena"))
    if fixed:
        predicate = lambda o: True  # noqa: E731 - fixed by the page itself: the parameter is ignored there
    finder = listed(client, url, {name: value} if value else {})
    base = find({"past": "1"} if name == "past" else {}, locale=german, within=within).offers
    want = {o.pk for o in base if predicate(o)} if name != "q" else None
    got = {o.pk for o in finder.offers}
    if want is not None:
        assert got == want, (kind, name)
    in_scope = {o.pk for o in find({"past": "1"}, locale=german, within=within).offers}
    for key in expected:
        if offers[key].pk in in_scope and not fixed:
            assert offers[key].pk in got, (name, key)
    if name not in ("past",):
        assert offers["past"].pk not in got
    assert finder.count == len(got)
    assert not finder.notices


@pytest.mark.parametrize("kind", PAGES)
def test_parameters_combined(client, german, offers, kind):
    url, _within = page_for(kind, german, offers)
    params = {
        "q": "Python",
        "format": "workshop",
        "target": "citizens",
        "level": "beginner",
        "language": "de",
        "mode": "on_site",
        "district": "connewitz",
        "access": ["step_free", "toilet", "hearing_loop"],
        "free": "1",
        "open": "1",
        "when": "today",
        "from": today().isoformat(),
        "to": today().isoformat(),
        "sort": "date",
    }
    if kind != "provider":
        params["provider"] = offers["provider"].slug
    finder = listed(client, url, params)
    assert [o.pk for o in finder.offers] == [offers["today"].pk]
    # One option more that the offer lacks empties the list, and the page says so without an error.
    params["level"] = "advanced"
    assert listed(client, url, params).count == 0


def apply(params, facet, option):
    changed = {key: list(value) if isinstance(value, list) else value for key, value in params.items()}
    if facet.name == "more":
        changed[option.value] = "1"
    elif facet.kind == "flags":
        changed[facet.name] = sorted({*changed.get(facet.name, []), option.value})
    else:
        changed[facet.name] = [option.value]
    return changed


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"arena": ["bildung"], "free": "1"},
        {"q": "Kurs"},
        {"mode": ["online"], "level": ["beginner"]},
        {"from": "2020-01-01", "to": "2100-01-01", "when": "month", "access": ["step_free"]},
    ],
)
def test_counts_equal_the_results_of_choosing_the_option(client, german, offers, params):
    for kind in PAGES:
        url, within = page_for(kind, german, offers)
        finder = listed(client, url, params)
        checked = 0
        for facet in finder.facets:
            for option in facet.shown_options:
                result = find(apply(params, facet, option), locale=german, within=within)
                assert result.count == option.count, (kind, facet.name, option.value)
                checked += 1
        assert checked, kind


@pytest.mark.parametrize("kind", ["arena", "provider"])
def test_fixed_filters_are_not_offered(client, german, offers, kind):
    url, _within = page_for(kind, german, offers)
    names = {facet.name for facet in listed(client, url, {}).facets}
    assert ("arena" if kind == "arena" else "provider") not in names


def test_numbered_pagination_keeps_the_filters(client, german, offers):
    url, _within = page_for("index", german, offers)
    first = client.get(url, {"format": "workshop"})
    page_obj = first.context["page_obj"]
    assert page_obj.paginator.num_pages > 1
    html = first.content.decode()
    assert 'aria-current="page"' in html
    assert "format=workshop&amp;page=2" in html
    second = client.get(url, {"format": "workshop", "page": 2}).context["page_obj"]
    assert not {o.pk for o in page_obj.object_list} & {o.pk for o in second.object_list}
    last = client.get(url, {"page": 9999}).context["page_obj"]
    assert last.number == last.paginator.num_pages
    assert client.get(url, {"page": "abc"}).context["page_obj"].number == 1


@pytest.mark.parametrize(
    "params",
    [
        {"arena": "mond"},
        {"when": "gestern"},
        {"district": "<script>"},
        {"access": "lift"},
        {"from": "2026-13-45"},
        {"free": "ja"},
        {"sort": "random"},
        {"provider": "unbekannt"},
    ],
)
def test_bad_values_are_ignored_and_reported(client, german, offers, params):
    url, _within = page_for("index", german, offers)
    response = client.get(url, params)
    assert response.status_code == 200
    finder = response.context["finder"]
    assert finder.notices
    assert finder.count == find({}, locale=german, within=response.context["page"]).count
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_past_offers_matching_the_query_are_offered(client, german, offers):
    url, _within = page_for("search", german, offers)
    response = client.get(url, {"q": "Finderarchiv"})
    finder = response.context["finder"]
    assert finder.count == 0
    assert finder.past_count == 1
    html = response.content.decode()
    assert "1 vergangenes Angebot passt" in html
    assert f'href="?{finder.past_query.replace("&", "&amp;")}"' in html
    shown = client.get(url + "?" + finder.past_query).context["finder"]
    assert [o.pk for o in shown.offers] == [offers["past"].pk]


def test_query_string_round_trip_and_changes(german, offers):
    params = {"q": "Kurs", "arena": ["bildung", "wirtschaft"], "free": "1", "when": "week", "page": "2"}
    finder = find(params, locale=german)
    assert finder.query_string() == "q=Kurs&arena=bildung&arena=wirtschaft&free=1&when=week"
    assert finder.query_string(page=3).endswith("&page=3")
    assert "free" not in finder.query_string(free=None)
    again = find(dict(item.split("=") for item in finder.query_string(arena="bildung").split("&")), locale=german)
    assert again.values["arena"] == ["bildung"]
    assert [f.name for f in finder.active_filters] == ["arena", "arena", "when", "free"]


@pytest.mark.parametrize(
    ("day", "when", "window"),
    [
        ("2026-11-25", "today", ("2026-11-25", "2026-11-25")),
        ("2026-11-25", "week", ("2026-11-25", "2026-11-29")),
        ("2026-11-25", "weekend", ("2026-11-28", "2026-11-29")),
        ("2026-11-29", "weekend", ("2026-11-29", "2026-11-29")),
        ("2026-11-25", "month", ("2026-11-25", "2026-11-30")),
        ("2026-12-31", "month", ("2026-12-31", "2026-12-31")),
    ],
)
def test_when_windows(german, day, when, window):
    finder = find({}, locale=german, today=datetime.date.fromisoformat(day))
    assert tuple(d.isoformat() for d in finder._date_window(when)) == window


def test_language_switcher_keeps_the_filters(client, german, offers):
    url, _within = page_for("index", german, offers)
    html = client.get(url, {"arena": "bildung", "free": "1"}).content.decode()
    assert 'hreflang="en"' in html
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert "?arena=bildung&amp;free=1" in switcher


def test_english_page_lists_english_offers_with_the_same_filters(client, english):
    index = OfferIndexPage.objects.get(locale=english)
    finder = listed(client, index.get_url(), {"arena": "bildung"})
    assert finder.count
    assert all(o.locale_id == english.pk for o in finder.offers)
    assert all("bildung" in [a.key for a in o.arenas.all()] for o in finder.offers)


def test_query_count_does_not_grow_with_the_offers(client, german, offers, django_assert_max_num_queries):
    url, _within = page_for("index", german, offers)
    with django_assert_max_num_queries(60):
        client.get(url, {"arena": "bildung", "when": "month", "free": "1"})
