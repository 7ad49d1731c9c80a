"""The admin page a provider copies its embed snippet from."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.html import escape
from wagtail.models import Page

from offers.models import ProviderPage

from .urls import EMBED_SEGMENT

EMBED_HEIGHT = 480


def embed_url(provider, request):
    """The address of the framed list: ``<provider page url>einbetten/`` on the public site."""
    return f"{provider.get_full_url(request)}{EMBED_SEGMENT}"


def embed_code(request, page_id):
    """Shows the iframe snippet; only to people who may edit the provider page (its own editors, Redaktion)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ProviderPage) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    url = embed_url(page, request)
    snippet = (
        f'<iframe src="{escape(url)}" title="{escape(page.title)}" width="100%" height="{EMBED_HEIGHT}" '
        f'loading="lazy" referrerpolicy="no-referrer" sandbox="allow-popups allow-popups-to-escape-sandbox" '
        f'style="border:0"></iframe>'
    )
    return TemplateResponse(
        request,
        "opendata/admin/embed_code.html",
        {"page": page, "snippet": snippet, "embed_url": url, "live": page.live},
    )
