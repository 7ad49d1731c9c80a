"""Template tags of the translated site: the language switcher, the source-language marking, German updates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import TranslationLog, TranslationSource

from core.visibility import is_visible, source_language_code, source_locale_id, source_page

from ..pages import shown_in_source_language, translations_promised

register = template.Library()


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
            if context.get("finder") is not None and context["finder"].query_string():
                # A list of offers keeps its filters in the other language (the values are language-neutral).
                url = f"{url}?{context['finder'].query_string()}"
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


@register.simple_tag(takes_context=True)
def source_update(context):
    """``{"date", "url"}`` when the German text of this translation changed after the translation was approved.

    The English page then says "updated in German on <date>" and links to the
    German page. Facts are not text: they reach the translation at once
    (translations.facts) and do not count as a change here. Three queries, on
    translated pages only.
    """
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or getattr(request, "is_preview", False) or page.alias_of_id is not None:
        return None
    source_code = source_language_code()
    if page.locale_id == source_locale_id():
        return None
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key, locale__language_code=source_code)
        .values("last_updated_at")
        .first()
    )
    if source is None:
        return None
    approved = (
        TranslationLog.objects.filter(revision_id=page.live_revision_id).values_list("created_at", flat=True).first()
        or page.last_published_at
    )
    if approved is None or source["last_updated_at"] <= approved:
        return None
    german = source_page(page)
    if german is None or not is_visible(german):
        return None
    return {"date": source["last_updated_at"], "url": german.get_url(request)}


@register.simple_tag
def pages_going_with(page):
    """What deleting ``page`` removes, per language: the page's versions and everything below them.

    A list of ``(locale, pages)``; each page carries ``live``. Two queries.
    """
    versions = list(Page.objects.translation_of(page, inclusive=True).select_related("locale"))
    subtree = Page.objects.none()
    for version in versions:
        subtree |= Page.objects.descendant_of(version, inclusive=True)
    by_locale = {}
    for item in subtree.select_related("locale").order_by("locale__language_code", "path"):
        by_locale.setdefault(item.locale, []).append(item)
    return sorted(by_locale.items(), key=lambda entry: entry[0].language_code != source_language_code())
