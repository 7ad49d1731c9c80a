"""Admin URLs and buttons of the translation workflow."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from . import views
from .pages import enabled_translation
from .report import TranslationStatusReportView, may_see_report


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("<int:page_id>/submit/", views.submit_for_review, name="submit_for_review"),
        path("report/", TranslationStatusReportView.as_view(), name="report"),
        path("report/results/", TranslationStatusReportView.as_view(results_only=True), name="report_results"),
    ]
    return [
        path("translations/", include((urls, "translations"), namespace="translations")),
        # Registered before wagtail-localize's own URLs of the same paths, so these answer.
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsWithoutPublishingView.as_view(),
            name="translations_update_without_publishing",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            views.convert_to_alias_if_publisher,
            name="translations_convert_to_alias_if_publisher",
        ),
    ]


@hooks.register("register_page_header_buttons")
def submit_translation_button(page, user, view_name=None, next_url=None):
    """In the page header: wagtail-localize's translation editor has no submit action of its own."""
    if page.alias_of_id is None and enabled_translation(page) and page.permissions_for_user(user).can_edit():
        yield ListingButton(
            _("Übersetzung zur Prüfung einreichen"),
            reverse("translations:submit_for_review", args=[page.pk]),
            priority=65,
            icon_name="resubmit",
        )


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Übersetzungen"), reverse("translations:report"), name="translation-status", icon_name="site", order=850
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report(request, menu_items):
    """wagtail-localize's own report lists its translation log under the same name; ours replaces it in the menu."""
    localize_report = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != localize_report]
