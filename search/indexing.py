"""Keep ``SearchEntry`` rows in step with the live content of pages.

Entries are always built from the page as stored in the database (never from
an in-memory instance that may carry draft content), so drafts and revisions in
review never reach the index. Visibility (live, restrictions, locale) is checked
at query time, see ``search.query``.
"""

import html
import re
from contextlib import contextmanager

from asgiref.local import Local
from django.db import connection
from django.db.models import Value
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page

from arenas.models import ArenaPage
from home.models import StandardPage
from news.models import NewsPage
from offers.models import CompetenceArea, Format, OfferPage, ProviderPage, TargetGroup

from . import text
from .models import KIND_ARENA, KIND_NEWS, KIND_OFFER, KIND_PAGE, KIND_PROVIDER, SearchEntry

#: PostgreSQL text search configuration per content language.
TEXT_SEARCH_CONFIGS = {"de": "german", "en": "english"}
DEFAULT_TEXT_SEARCH_CONFIG = "simple"

_BLOCK_ENDS = re.compile(r"</?(p|li|ul|ol|h[1-6]|div|blockquote)\b[^>]*>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")

# Set while ``deferred()`` runs: the signal handlers leave the index alone.
_state = Local()


def text_search_config(language_code):
    return TEXT_SEARCH_CONFIGS.get((language_code or "")[:2], DEFAULT_TEXT_SEARCH_CONFIG)


def uses_postgres():
    return connection.vendor == "postgresql"


def plain(value):
    """Text without tags, entities or runs of white space; block ends and line breaks become spaces."""
    text = _BLOCK_ENDS.sub(" ", str(value or ""))
    return _SPACES.sub(" ", html.unescape(strip_tags(text))).strip()


def stream_text(page, field_name):
    field = page._meta.get_field(field_name)
    return plain(" ".join(str(part) for part in field.get_searchable_content(getattr(page, field_name))))


def indexed_models():
    return {
        OfferPage: KIND_OFFER,
        ProviderPage: KIND_PROVIDER,
        ArenaPage: KIND_ARENA,
        NewsPage: KIND_NEWS,
        StandardPage: KIND_PAGE,
    }


def kind_of(model):
    return indexed_models().get(model)


def entry_fields(page):
    """The weighted texts of ``page``: title (A), summary (B), body (C), extra (D)."""
    kind = indexed_models()[type(page)]
    summary, body, extra = [page.search_description], "", []
    if kind == KIND_OFFER:
        summary.append(page.summary)
        body = plain(page.description)
        extra = [
            page.provider_name(),
            Format.labels_for(page.locale_id).of(page.format),
            *(str(arena.name) for arena in page.arenas.all()),
            *TargetGroup.labels_for(page.locale_id).all_of(page.target_groups.all()),
            *CompetenceArea.labels_for(page.locale_id).all_of(page.competence_areas.all()),
            page.venue_name,
            page.venue_city,
        ]
    elif kind == KIND_PROVIDER:
        body = plain(page.description)
        extra = [page.city, str(page.get_kind_display())]
    elif kind == KIND_ARENA:
        summary += [page.tagline, page.introduction]
        body = stream_text(page, "body")
        extra = [str(page.arena.name)]
    elif kind == KIND_NEWS:
        summary.append(page.teaser)
        body = stream_text(page, "body")
    else:
        summary.append(page.intro)
        body = stream_text(page, "body")
    summary = plain(" ".join(part for part in summary if part))
    extra = plain(" ".join(str(part) for part in extra if part))
    return {
        "kind": kind,
        "title": page.title[:255],
        "summary": summary,
        "body": body,
        "extra": extra,
        "title_plain": page.title.lower()[:255],
        # Words only, space-padded, so that the fallback can match whole short words (" ki ").
        "text_plain": " " + " ".join(text.words(" ".join((page.title, summary, body, extra)), limit=None)) + " ",
    }


def build_entry(page):
    """An unsaved ``SearchEntry`` for ``page`` (a specific, live page)."""
    with translation.override(page.locale.language_code):
        fields = entry_fields(page)
    return SearchEntry(page_id=page.pk, locale_id=page.locale_id, path=page.path, **fields)


def vector_expression(language_code):
    from django.contrib.postgres.search import SearchVector

    config = Value(text_search_config(language_code))
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector("body", weight="C", config=config)
        + SearchVector("extra", weight="D", config=config)
    )


def update_vectors(entries):
    """Fill the PostgreSQL tsvector of ``entries`` (a queryset), one UPDATE per language."""
    if not uses_postgres():
        return
    for language_code in entries.values_list("locale__language_code", flat=True).distinct():
        entries.filter(locale__language_code=language_code).update(vector=vector_expression(language_code))


def index_page(page):
    """Write the entry of ``page`` from its stored, live content, or remove it."""
    model = page.specific_class
    if model not in indexed_models():
        return
    stored = model.objects.filter(pk=page.pk, live=True).select_related("locale").first()
    if stored is None:
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    entry = build_entry(stored)
    entry.save()
    update_vectors(SearchEntry.objects.filter(pk=entry.pk))


def index_subtree(page):
    """Re-index ``page`` and its descendants (a provider's name is part of its offers' entries)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).live().specific():
        index_page(descendant)


def rebuild(batch_size=1000):
    """Rebuild every entry from the live pages; returns the number of entries."""
    SearchEntry.objects.all().delete()
    count = 0
    for model in indexed_models():
        queryset = model.objects.live().select_related("locale").order_by("pk")
        providers = {}
        if kind_of(model) == KIND_OFFER:
            queryset = queryset.select_related("format").prefetch_related(
                "arenas", "target_groups", "competence_areas"
            )
            providers = {
                path: (pk, title) for pk, path, title in ProviderPage.objects.values_list("pk", "path", "title")
            }
        batch = []
        for page in queryset.iterator(chunk_size=batch_size):
            if providers:
                provider_id, provider_title = providers.get(page.path[: -page.steplen], (None, ""))
                page.__dict__["provider"] = Page(pk=provider_id, title=provider_title)
            batch.append(build_entry(page))
            if len(batch) >= batch_size:
                SearchEntry.objects.bulk_create(batch)
                count += len(batch)
                batch = []
        SearchEntry.objects.bulk_create(batch)
        count += len(batch)
    update_vectors(SearchEntry.objects.all())
    return count


@contextmanager
def deferred():
    """Write no entries page by page inside the block; rebuild the whole index once at its end.

    For bulk loads such as the demo site, whose pages are saved and published
    several times each while they are built: one rebuild from the final, live
    pages gives the same index for a fraction of the queries.
    """
    outer = getattr(_state, "deferred", False)
    _state.deferred = True
    try:
        yield
    finally:
        _state.deferred = outer
    if not outer:
        rebuild()


def indexing_deferred():
    return getattr(_state, "deferred", False)


# Signal handlers -----------------------------------------------------------


def rebuild_if_empty(**kwargs):
    """After ``migrate``: fill the index once for a site that has pages but no entries yet."""
    if not SearchEntry.objects.exists() and Page.objects.filter(live=True, depth__gt=2).exists():
        rebuild()


def on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # Wagtail saves a live page with ``update_fields`` when a draft revision is
    # created; the live content has not changed then.
    if raw or indexing_deferred() or (update_fields is not None and not {"live", "title"} & set(update_fields)):
        return
    index_page(instance)


def on_page_published(sender, instance, **kwargs):
    if indexing_deferred():
        return
    if isinstance(instance, ProviderPage):
        index_subtree(instance)
    else:
        index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    if indexing_deferred():
        return
    SearchEntry.objects.filter(page_id=instance.pk).delete()


def on_page_moved(sender, instance, **kwargs):
    if indexing_deferred():
        return
    index_subtree(instance)
