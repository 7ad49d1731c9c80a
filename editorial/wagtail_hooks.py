"""Admin customisation for the editorial roles."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .boundaries import hide_foreign_drafts, is_provider_only
from .dashboard import MyOffersPanel, provider_pages_for
from .failed_mail_admin import FailedMailViewSet, permission_policy
from .models import FailedMail
from .queue import may_review
from .roles import is_editorial
from .views import providers_view, review_queue_view


@hooks.register("construct_homepage_panels")
def add_my_offers_panel(request, panels):
    if provider_pages_for(request.user).exists():
        panels.insert(0, MyOffersPanel(request.user))


@hooks.register("after_edit_page")
def return_reviewer_to_queue(request, page):
    """After a decision in the editor, the reviewer continues in the queue (the page may be closed to them now)."""
    if request.method == "POST" and "action-workflow-action" in request.POST and may_review(request.user):
        return redirect("campus_review_queue")
    return None


@hooks.register("insert_editor_js")
def character_count_js():
    """The live character count of limited text fields (``campus-count``, see offers/forms.py)."""
    return format_html('<script src="{}"></script>', static("editorial/js/character-count.js"))


@hooks.register("construct_page_chooser_queryset")
def restrict_page_chooser(pages, request):
    return hide_foreign_drafts(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def restrict_explorer(parent_page, pages, request):
    return hide_foreign_drafts(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_reports_from_providers(request, menu_items):
    if is_provider_only(request.user):
        menu_items[:] = []


@hooks.register("register_admin_urls")
def register_provider_admin():
    return [
        path("anbieter/", providers_view, name="campus_providers"),
        path("pruefung/", review_queue_view, name="campus_review_queue"),
    ]


class EditorialMenuItem(MenuItem):
    def is_shown(self, request):
        return is_editorial(request.user)


@hooks.register("register_admin_menu_item")
def provider_menu_item():
    return EditorialMenuItem(_("Anbieter"), reverse("campus_providers"), icon_name="group", order=250)


class ReviewQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return may_review(request.user)


@hooks.register("register_admin_menu_item")
def review_queue_menu_item():
    return ReviewQueueMenuItem(_("Prüfungen"), reverse("campus_review_queue"), icon_name="tasks", order=150)


register_permission_policy(FailedMail, permission_policy)


@hooks.register("register_admin_viewset")
def register_failed_mail_viewset():
    return FailedMailViewSet("nicht-versandte-emails")
