"""The admin report "Übersetzungen": every source page in every target language, with its state."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from arenas.models import ArenaPage
from core.arenas import ARENA_CHOICES
from editorial.roles import TRANSLATORS, has_role, is_editorial
from news.models import NewsPage
from offers.models import OfferPage, ProviderPage

from .status import STATES, translation_statuses


def may_see_report(user):
    return is_editorial(user) or has_role(user, TRANSLATORS)


def target_locales(request=None):
    return Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")


def provider_pages(request=None):
    return ProviderPage.objects.filter(locale=Locale.get_default()).order_by("title")


class TranslationStatusFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("Stand"), choices=list(STATES.items()), method="by_state")
    language = django_filters.ModelChoiceFilter(
        label=_("Sprache"), queryset=target_locales, method="by_language", empty_label=_("alle")
    )
    arena = django_filters.ChoiceFilter(label=_("Arena"), choices=ARENA_CHOICES, method="by_arena")
    provider = django_filters.ModelChoiceFilter(
        label=_("Anbieter"), queryset=provider_pages, method="by_provider", empty_label=_("Alle Anbieter")
    )

    class Meta:
        model = Page
        fields = []

    def by_state(self, queryset, name, value):
        # The state is known only after the statuses are computed: the view filters by it.
        return queryset

    def by_language(self, queryset, name, value):
        # A row per page and target language: the view keeps the rows of the chosen language.
        return queryset

    def by_arena(self, queryset, name, value):
        return queryset.filter(
            Q(pk__in=OfferPage.objects.filter(arenas__key=value).values("pk"))
            | Q(pk__in=NewsPage.objects.filter(arenas__key=value).values("pk"))
            | Q(pk__in=ArenaPage.objects.filter(arena__key=value).values("pk"))
        )

    def by_provider(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)


class TranslationStatusReportView(ReportView):
    """Page × language: in step, source changed since, not translated (German alias), translation in review."""

    page_title = _("Übersetzungen")
    header_icon = "site"
    template_name = "translations/report.html"
    results_template_name = "translations/report_results.html"
    filterset_class = TranslationStatusFilterSet
    index_url_name = "translations:report"
    index_results_url_name = "translations:report_results"
    paginate_by = 100
    columns = []

    def dispatch(self, request, *args, **kwargs):
        if not may_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Page.objects.all()

    def get_filtered_queryset(self):
        statuses = translation_statuses(self.filter_queryset(self.get_queryset()))
        valid = self.filters and self.filters.is_valid()
        state = self.filters.form.cleaned_data.get("state") if valid else None
        language = self.filters.form.cleaned_data.get("language") if valid else None
        if state:
            statuses = [status for status in statuses if status.state == state]
        if language:
            statuses = [status for status in statuses if status.locale.pk == language.pk]
        return statuses

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["can_start_translations"] = user.has_perm("wagtail_localize.submit_translation")
        return context
