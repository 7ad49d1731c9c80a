"""Admin URLs and buttons of the translation workflow."""

from django.http import Http404
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail.wagtail_hooks import check_view_restrictions

from core.visibility import is_published_now, source_language_code, source_page

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


@hooks.register("on_serve_page")
def serve_only_with_visible_source(callback):
    """A page URL answers only when the German source may be seen as well (``core.visibility``).

    The page itself is checked by Wagtail (live) and its own restrictions; here
    an expiry date already passed, a missing, unpublished or expired source 404,
    and the source's view restrictions apply with Wagtail's own check, so a
    password or log-in is asked for exactly as on the German page.
    """

    def inner(page, request, serve_args, serve_kwargs):
        if not is_published_now(page):
            raise Http404
        source = source_page(page)
        if source is None or not is_published_now(source):
            raise Http404
        if source.pk == page.pk:
            return callback(page, request, serve_args, serve_kwargs)
        serve_page = lambda _source, *args: callback(page, request, serve_args, serve_kwargs)  # noqa: E731
        return check_view_restrictions(serve_page)(source, request, serve_args, serve_kwargs)

    return inner


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_from_the_source(pages, action):
    """Deleting or unpublishing a German page takes every language version (translations and aliases) with it.

    Wagtail's delete and unpublish views act on the pages this hook returns as
    well; the delete confirmation lists them per language
    (``wagtailadmin/pages/confirm_delete.html``). A translation deleted or
    unpublished on its own leaves the German page alone.
    """
    if action not in ("delete", "unpublish"):
        return None
    cascade = {}
    for page in pages:
        if page.locale.language_code != source_language_code() or page.alias_of_id is not None:
            continue
        translations = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            translations = translations.live()
        cascade[page] = list(translations)
    return cascade
