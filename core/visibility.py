"""The one rule for what visitors may see, in every language and on every path.

A page is visible when

- it is live and not expired (an ``expire_at`` in the past counts, even before
  ``publish_scheduled`` has run),
- no view restriction (password, login, groups) covers it or any of its ancestors,
- it is an alias only of a page that is visible itself, and
- it belongs to the source language (German), or its German source page (same
  ``translation_key``) is visible. A translation or alias therefore disappears
  with its source: when the source is unpublished, only scheduled, expired,
  restricted, moved under a restriction or deleted.

Everything is expressed as conditions of the one query that lists the pages
(``Exists`` subqueries), so ``visible()`` adds no query of its own, and nothing
is cached: a new restriction, a move or an unpublish is seen by the next query
of every server process, whatever cache is configured.

View restrictions hide a page from every listing, also for visitors who could
open it (a logged-in user and a login restriction): listings do not know who
reads them, and are cached for everyone. The page URL itself follows Wagtail's
restriction check (``translations.wagtail_hooks``), applied to the German source
too.
"""

import functools

from django.conf import settings
from django.db.models import CharField, Exists, ExpressionWrapper, F, Manager, OuterRef, Q
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Revision


def source_language_code():
    """The language code of the source locale, without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


@functools.cache
def source_locale_id():
    """The id of the source locale, read once per process (locales are created once, by a migration)."""
    return Locale.objects.get(language_code=source_language_code()).pk


def subtree_q(paths):
    """A condition matching the pages at or below any of ``paths`` (tree paths)."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def restricted_q(path_field="path"):
    """A condition: a view restriction covers the row's ``path_field`` (a page tree path).

    Works on any model with a copy of a page's tree path (pages, search entries).
    """
    restrictions = PageViewRestriction.objects.annotate(
        covered_path=ExpressionWrapper(OuterRef(path_field), output_field=CharField())
    ).filter(covered_path__startswith=F("page__path"))
    return Q(Exists(restrictions))


def _published_q(now):
    return Q(live=True, expired=False) & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))


def _own_visibility_q(now):
    """Live, not expired, unrestricted: what a page needs of itself (and of its source)."""
    return _published_q(now) & ~restricted_q()


def visible_q(now=None):
    """The whole rule as one condition on pages (see the module docstring)."""
    now = now or timezone.now()
    own = _own_visibility_q(now)
    alias_source = Page.objects.filter(_own_visibility_q(now), pk=OuterRef("alias_of_id"))
    language_source = Page.objects.filter(
        _own_visibility_q(now),
        translation_key=OuterRef("translation_key"),
        locale__language_code=source_language_code(),
        alias_of__isnull=True,
    )
    return (
        own
        & (Q(alias_of__isnull=True) | Q(Exists(alias_source)))
        & (Q(locale__language_code=source_language_code()) | Q(Exists(language_source)))
    )


def visible(queryset):
    """The rows of ``queryset`` that visitors may see.

    ``queryset`` is a queryset or manager of pages, or of a model with a
    ``page`` foreign key (such as the search index), which then keeps the rows
    whose page is visible.
    """
    if isinstance(queryset, Manager):
        queryset = queryset.all()
    if issubclass(queryset.model, Page):
        return queryset.filter(visible_q())
    pages = Page.objects.filter(visible_q(), pk=OuterRef("page_id"))
    return queryset.filter(Exists(pages))


def is_visible(page):
    """Whether visitors may see ``page`` (one query)."""
    return visible(Page.objects.filter(pk=page.pk)).exists()


def source_page(page):
    """The German page that ``page`` translates or aliases, or ``page`` itself; None when it is gone."""
    if page.alias_of_id is not None:
        return Page.objects.filter(pk=page.alias_of_id).first()
    if page.locale_id == source_locale_id():
        return page
    return (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=source_language_code(),
            alias_of__isnull=True,
        )
        .select_related("locale")
        .first()
    )


def is_published_now(page, now=None):
    """Live and not expired, for a page already loaded (no query)."""
    now = now or timezone.now()
    return page.live and not page.expired and (page.expire_at is None or page.expire_at > now)


def mark_source_language(pages):
    """Set ``source_language`` on each page of a listing: "de" when it shows German content in place of a translation.

    That is an alias of the German page, or a former alias whose first
    translation is still in review (its live revision is still the German
    page's). At most one query for all pages, none for an empty listing.
    Listings mark such items with ``lang="de"`` and a note.
    """
    pages = list(pages)
    if not pages:
        return pages
    source = source_language_code()
    source_locale_ids = {source_locale_id()}
    candidates = {}
    for page in pages:
        page.source_language = ""
        if page.locale_id in source_locale_ids:
            continue
        if page.alias_of_id is not None:
            page.source_language = source
        elif page.live_revision_id is not None:
            candidates[page.live_revision_id] = page
    if candidates:
        owners = dict(Revision.objects.filter(pk__in=candidates).values_list("pk", "object_id"))
        for revision_id, page in candidates.items():
            if owners.get(revision_id) != str(page.pk):
                page.source_language = source
    return pages
