"""Atom and RSS 2.0 feeds below pages (Django's syndication framework).

One feed class describes every page that has a feed; what it lists depends on
the page: news for the news index, offers (finder parameters apply) for the
offer index and providers, offers and news of the arena for arena pages. Items
are ordered by their last publication, so new and changed items come first.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from arenas.models import ArenaPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage, ProviderPage

from .records import plain_text
from .selection import offers_for

FEED_ITEMS = 50
FEED_PAGE_TYPES = (NewsIndexPage, ArenaPage, ProviderPage, OfferIndexPage)


def feed_items(page, params):
    """The newest items of ``page``'s feed, newest publication first."""
    locale = page.locale
    if isinstance(page, NewsIndexPage):
        news = NewsPage.objects.latest_for(locale).descendant_of(page)
        return list(news.order_by("-last_published_at", "-pk")[:FEED_ITEMS])
    within = page if isinstance(page, ArenaPage | ProviderPage) else None
    items = list(offers_for(params, locale=locale, within=within).order_by("-last_published_at", "pk")[:FEED_ITEMS])
    if isinstance(page, ArenaPage):
        items += list(NewsPage.objects.latest_for(locale, arena=page.arena.key)[:FEED_ITEMS])
        items.sort(key=lambda item: (item.last_published_at, item.pk), reverse=True)
    return items[:FEED_ITEMS]


class PageFeed(Feed):
    """The Atom feed of one page."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, page=None, **kwargs):
        self.request = request
        return page

    def title(self, page):
        return f"{page.title} · Digital Campus Leipzig"

    def link(self, page):
        return page.get_url(self.request)

    def description(self, page):
        return _("Neue und geänderte Einträge: %(title)s") % {"title": page.title}

    subtitle = description

    def feed_extra_kwargs(self, page):
        return {}

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.locale.language_code
        return feed

    def items(self, page):
        return feed_items(page, self.request.GET)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", None) or getattr(item, "teaser", None) or plain_text(item.search_description)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class PageRssFeed(PageFeed):
    """The same feed as RSS 2.0, for readers that expect it."""

    feed_type = Rss201rev2Feed
