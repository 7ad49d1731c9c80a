"""The search page and the suggestions endpoint; the logic lives in ``search.query``."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from arenas.models import ArenaPage
from core.visibility import visible

from .query import SORTS, Search, suggestions
from .stats import record_query


@require_GET
def search(request):
    locale = Locale.get_active()
    result = Search(request, locale)
    params = result.params
    page_obj = result.page_obj
    if params.query and page_obj.number == 1 and "page" not in request.GET:
        record_query(params.query, locale.language_code, result.count)
    context = {
        "search": result,
        "params": params,
        "search_query": params.query,
        "page_obj": page_obj,
        "hits": result.hits,
        "facets": result.counted_facets,
        "sorts": SORTS,
        "extra_query": params.querystring(),
        "language": get_language(),
    }
    if not result.count:
        context["arenas"] = visible(ArenaPage.objects).filter(locale=locale).order_by("path")
        context["spelling_suggestion"] = result.spelling_suggestion
        context["removable_filters"] = result.removable_filters()
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggest(request):
    """JSON: up to eight titles of offers, providers and arenas for the combobox of the search field."""
    locale = Locale.get_active()
    items = suggestions(request, locale, request.GET.get("q", ""))
    response = JsonResponse({"suggestions": items})
    response["Cache-Control"] = "public, max-age=60"
    return response
