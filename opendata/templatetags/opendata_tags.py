"""The head of every page: meta description, canonical link, OpenGraph, JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Page

from offers.models import OfferPage
from opendata.feeds import FEED_PAGE_TYPES
from opendata.structured import description_of, json_ld_for, og_type

register = template.Library()

# As Django's json_script: the JSON cannot close the <script> element or start a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above


@register.inclusion_tag("opendata/includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Meta for the page being rendered; pages that are not Wagtail pages (search) get the title only."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return {"page": None}
    canonical_page = page.alias_of.specific if page.alias_of_id else page
    return {
        "page": page,
        "description": description_of(page),
        "canonical": canonical_page.get_full_url(request),
        "og_type": og_type(page),
        "site_name": "Digital Campus Leipzig",
        "locale": {"de": "de_DE", "en": "en_GB", "de-ls": "de_DE"}.get(
            page.locale.language_code, page.locale.language_code
        ),
        "json_ld": [json_ld(item) for item in json_ld_for(page, request)],
        "feed_url": f"{page.url}feed/" if isinstance(page, FEED_PAGE_TYPES) else None,
    }


@register.inclusion_tag("opendata/includes/channel_links.html", takes_context=True)
def channel_links(context, page, feed=True):
    """Calendar ("In den Kalender") and feed links; lists pass on the finder parameters, not the page number."""
    request = context.get("request")
    query = ""
    if request is not None and not isinstance(page, OfferPage):
        params = request.GET.copy()
        params.pop("page", None)
        query = params.urlencode()
    suffix = f"?{query}" if query else ""
    return {
        "calendar_url": f"{page.url}calendar.ics{suffix}",
        "feed_url": f"{page.url}feed/{suffix}" if feed and isinstance(page, FEED_PAGE_TYPES) else None,
        "is_list": not isinstance(page, OfferPage),
    }
