"""Channels below page URLs (calendar, feeds, embed) and the site-wide open data files.

The page routes (``<page url>calendar.ics``, ``<page url>feed/``,
``<page url>einbetten/``) are URL patterns of this app, placed before
Wagtail's catch-all: they find the page with Wagtail's routing and check it
against the visibility rule (``selection.visible_page_at``). This keeps the
page models free of channel code, and the apps below this one (offers, arenas,
news) do not import it: a ``RoutablePageMixin`` on the page models would need
them to import the channels that sit above them.
"""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from arenas.models import ArenaPage
from offers.models import OfferIndexPage, OfferPage, ProviderPage

from . import export
from .calendars import calendar_for
from .feeds import FEED_PAGE_TYPES, PageFeed, PageRssFeed
from .selection import offers_for, visible_page_at

CALENDAR_PAGE_TYPES = (OfferPage, ProviderPage, ArenaPage, OfferIndexPage)
EMBED_OFFERS = 20
# HTTP headers are ASCII: the licence's name without its dashes.
LICENSE_HEADER = (
    f'<{export.LICENSE_URL}>; rel="license"; title="Datenlizenz Deutschland - Namensnennung - Version 2.0"'
)


def page_or_404(request, path, types):
    page = visible_page_at(request, path)
    if page is None or not isinstance(page, types):
        raise Http404("No calendar or feed here.")
    return page


@require_GET
def page_calendar(request, path):
    """The dates below one page as an iCalendar file; lists accept every finder parameter."""
    page = page_or_404(request, path, CALENDAR_PAGE_TYPES)
    if isinstance(page, OfferPage):
        calendar = calendar_for([page], title=page.title, request=request, include_past=True)
    else:
        within = page if isinstance(page, ProviderPage | ArenaPage) else None
        offers = offers_for(request.GET, locale=page.locale, within=within)
        calendar = calendar_for(offers, title=page.title, request=request, include_past=request.GET.get("past") == "1")
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slugify(page.slug) or "kalender"}.ics"'
    return response


@require_GET
def page_feed(request, path, rss=False):
    page = page_or_404(request, path, FEED_PAGE_TYPES)
    feed = PageRssFeed() if rss else PageFeed()
    return feed(request, page=page)


@require_GET
@xframe_options_exempt
def provider_embed(request, path):
    """A minimal page of one provider's upcoming offers, to be shown in an iframe on the provider's site.

    No script, no cookie, no third-party request; links open the offers here in
    a new tab. Only this view may be framed (``xframe_options_exempt``).
    """
    page = page_or_404(request, path, (ProviderPage,))
    offers = list(offers_for({}, locale=page.locale, within=page)[:EMBED_OFFERS])
    OfferPage.prepare_for_listing(offers, provider=page)
    return TemplateResponse(request, "opendata/embed.html", {"provider": page, "offers": offers})


@require_GET
def offers_csv(request):
    response = HttpResponse(export.as_csv(export.offer_rows(request)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="digitalcampus-angebote.csv"'
    response["Link"] = LICENSE_HEADER
    return response


@require_GET
def offers_json(request):
    response = JsonResponse(export.as_json(export.offer_rows(request)), json_dumps_params={"ensure_ascii": False})
    response["Link"] = LICENSE_HEADER
    return response


@require_GET
def catalog(request):
    body = json.dumps(export.catalog(request), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/ld+json; charset=utf-8")
    return response


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /dokumente/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
