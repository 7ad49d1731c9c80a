"""Template tags of the translated site: the language switcher and the source-language marking."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

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
