"""The page tree rules: which page type may live where."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from arenas.models import ArenaPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, SignLanguagePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage, OfferPage, ProviderPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ArenaPage,
                OfferIndexPage,
                NewsIndexPage,
                StandardPage,
                AccessibilityStatementPage,
                SignLanguagePage,
                FormPage,
            },
        )

    def test_arena_page(self):
        self.assertAllowedParentPageTypes(ArenaPage, {HomePage})
        self.assertAllowedSubpageTypes(ArenaPage, {FormPage})

    def test_offer_tree(self):
        self.assertAllowedParentPageTypes(OfferIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OfferIndexPage, {ProviderPage})
        self.assertAllowedParentPageTypes(ProviderPage, {OfferIndexPage})
        self.assertAllowedSubpageTypes(ProviderPage, {OfferPage})
        self.assertAllowedParentPageTypes(OfferPage, {ProviderPage})
        self.assertAllowedSubpageTypes(OfferPage, set())

    def test_offers_only_below_providers(self):
        self.assertCanNotCreateAt(HomePage, OfferPage)
        self.assertCanNotCreateAt(OfferIndexPage, OfferPage)
        self.assertCanNotCreateAt(ArenaPage, OfferPage)
        self.assertCanCreateAt(ProviderPage, OfferPage)

    def test_news_tree(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertCanNotCreateAt(HomePage, NewsPage)

    def test_standard_and_form_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, FormPage})
        self.assertAllowedParentPageTypes(FormPage, {HomePage, ArenaPage, StandardPage, AccessibilityStatementPage})
        self.assertAllowedParentPageTypes(SignLanguagePage, {HomePage})
        self.assertAllowedSubpageTypes(SignLanguagePage, set())
        self.assertAllowedSubpageTypes(FormPage, set())
