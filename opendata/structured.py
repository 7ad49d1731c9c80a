"""schema.org JSON-LD and the page meta (description, canonical, OpenGraph) for every page.

Each page type has one builder here; the base template's head renders the
result through ``{% page_meta %}``. Only facts the page itself shows are
written, from the page as published (the template renders the live page).
"""

from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.visibility import visible
from home.models import HomePage
from news.models import NewsPage
from offers.models import OfferPage, ProviderPage

from .calendars import location_of
from .records import plain_text

SCHEMA = "https://schema.org"
SITE_NAME = "Digital Campus Leipzig"
COURSE_MODES = {"on_site": "onsite", "online": "online", "hybrid": "blended"}
ATTENDANCE_MODES = {
    "on_site": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
# Formats that make a one-date offer an event rather than a course.
EVENT_FORMATS = {"talk", "event", "hackathon", "workshop"}
ORGANISATION_KINDS = {"university": "CollegeOrUniversity", "school": "School", "research": "ResearchOrganization"}
EDUCATIONAL_KINDS = {"adult_education"}


def isoformat(value):
    return timezone.localtime(value).isoformat()


def description_of(page):
    """The meta description: the editor's search description, else the page's own summary."""
    for text in (
        page.search_description,
        getattr(page, "summary", ""),
        getattr(page, "teaser", ""),
        getattr(page, "introduction", ""),
        getattr(page, "intro", ""),
        plain_text(getattr(page, "description", "")),
    ):
        if text:
            text = " ".join(str(text).split())
            return text if len(text) <= 300 else text[:297].rsplit(" ", 1)[0] + " …"
    return ""


def place_of(offer):
    if offer.mode == "online":
        return {"@type": "VirtualLocation", "url": offer.get_full_url()}
    place = {
        "@type": "Place",
        "name": offer.venue_name or location_of(offer),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": offer.venue_street,
            "postalCode": offer.venue_postcode,
            "addressLocality": offer.venue_city,
            "addressCountry": "DE",
        },
    }
    if offer.mode == "hybrid":
        return [place, {"@type": "VirtualLocation", "url": offer.get_full_url()}]
    return place


def organization_of(provider, request=None):
    kind = ORGANISATION_KINDS.get(provider.kind)
    if kind is None:
        kind = "EducationalOrganization" if provider.kind in EDUCATIONAL_KINDS else "Organization"
    data = {"@type": kind, "name": provider.title, "url": provider.get_full_url(request)}
    if provider.website:
        data["sameAs"] = provider.website
    return data


def price_offer(offer, url):
    free = offer.is_free or offer.price is None
    data = {
        "@type": "Offer",
        "price": "0" if free else str(offer.price),
        "priceCurrency": "EUR",
        "url": offer.registration_url or url,
        "category": _("kostenfrei") if free else _("kostenpflichtig"),
    }
    if offer.registration_deadline:
        data["validThrough"] = isoformat(offer.registration_deadline)
    return data


def offer_data(offer, request):
    url = offer.get_full_url(request)
    provider = offer.provider
    # Upcoming dates; a past offer keeps its dates (its page stays reachable, marked as past).
    dates = offer.upcoming_dates() or offer.sorted_dates()
    organizer = organization_of(provider, request) if provider else None
    instances = []
    for date in dates:
        instance = {
            "@type": "CourseInstance",
            "courseMode": COURSE_MODES.get(offer.mode, offer.mode),
            "startDate": isoformat(date.start),
            "endDate": isoformat(date.end),
            "location": place_of(offer),
            "offers": price_offer(offer, url),
        }
        instances.append(instance)
    course = {
        "@context": SCHEMA,
        "@type": "Course",
        "@id": f"{url}#course",
        "name": offer.title,
        "description": offer.summary,
        "url": url,
        "inLanguage": {"de": "de", "en": "en", "de_en": ["de", "en"]}.get(offer.language, offer.language),
        "isAccessibleForFree": offer.is_free or offer.price is None,
        "educationalLevel": offer.get_level_display(),
        "hasCourseInstance": instances,
    }
    if organizer:
        course["provider"] = organizer
    items = [course]
    if len(dates) == 1 and offer.format.slug in EVENT_FORMATS:
        date = dates[0]
        event = {
            "@context": SCHEMA,
            "@type": "Event",
            "name": offer.title,
            "description": offer.summary,
            "url": url,
            "startDate": isoformat(date.start),
            "endDate": isoformat(date.end),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": ATTENDANCE_MODES.get(offer.mode),
            "location": place_of(offer),
            "offers": price_offer(offer, url),
        }
        if organizer:
            event["organizer"] = organizer
        items.append(event)
    return items


def provider_data(provider, request):
    data = organization_of(provider, request)
    data["@context"] = SCHEMA
    data["description"] = description_of(provider)
    if provider.street or provider.postcode:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": provider.street,
            "postalCode": provider.postcode,
            "addressLocality": provider.city,
            "addressCountry": "DE",
        }
    if provider.email:
        data["email"] = provider.email
    if provider.phone:
        data["telephone"] = provider.phone
    return [data]


def news_data(news, request):
    url = news.get_full_url(request)
    publisher = {"@type": "Organization", "name": SITE_NAME, "url": request.build_absolute_uri("/")}
    return [
        {
            "@context": SCHEMA,
            "@type": "NewsArticle",
            "headline": news.title[:110],
            "description": news.teaser,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": news.date.isoformat(),
            "dateModified": isoformat(news.last_published_at) if news.last_published_at else news.date.isoformat(),
            "inLanguage": news.locale.language_code,
            "author": publisher,
            "publisher": publisher,
        }
    ]


def website_data(home, request):
    search_url = request.build_absolute_uri(reverse("search"))
    return [
        {
            "@context": SCHEMA,
            "@type": "WebSite",
            "name": SITE_NAME,
            "url": home.get_full_url(request),
            "inLanguage": home.locale.language_code,
            "potentialAction": {
                "@type": "SearchAction",
                "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
                "query-input": "required name=search_term_string",
            },
        }
    ]


def breadcrumb_data(page, request):
    """The page's visible ancestors below the site root, then the page itself."""
    ancestors = list(visible(Page.objects.ancestor_of(page, inclusive=True)).filter(depth__gt=1).order_by("depth"))
    if len(ancestors) < 2:
        return []
    return [
        {
            "@context": SCHEMA,
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": item.title, "item": item.get_full_url(request)}
                for position, item in enumerate(ancestors, start=1)
            ],
        }
    ]


BUILDERS = [
    (OfferPage, offer_data),
    (ProviderPage, provider_data),
    (NewsPage, news_data),
    (HomePage, website_data),
]


def json_ld_for(page, request):
    """Every JSON-LD object of ``page``: its own type(s) and the breadcrumb trail."""
    if isinstance(page, OfferPage):
        prefetch_related_objects([page], "dates")
    items = []
    for model, builder in BUILDERS:
        if isinstance(page, model):
            items.extend(builder(page, request))
    items.extend(breadcrumb_data(page, request))
    return items


def og_type(page):
    """OpenGraph type: offers and news are articles, the other pages describe the site."""
    return "article" if isinstance(page, OfferPage | NewsPage) else "website"
