"""The search page and the suggestions endpoint; the logic lives in ``search.query`` and ``offers.finder``."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from arenas.models import ArenaPage
from core.visibility import visible

from .query import Search, suggestions
from .stats import record_query


@require_GET
def search(request):
    locale = Locale.get_active()
    result = Search(request, locale)
    page_obj = result.page_obj
    if result.query and page_obj.number == 1 and "page" not in request.GET:
        record_query(result.original_query or result.query, locale.language_code, result.count)
    context = {
        "search": result,
        "finder": result.finder,
        "search_query": result.query,
        "page_obj": page_obj,
        "hits": result.hits,
        "page_hits": result.page_hits,
        "language": get_language(),
    }
    if not result.count and not result.page_hits:
        context["arenas"] = visible(ArenaPage.objects).filter(locale=locale).order_by("path")
        context["spelling_suggestion"] = result.spelling_suggestion
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggest(request):
    """JSON: up to eight titles of offers, providers and arenas for the combobox of the search field."""
    locale = Locale.get_active()
    items = suggestions(request, locale, request.GET.get("q", ""))
    response = JsonResponse({"suggestions": items})
    response["Cache-Control"] = "public, max-age=60"
    return response
