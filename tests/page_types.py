"""The public page types, for the tests that check each of them."""

from arenas.models import ArenaPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, SignLanguagePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage, OfferPage, ProviderPage

#: The page types of the site's content.
CONTENT_PAGE_TYPES = [
    HomePage,
    ArenaPage,
    OfferIndexPage,
    ProviderPage,
    OfferPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    FormPage,
]
#: Every public page type: the content and the pages of the accessibility duties.
PUBLIC_PAGE_TYPES = [*CONTENT_PAGE_TYPES, AccessibilityStatementPage, SignLanguagePage]
