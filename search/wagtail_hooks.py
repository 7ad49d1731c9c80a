"""Admin: synonyms as a snippet, and the report of frequent and zero-result queries."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from offers.finder import SYNONYM_HOOK

from .models import Synonym
from .query import synonym_groups
from .stats import REPORT_DAYS, frequent_queries, zero_result_queries

REPORT_PERMISSION = "campus_search.view_querystat"


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Such-Synonyme")
    list_display = ["terms"]
    search_fields = ["terms"]
    add_to_admin_menu = False


register_snippet(SynonymViewSet)


class SearchQueryReportView(TemplateView):
    """The most frequent and the zero-result queries of the last 30 days (no personal data is stored)."""

    template_name = "search/admin/query_report.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            header_title=_("Suchanfragen"),
            page_title=_("Suchanfragen"),
            header_icon="search",
            days=REPORT_DAYS,
            frequent=frequent_queries(),
            zero_results=zero_result_queries(),
            **kwargs,
        )


class SearchQueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search-queries/", SearchQueryReportView.as_view(), name="campus_search_query_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchQueryReportMenuItem(
        _("Suchanfragen"), reverse("campus_search_query_report"), name="search-queries", icon_name="search", order=1100
    )


@hooks.register(SYNONYM_HOOK)
def offer_finder_synonyms():
    """The editors' synonyms take part in the offer finder's text match too."""
    return synonym_groups()
