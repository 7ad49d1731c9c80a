"""HTTP cache purging: a published change reaches every page that shows it, in every language.

The frontend cache (Varnish, ``deploy/varnish/default.vcl``) keeps public pages, lists, feeds and
search results. Wagtail's ``frontend_cache`` module sends the purge requests (``PurgeBatch`` and its
``HTTPBackend``); the signal handlers here decide *what* to purge, and only after the transaction has
committed (Wagtail's own handlers purge before the commit, so a request in between could put the old
version back into the cache; that is why ``wagtail.contrib.frontend_cache`` is not an installed app).

What is purged for a page: the page and its translations (including aliases), with the extra paths
of ``Page.get_cached_paths()``, and every page that lists it: ``pages_listing(page)``. The Varnish
configuration treats a purge of a path as a ban of that path with any query string, so filtered
lists (``?format=workshop``) and searches (``?q=…``) go too. ``VarnishBanBackend`` sends all paths
of a publish as one ban per host instead of one request per URL.
"""

import logging
import time
from collections import defaultdict
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Min
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

logger = logging.getLogger(__name__)


def listing_page_models():
    return [apps.get_model(label) for label in settings.CAMPUS_LISTING_PAGE_MODELS]


def default_pages_listing(page):
    """The pages that may show ``page`` in a list: its ancestors and those of its translations, and
    every home, arena, offer index and news index page in every language (they show the latest
    offers and news, whatever their place in the tree)."""
    pages = {}
    for translation_ in page.get_translations(inclusive=True):
        for ancestor in translation_.get_ancestors().filter(depth__gt=1):
            pages[ancestor.pk] = ancestor
    for model in listing_page_models():
        for listing in model.objects.live():
            pages[listing.pk] = listing
    return list(pages.values())


def pages_listing(page):
    """Every page that lists ``page``. A page model extends the default by defining
    ``pages_listing_this(self)``, which usually returns ``default_pages_listing(self)`` plus its own."""
    own = getattr(page.specific_deferred, "pages_listing_this", None)
    return own() if own else default_pages_listing(page)


def extra_urls(site):
    """Lists that are views rather than pages (search, suggestions, sitemap), in every language."""
    urls = []
    for name in settings.CAMPUS_CACHE_PURGE_URL_NAMES:
        for language in Locale.objects.values_list("language_code", flat=True):
            with translation.override(language):
                try:
                    urls.append(site.root_url + reverse(name))
                except NoReverseMatch:
                    continue
    return urls


def purge_page_and_lists(page):
    """Purge ``page``, its translations and every page listing it, once the transaction has committed."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    # The URLs are collected now (a deleted page has none after the commit), sent after it.
    batch = purge_batch(page)
    transaction.on_commit(batch.purge)


def purge_batch(page):
    batch = PurgeBatch()
    batch.add_pages(page.get_translations(inclusive=True))
    listing = pages_listing(page)
    batch.add_pages(listing)
    # Feeds and calendars of the lists (``opendata``): ``<list URL>feed/``, ``…calendar.ics``.
    for listing_page in listing:
        url = listing_page.get_full_url(batch)
        if url:
            batch.add_urls(url + suffix for suffix in settings.CAMPUS_CACHE_LIST_SUFFIXES)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        batch.add_urls(extra_urls(site))
    return batch


def ban_prefix(url):
    """Ban ``url`` and everything below it (a moved or newly restricted subtree, all media).

    Wagtail's HTTP backend only purges single URLs; the VCL bans a whole prefix for a PURGE that
    carries ``X-Purge-Subtree: 1``, sent here to each configured HTTP cache.
    """
    parts = urlsplit(url)
    for backend in settings.WAGTAILFRONTENDCACHE.values():
        location = urlsplit(backend["LOCATION"])
        request = Request(  # noqa: S310 - the location comes from the settings
            urlunsplit((location.scheme, location.netloc, parts.path or "/", "", "")),
            method="PURGE",
            headers={"Host": parts.netloc or "localhost", "X-Purge-Subtree": "1"},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 - as above
        except (URLError, OSError) as error:
            logger.error("Could not ban %s from the HTTP cache: %s", url, error)


def ban_subtree_on_commit(urls):
    if settings.WAGTAILFRONTENDCACHE and urls:
        transaction.on_commit(lambda: [ban_prefix(url) for url in urls])


# --- Cached fragments ----------------------------------------------------------------------------

FRAGMENT_GENERATION_KEY = "campus:fragments:generation"
#: A fragment is recomputed after this long even if nothing was published (a bound on any race
#: between a publish and a request that computed the old fragment just before it).
FRAGMENT_TIMEOUT = 600
_MISSING = object()


def fragment_generation():
    """A number that changes whenever published content changes; part of every fragment's key."""
    generation = cache.get(FRAGMENT_GENERATION_KEY)
    if generation is None:
        # Milliseconds: a restart of the count (an evicted key) never meets an earlier value.
        cache.add(FRAGMENT_GENERATION_KEY, int(time.time() * 1000), None)
        generation = cache.get(FRAGMENT_GENERATION_KEY, 0)
    return generation


def clear_fragments():
    """Every cached fragment is out of date: the next request computes it anew."""
    try:
        cache.incr(FRAGMENT_GENERATION_KEY)
    except ValueError:
        cache.set(FRAGMENT_GENERATION_KEY, int(time.time() * 1000), None)


def clear_fragments_now_and_on_commit():
    # Now, for this process; after the commit again, for a request that read the old content
    # while the change was not yet committed.
    clear_fragments()
    transaction.on_commit(clear_fragments)


def next_expiry():
    """The earliest ``expire_at`` still ahead among live pages, or None.

    A page is hidden from the moment its ``expire_at`` passes (``core.visibility``), before
    ``publish_scheduled`` unpublishes it and so before any purge: nothing that may show it is
    kept beyond that moment. Looked up once per fragment generation (a publish that sets a new
    expiry starts a new one) and again once the moment has passed.
    """
    key = f"campus:next-expiry:{fragment_generation()}"
    now = timezone.now()
    value = cache.get(key, _MISSING)
    if value is _MISSING or (value is not None and value <= now):
        value = Page.objects.filter(live=True, expire_at__gt=now).aggregate(first=Min("expire_at"))["first"]
        cache.set(key, value, FRAGMENT_TIMEOUT)
    return value


def seconds_to_keep(limit):
    """``limit`` seconds, or fewer when a live page expires sooner (for fragments and shared caches)."""
    expiry = next_expiry()
    if expiry is None:
        return limit
    return max(0, min(limit, int((expiry - timezone.now()).total_seconds())))


def cached_fragment(name, key, compute):
    """The value of ``compute()``, cached in the application cache (Redis in production) until
    the next publish, unpublish, move, deletion or restriction change, or FRAGMENT_TIMEOUT, or the
    moment the next live page expires.

    For the parts of every page that rarely change (navigation, footer): ``key`` says what the
    value depends on (e.g. the language's home page). The value must be picklable.
    """
    cache_key = f"campus:fragment:{fragment_generation()}:{name}:{key}"
    value = cache.get(cache_key, _MISSING)
    if value is _MISSING:
        value = compute()
        timeout = seconds_to_keep(FRAGMENT_TIMEOUT)
        if timeout:
            cache.set(cache_key, value, timeout)
    return value


def on_publish_or_unpublish(sender, instance, **kwargs):
    clear_fragments_now_and_on_commit()
    purge_page_and_lists(instance)


def before_move(sender, instance, **kwargs):
    # The URLs below the old place, while the page still has them.
    instance._urls_before_move = [
        url for url in (t.get_full_url() for t in instance.get_translations(inclusive=True)) if url
    ]


def after_move(sender, instance, **kwargs):
    clear_fragments_now_and_on_commit()
    ban_subtree_on_commit(getattr(instance, "_urls_before_move", []))
    purge_page_and_lists(instance)


def on_page_restriction_change(sender, instance, **kwargs):
    """A restriction hides a page and everything below it, and takes it out of every list."""
    clear_fragments_now_and_on_commit()
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    ban_subtree_on_commit([url for url in (t.get_full_url() for t in page.get_translations(inclusive=True)) if url])
    purge_page_and_lists(page)


def on_collection_restriction_change(sender, instance, **kwargs):
    """Media of a newly restricted collection must not stay in the cache: ban all cached media."""
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        ban_subtree_on_commit([site.root_url + settings.MEDIA_URL])


# --- Purging a batch in a few requests ----------------------------------------------------------

# Characters a path may keep in a ban pattern as they are; any other is put in brackets ("[.]"),
# so the pattern has no backslash, quote or space for the ban expression to misread.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_%~,;:@=!&'")
# Varnish accepts request headers of up to 8 KB (http_req_hdr_len); a pattern stays well below.
MAX_PATTERN_LENGTH = 4000


def path_pattern(path):
    # "]", "^", "\\" and quotes cannot stand in brackets: any character there (a wider ban is harmless).
    return "".join(char if char in _PLAIN else "." if char in ']^\\"' else f"[{char}]" for char in path)


def ban_patterns(paths):
    """Anchored alternations of ``paths`` (``^(?:/a/|/b/)$``), each under MAX_PATTERN_LENGTH."""
    groups, current, length = [], [], 0
    for pattern in sorted({path_pattern(path) for path in paths}):
        if current and length + len(pattern) + 8 > MAX_PATTERN_LENGTH:
            groups.append(current)
            current, length = [], 0
        current.append(pattern)
        length += len(pattern) + 1
    if current:
        groups.append(current)
    return ["^(?:" + "|".join(group) + ")$" for group in groups]


class VarnishBanBackend(HTTPBackend):
    """Wagtail's HTTP backend that sends a batch of URLs as one ban per host (a long batch in a few).

    A publish purges some 140 URLs (the page and its translations, every list showing it, their
    feeds and calendars, the search pages, in every language); one PURGE each took as many round
    trips and left as many bans for Varnish to test every cached object against. Here the paths go
    in one ``X-Purge-Paths`` header as an anchored regular expression; the VCL bans it at once
    (``deploy/varnish/default.vcl``). A single URL (``purge``) is still one PURGE.
    """

    def purge_batch(self, urls):
        paths_by_host = defaultdict(set)
        for url in urls:
            parts = urlsplit(url)
            paths_by_host[parts.netloc].add(parts.path or "/")
        for host, paths in paths_by_host.items():
            for pattern in ban_patterns(paths):
                self._send_ban(host, pattern, len(paths))

    def _send_ban(self, host, pattern, count):
        request = Request(  # noqa: S310 - the location comes from the settings
            urlunsplit((self.cache_scheme, self.cache_netloc, "/", "", "")),
            method="PURGE",
            headers={"Host": host or "localhost", "X-Purge-Paths": pattern},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 - as above
        except (URLError, OSError) as error:
            logger.error("Could not ban %d paths of %s from the HTTP cache: %s", count, host, error)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        clear_fragments_now_and_on_commit()


def connect_signals():
    page_published.connect(on_publish_or_unpublish, dispatch_uid="security-purge-published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="security-purge-unpublished")
    pre_page_move.connect(before_move, dispatch_uid="security-purge-before-move")
    post_page_move.connect(after_move, dispatch_uid="security-purge-after-move")
    post_delete.connect(on_page_deleted, dispatch_uid="security-fragments-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            on_page_restriction_change, sender=PageViewRestriction, dispatch_uid=f"security-page-r-{signal}"
        )
        signal.connect(
            on_collection_restriction_change,
            sender=CollectionViewRestriction,
            dispatch_uid=f"security-coll-r-{signal}",
        )
