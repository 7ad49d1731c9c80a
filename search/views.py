"""Full-text search over the published pages of the current language."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from home.visibility import visible

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    results = Page.objects.none()
    if query:
        pages = visible(Page.objects).filter(locale=locale).specific()
        results = pages.search(query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "page_obj": page_obj,
            "language": get_language(),
            "extra_query": urlencode({"q": query}),
        },
    )
