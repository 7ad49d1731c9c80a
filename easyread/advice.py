"""Writing advice for a page: its translatable text, checked against the Leichte-Sprache rules."""

from django.conf import settings
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from .checker import check


def page_texts(page):
    """The page's own text, as wagtail-localize extracts it for translators.

    Reusing the extraction means every page type is covered through what it
    already declares translatable, with no list of fields to keep in step.
    """
    return [segment.render_text() for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)]


def wants_advice(page, request):
    """Editors see the advice in the preview of a page in the Leichte-Sprache locale."""
    return bool(
        getattr(request, "is_preview", False)
        and getattr(page, "locale", None) is not None
        and page.locale.language_code == settings.EASYREAD_LANGUAGE_CODE
    )


def advice_for(page):
    """The findings for ``page``, one entry per piece of advice, in reading order."""
    return [finding for text in page_texts(page) for finding in check(text)]
