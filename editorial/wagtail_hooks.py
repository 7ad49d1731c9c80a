"""Admin customisation for the editorial roles."""

from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from .dashboard import MyOffersPanel, own_paths_q, provider_pages_for
from .roles import is_editorial
from .views import providers_view


def is_provider_only(user):
    """A provider editor with no wider editorial role."""
    return not is_editorial(user) and provider_pages_for(user).exists()


@hooks.register("construct_homepage_panels")
def add_my_offers_panel(request, panels):
    if provider_pages_for(request.user).exists():
        panels.insert(0, MyOffersPanel(request.user))


def _hide_foreign_drafts(pages, request):
    """Providers see other organisations' pages only as far as they are public."""
    if not is_provider_only(request.user):
        return pages
    # By primary key, so that the admin's search (which filters on indexed fields only) can apply it too.
    hidden = (
        Page.objects.filter(Q(live=False) | Q(has_unpublished_changes=True))
        .exclude(own_paths_q(request.user))
        .exclude(depth__lte=3)
        .values_list("pk", flat=True)
    )
    return pages.exclude(pk__in=list(hidden))


@hooks.register("construct_page_chooser_queryset")
def restrict_page_chooser(pages, request):
    return _hide_foreign_drafts(pages, request)


@hooks.register("construct_explorer_page_queryset")
def restrict_explorer(parent_page, pages, request):
    return _hide_foreign_drafts(pages, request)


@hooks.register("construct_reports_menu")
def hide_reports_from_providers(request, menu_items):
    if is_provider_only(request.user):
        menu_items[:] = []


@hooks.register("register_admin_urls")
def register_provider_admin():
    return [path("anbieter/", providers_view, name="campus_providers")]


class EditorialMenuItem(MenuItem):
    def is_shown(self, request):
        return is_editorial(request.user)


@hooks.register("register_admin_menu_item")
def provider_menu_item():
    return EditorialMenuItem(_("Anbieter"), reverse("campus_providers"), icon_name="group", order=250)
