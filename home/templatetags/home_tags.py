"""Site-wide template tags: the home page, navigation and footer links.

The navigation, the footer links and the sign-language entry are the same on every page of a
language: they are cached per home page until the next publish (``security.cache.cached_fragment``).
The language switcher and the source-language marking are in ``translations_tags``.
"""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from arenas.models import ArenaPage
from core.visibility import visible
from security.cache import cached_fragment

from ..models import AccessibilityStatementPage, FormPage, SignLanguagePage, StandardPage

register = template.Library()


def _home_page(context):
    """The home page of the active language, found through the site, cached on the request."""
    request = context.get("request")
    cache = getattr(request, "_campus_home_cache", None) if request else None
    if cache is not None:
        return cache
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    home = None
    if site is not None:
        root = site.root_page
        active = Locale.get_active()
        home = root if root.locale_id == active.pk else (root.get_translation_or_none(active) or root)
    if request is not None:
        request._campus_home_cache = home
    return home


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home_page(context)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The pages of the main menu: children of the home page marked 'show in menus'."""
    home = _home_page(context)
    if home is None:
        return []
    current = context.get("page") if isinstance(context.get("page"), Page) else None
    items = []
    for item, arena in cached_fragment("main-navigation", home.pk, lambda: _menu_pages(home)):
        state = None
        if current is not None and current.path.startswith(item.path):
            state = "page" if current.pk == item.pk else "true"
        items.append({"page": item, "aria_current": state, "arena": arena})
    return items


def _menu_pages(home):
    arena_keys = dict(ArenaPage.objects.child_of(home).values_list("pk", "arena__key"))
    return [(item, arena_keys.get(item.pk, "")) for item in visible(home.get_children()).in_menu().order_by("path")]


@register.simple_tag(takes_context=True)
def footer_links(context):
    """Standard and form pages below the home page that are not in the main menu."""
    home = _home_page(context)
    if home is None:
        return []
    return cached_fragment(
        "footer-links",
        home.pk,
        lambda: list(visible(home.get_children()).not_in_menu().type(*_standard_page_types()).order_by("path")),
    )


def _standard_page_types():
    return (StandardPage, AccessibilityStatementPage, FormPage)


@register.simple_tag(takes_context=True)
def sign_language_page(context):
    """The visible sign-language page of the active language's tree, for the header's entry point."""
    home = _home_page(context)
    if home is None:
        return None
    return cached_fragment(
        "sign-language-page", home.pk, lambda: visible(SignLanguagePage.objects.child_of(home)).first()
    )


@register.simple_tag(takes_context=True)
def easyread_home_page(context):
    """The visible Leichte-Sprache home page, for the header's entry point (None when there is none); cached."""
    home = _home_page(context)
    if home is None:
        return None
    if translation.get_language() == settings.EASYREAD_LANGUAGE_CODE:
        return home
    pages = Page.objects.filter(
        translation_key=home.translation_key, locale__language_code=settings.EASYREAD_LANGUAGE_CODE
    )
    return cached_fragment("easyread-home-page", home.pk, lambda: visible(pages).first())
