"""Site-wide template tags: navigation, footer links and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.visibility import visible
from translations.pages import shown_in_source_language, translations_promised

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
    from arenas.models import ArenaPage

    arena_keys = dict(ArenaPage.objects.child_of(home).values_list("pk", "arena"))
    items = []
    for item in visible(home.get_children()).in_menu().order_by("path"):
        state = None
        if current is not None and current.path.startswith(item.path):
            state = "page" if current.pk == item.pk else "true"
        items.append({"page": item, "aria_current": state, "arena": arena_keys.get(item.pk, "")})
    return items


@register.simple_tag(takes_context=True)
def footer_links(context):
    """Standard and form pages below the home page that are not in the main menu."""
    home = _home_page(context)
    if home is None:
        return []
    return list(visible(home.get_children()).not_in_menu().type(*_standard_page_types()).order_by("path"))


def _standard_page_types():
    from home.models import AccessibilityStatementPage, FormPage, StandardPage

    return (StandardPage, AccessibilityStatementPage, FormPage)


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every language.

    A page links to its live translations; where one is missing, the link
    leads to the home page of that language. An alias that shows the German
    page in the English tree is no translation and is never promised. Views
    that are not pages use their translated URL.
    """
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    current = translation.get_language()
    translations = {}
    if page is not None:
        for other in translations_promised(page.get_translations(inclusive=True).live()).select_related("locale"):
            translations[other.locale.language_code] = other
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        is_translation = False
        if page is not None and code in translations:
            url = translations[code].get_url(request)
            is_translation = True
        elif page is None and request is not None:
            url = translate_url(request.get_full_path(), code)
            is_translation = True
        if url is None:
            url = f"/{code}/"
        with translation.override(code):
            label = str(name)
        links.append(
            {
                "code": code,
                "name": label,
                "url": url,
                "is_current": code == current,
                "is_translation": is_translation,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def source_language(context):
    """The language code of the content an untranslated page shows, or "".

    A German page not yet translated appears in the English tree as an alias
    of the German page (wagtail-localize's tree synchronisation), and keeps its
    German content while the first translation is in review: its content is
    German and is marked as such. Previews show the draft translation itself.
    """
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    request = context.get("request")
    if page is None or getattr(request, "is_preview", False):
        return ""
    locale = shown_in_source_language(page)
    return locale.language_code if locale is not None else ""
