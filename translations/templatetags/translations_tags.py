"""Template tags for pages in a translated language."""

from django import template
from wagtail.models import Page
from wagtail_localize.models import TranslationLog, TranslationSource

from core.visibility import is_visible, source_language_code, source_page

register = template.Library()


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
    if page.locale.language_code == source_code:
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
