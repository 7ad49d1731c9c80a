"""Which offers a channel lists: the one place the API, calendars, feeds and the export ask.

``offers_for`` takes the offer finder's URL parameters (``q``, ``arena``,
``format``, ``target``, ``area``, ``level``, ``language``, ``mode``,
``provider``, ``free``, ``past``, ``from``, ``to``, …) and answers with the
matching visible offers of ``locale``, next date first, unpaginated. It runs
the search app's filtering so that a channel lists exactly what the site's
finder lists for the same parameters. When the offer finder module
(``offers.finder.find(params, *, locale, within=None)``) exists, this function
becomes ``find(...).offers`` and nothing else changes.
"""

import re
from dataclasses import dataclass

from django.db.models import F
from django.http import Http404, QueryDict
from wagtail.models import Page, Site

from arenas.models import ArenaPage
from core.visibility import visible
from offers.models import OfferPage, ProviderPage
from search.query import Search, SearchParams, build_facets

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FINDER_PARAMETERS = (
    "q",
    "arena",
    "format",
    "target",
    "area",
    "level",
    "language",
    "mode",
    "provider",
    "free",
    "past",
    "from",
    "to",
    "when",
    "district",
    "access",
    "open",
    "sort",
)


@dataclass
class _ParamsRequest:
    """The part of a request ``search.query.Search`` reads: its query parameters."""

    GET: QueryDict


def as_querydict(params):
    if isinstance(params, QueryDict):
        return params
    querydict = QueryDict(mutable=True)
    for name, value in (params or {}).items():
        if isinstance(value, list | tuple):
            querydict.setlist(name, [str(item) for item in value])
        else:
            querydict[name] = str(value)
    return querydict


def offers_for(params, *, locale, within=None):
    """Visible offers of ``locale`` matching the finder ``params``, next date first.

    ``within`` narrows to a provider page (its offers) or an arena page (offers
    tagged with its arena).
    """
    search = Search(_ParamsRequest(as_querydict(params)), locale)
    entry_ids = search.filtered_offers().values("page_id")
    offers = visible(OfferPage.objects).filter(locale=locale, pk__in=entry_ids).with_date_range()
    if isinstance(within, ProviderPage):
        offers = offers.child_of(within)
    elif isinstance(within, ArenaPage):
        offers = offers.filter(arenas=within.arena_id)
    if search.params.past:
        order = (F("next_start").asc(nulls_last=True), F("last_end").desc(nulls_last=True), "title", "pk")
    else:
        order = (F("next_start").asc(nulls_last=True), "title", "pk")
    return offers.select_related("format", "locale").order_by(*order)


def finder_options(locale):
    """Each finder filter with the values it knows in ``locale`` (for the API's checks and description)."""
    return {facet.name: [value for value, _label in facet.options] for facet in build_facets(locale)}


def invalid_parameters(params, *, locale):
    """Names of finder parameters whose values the finder does not know (the site ignores them)."""
    params = as_querydict(params)
    facets = build_facets(locale)
    invalid = set(SearchParams.from_request(params, facets).ignored)
    invalid.update(facet.name for facet in facets if "" in params.getlist(facet.name))
    invalid.update(name for name in ("free", "past") if params.get(name, "1") not in ("0", "1"))
    invalid.update(name for name in ("from", "to") if name in params and not ISO_DATE.fullmatch(params[name]))
    return sorted(invalid)


def visible_page_at(request, path):
    """The visible page that ``path`` (below the language prefix) leads to in the active language, or None.

    Calendars and feeds hang below page URLs (``<page url>calendar.ics``); the
    page is found with Wagtail's own routing and then checked against the one
    visibility rule, so a draft, private or expired page gives no channel.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page.localized.specific
    components = [component for component in path.split("/") if component]
    try:
        page = root.route(request, components).page
    except Http404:
        return None
    if not visible(Page.objects).filter(pk=page.pk).exists():
        return None
    return page.specific
