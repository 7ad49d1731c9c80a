"""Admin: the "Auf eigener Website einbinden" view of a provider page, with the HTML to copy."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from offers.models import ProviderPage

from .admin_views import embed_code


class EmbedCodeMenuItem(PageMenuItem):
    label = _("Auf eigener Website einbinden")
    icon_name = "code"
    priority = 80

    @cached_property
    def url(self):
        return reverse("opendata_embed_code", args=[self.page.pk])

    def is_shown(self, user):
        return (
            isinstance(self.page.specific_deferred, ProviderPage) and self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def embed_code_header_button(page, user, view_name, next_url=None):
    yield EmbedCodeMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def embed_code_listing_button(page, user, next_url=None):
    yield EmbedCodeMenuItem(page=page)


@hooks.register("register_admin_urls")
def register_embed_code_view():
    return [path("einbinden/<int:page_id>/", embed_code, name="opendata_embed_code")]
