"""The demo content command: complete, idempotent, and every documented URL answers."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry
from wagtail_localize.models import Translation

from arenas.models import ArenaPage
from demo.images import monogram
from editorial.roles import EDITORIAL_TEAM, TRANSLATORS, curator_role
from news.models import NewsPage
from offers.models import OfferPage, ProviderPage
from search import indexing
from search.models import SearchEntry

CONTRACT_URLS = [
    "/de/",
    "/en/",
    "/de/wirtschaft/",
    "/de/stadtgesellschaft/",
    "/de/bildung/",
    "/de/wissenschaft/",
    "/en/economy/",
    "/en/civil-society/",
    "/en/education/",
    "/en/science/",
    "/de/angebote/",
    "/en/offers/",
    "/de/aktuelles/",
    "/en/news/",
    "/de/suche/?q=Daten",
    "/en/search/?q=data",
]


def counts():
    return {
        "pages": Page.objects.count(),
        "offers": OfferPage.objects.count(),
        "providers": ProviderPage.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
    }


def test_demo_content_is_complete(german, english):
    for locale in (german, english):
        assert ArenaPage.objects.live().filter(locale=locale).count() == 4
        assert ProviderPage.objects.live().filter(locale=locale).count() >= 12
        assert OfferPage.objects.live().filter(locale=locale).count() >= 60
        assert NewsPage.objects.live().filter(locale=locale).count() >= 8
    for arena in ("wirtschaft", "stadtgesellschaft", "bildung", "wissenschaft"):
        assert OfferPage.objects.filter(locale=german, arenas__key=arena).count() >= 10
    # English pages are translations of the German ones, not independent copies.
    for offer in OfferPage.objects.live().filter(locale=english):
        assert offer.get_translation(german).live
    assert OfferPage.objects.upcoming(german).count() > 0
    assert OfferPage.objects.past(german).count() > 0


def test_second_run_changes_nothing():
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


@pytest.mark.parametrize("url", CONTRACT_URLS)
def test_contract_urls_answer(client, url):
    assert client.get(url).status_code == 200


def test_every_demo_page_answers(client):
    """Every demo page but the offers, and of the offers one per provider, language and kind (alias or not).

    The 200 offers share one template and differ in their facts; other tests render
    every offer's facts (matrix, finder, channels), so one per provider is enough here.
    """
    seen = set()
    checked = 0
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        if isinstance(page, OfferPage):
            kind = (page.locale_id, page.alias_of_id is None, page.path[: -page.steplen])
            if kind in seen:
                continue
            seen.add(kind)
        response = client.get(page.get_url())
        assert response.status_code == 200, page.get_url()
        checked += 1
    assert checked > 100


def test_demo_accounts_have_roles():
    User = get_user_model()
    assert User.objects.get(username="redaktion").groups.filter(role__key=EDITORIAL_TEAM).exists()
    assert User.objects.get(username="uebersetzung").groups.filter(role__key=TRANSLATORS).exists()
    assert User.objects.get(username="kuratorin-bildung").groups.filter(role__key=curator_role("bildung")).exists()
    assert User.objects.filter(username__startswith="anbieter-", groups__name__startswith="Anbieter: ").count() >= 1
    assert User.objects.get(username="admin").is_superuser


@override_settings(DEMO_CONTENT_ALLOWED=False)
def test_refused_outside_development():
    with pytest.raises(CommandError):
        call_command("load_demo_content", verbosity=0)


def search_entries():
    return sorted(SearchEntry.objects.values_list("page_id", "title", "text_plain"))


def test_indexes_are_written_once_from_the_finished_site(german):
    """The build defers indexing to its end; the result equals indexing every page afresh."""
    built = search_entries()
    assert built, "the campus search index is empty"
    indexing.rebuild()
    assert search_entries() == built

    # Wagtail's own search index (admin search) and reference index ("usage") hold every live page.
    live_pages = Page.objects.live().filter(depth__gt=1)
    indexed = set(IndexEntry.objects.values_list("object_id", flat=True))
    assert {str(pk) for pk in live_pages.values_list("pk", flat=True)} <= indexed
    offer = OfferPage.objects.live().filter(locale=german).first()
    assert ReferenceIndex.get_references_to(offer.format).filter(object_id=str(offer.pk)).exists()
    assert offer.pk in {page.pk for page in OfferPage.objects.live().search(offer.title)}


def test_provider_logos_show_initials_without_punctuation():
    assert monogram("Stadt Leipzig – Referat Digitale Stadt") == "SLR"
    assert monogram("Treffpunkt Digital – Ältere lernen digital e. V.") == "TDÄ"
    assert monogram("HTWK Leipzig – Hochschule für Technik, Wirtschaft und Kultur") == "HTWK"
    assert monogram("Datenwerkstatt Leipzig e. V.") == "DL"
