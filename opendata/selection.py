"""Which offers a channel lists: the one place the API, calendars, feeds and the export ask.

``offers_for`` takes the offer finder's URL parameters (``q``, ``arena``,
``format``, ``target``, ``area``, ``level``, ``language``, ``mode``,
``provider``, ``free``, ``past``, ``from``, ``to``, …) and answers with the
matching visible offers of ``locale``, next date first, unpaginated. It asks the
offer finder (``offers.finder.find``), so that a channel lists exactly what the
site lists for the same parameters, and orders the result by date as
calendars, feeds and the export expect.
"""

import re

from django.db.models import F
from django.http import Http404, QueryDict
from wagtail.models import Page, Site

from arenas.models import ArenaPage
from core.visibility import visible
from offers.finder import FinderResult, find
from offers.models import OfferPage, ProviderPage

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
    result = find(as_querydict(params), locale=locale, within=within)
    offers = visible(OfferPage.objects).filter(locale=locale, pk__in=result.offers.values("pk")).with_date_range()
    if isinstance(within, ProviderPage):
        offers = offers.child_of(within)
    elif isinstance(within, ArenaPage):
        offers = offers.filter(arenas=within.arena_id)
    if result.flag("past"):
        order = (F("next_start").asc(nulls_last=True), F("last_end").desc(nulls_last=True), "title", "pk")
    else:
        order = (F("next_start").asc(nulls_last=True), "title", "pk")
    return offers.select_related("format", "locale").order_by(*order)


def finder_options(locale):
    """Each finder filter with the values it knows in ``locale`` (for the API's checks and description)."""
    options = FinderResult({}, locale=locale).options
    return {name: [str(value) for value, _label in choices] for name, (_label, choices) in options.items()}


def invalid_parameters(params, *, locale):
    """Names of finder parameters whose values the finder does not know (the site ignores them)."""
    params = as_querydict(params)
    invalid = {
        name
        for name, values in finder_options(locale).items()
        if any(value not in values for value in params.getlist(name))
    }
    invalid.update(name for name in ("free", "past", "open") if params.get(name, "1") not in ("0", "1"))
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
