"""What visitors may see: live pages outside any view restriction.

Wagtail's ``PageQuerySet.public()`` reads every view restriction on each call.
Listings call it several times per request, so the restricted paths are cached
(in Redis in production) and the cache is cleared whenever a restriction is
saved or deleted (see ``HomeConfig.ready``).
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from wagtail.models import PageViewRestriction

CACHE_KEY = "campus:restricted-paths"
CACHE_SECONDS = 300


def restricted_paths():
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


def forget_restricted_paths(**kwargs):
    cache.delete(CACHE_KEY)
    # A request inside the same transaction may refill the cache before the commit.
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def subtree_q(paths):
    """A condition matching the pages at or below any of ``paths`` (tree paths)."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def restricted_q():
    return subtree_q(restricted_paths())


def visible(queryset):
    """Live pages of ``queryset`` that no view restriction covers."""
    return queryset.live().exclude(restricted_q())
