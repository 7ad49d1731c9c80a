"""Leichte Sprache (``de-ls``): a third language tree synced from German, written and submitted by its own group.

Members of the group "Leichte Sprache" write in the Leichte-Sprache tree only
and never publish; Redaktion approves. Everything not written in Leichte
Sprache appears there as the German page, marked as German.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment

from arenas.models import ArenaPage
from easyread.advice import page_texts
from easyread.checker import check
from editorial.roles import EASYREAD_WRITERS, TRANSLATORS, role_group
from offers.models import OfferPage
from tests.translations.conftest import standard_page_form_data
from tests.translations.test_review import start_translation, submit

DENIED = (302, 403, 404)


@pytest.fixture
def easyread(db):
    return Locale.objects.get(language_code=settings.EASYREAD_LANGUAGE_CODE)


def written_in_easyread(home, easyread):
    return Page.objects.filter(locale=easyread, alias_of__isnull=True, live=True)


def test_the_easyread_tree_is_complete_and_under_its_own_prefix(client, home, easyread):
    german_keys = set(Page.objects.filter(locale=home.locale, depth__gt=1).values_list("translation_key", flat=True))
    easyread_keys = set(Page.objects.filter(locale=easyread).values_list("translation_key", flat=True))
    missing = Page.objects.filter(locale=home.locale, translation_key__in=german_keys - easyread_keys)
    assert list(missing.values_list("title", "live", "depth")) == []
    easyread_home = home.get_translation(easyread)
    assert easyread_home.alias_of_id is None
    assert easyread_home.get_url() == "/de-ls/"
    response = client.get("/de-ls/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de-ls" class="easyread">' in html
    assert "css/easyread.css" in html
    assert "Hier finden Sie Angebote zum Lernen.<br>Es geht um Computer" in html


def test_an_alias_is_marked_german_and_never_promised(client, home, easyread):
    news_index = Page.objects.get(locale=home.locale, slug="aktuelles")
    alias = news_index.get_translation(easyread)
    assert alias.alias_of_id == news_index.pk
    html = client.get(alias.get_url()).content.decode()
    assert re.search(r'<main[^>]* lang="de"', html)
    assert '<p class="translation-note" lang="de-ls">Diese Seite gibt es nur in schwerer Sprache.</p>' in html
    # The German page promises no Leichte-Sprache version of itself, in the switcher or in hreflang.
    german_html = client.get(news_index.get_url()).content.decode()
    assert 'hreflang="de-ls" href="http' not in german_html
    assert f'href="{alias.get_url()}"' not in german_html


def test_a_written_version_is_promised_by_switcher_and_hreflang(client, home, easyread):
    arena = ArenaPage.objects.get(locale=home.locale, slug="bildung")
    version = arena.get_translation(easyread)
    html = client.get(arena.get_url()).content.decode()
    assert f'hreflang="de-ls" href="http://testserver{version.get_url()}"' in html
    assert f'href="{version.get_url()}" hreflang="de-ls"' in html
    easyread_html = client.get(version.get_url()).content.decode()
    assert "translation-note" not in easyread_html
    assert f'hreflang="de" href="http://testserver{arena.get_url()}"' in easyread_html


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de-ls/", "/de/suche/"])
def test_every_page_leads_to_leichte_sprache_in_its_header(client, home, easyread, path):
    html = client.get(path).content.decode()
    header = html.split("</header>")[0]
    link = header.split('class="access-links__link" href="/de-ls/"')[1].split("</a>")[0]
    assert '<svg class="access-links__icon"' in link and "Leichte Sprache" in link


def test_demo_texts_in_leichte_sprache_pass_the_writing_aid(home, easyread):
    pages = [page.specific for page in written_in_easyread(home, easyread)]
    kinds = {type(page).__name__ for page in pages}
    assert {"HomePage", "ArenaPage", "StandardPage", "OfferPage"} <= kinds
    assert sum(isinstance(page, ArenaPage) for page in pages) == 4
    assert sum(isinstance(page, OfferPage) for page in pages) >= 2
    for page in pages:
        findings = [(f.rule, f.sentence) for text in page_texts(page) for f in check(text)]
        assert findings == [], page.title


def test_interface_strings_fall_back_to_german():
    with translation.override(settings.EASYREAD_LANGUAGE_CODE):
        # Written in Leichte Sprache:
        assert translation.gettext("Dieser Inhalt ist nur auf Deutsch verfügbar.") != (
            "Dieser Inhalt ist nur auf Deutsch verfügbar."
        )
        # Left to German (empty in the Leichte-Sprache catalogue), never English:
        assert translation.gettext("Kosten und Anmeldung") == "Kosten und Anmeldung"


# The group "Leichte Sprache" ------------------------------------------------


def test_the_group_holds_page_permissions_on_the_easyread_home_only(home, easyread, english):
    writers = role_group(EASYREAD_WRITERS)
    assert writers.name == "Leichte Sprache"
    rows = set(GroupPagePermission.objects.filter(group=writers).values_list("page_id", "permission__codename"))
    easyread_home = home.get_translation(easyread)
    assert rows == {(easyread_home.pk, "add_page"), (easyread_home.pk, "change_page")}
    # Translators keep to the English tree.
    translator_pages = set(
        GroupPagePermission.objects.filter(group=role_group(TRANSLATORS)).values_list("page_id", flat=True)
    )
    assert translator_pages == {home.get_translation(english).pk}


def test_writer_submits_and_redaktion_approves(client, untranslated_page, easyread, users):
    writer = users["leichte-sprache"]
    client.force_login(writer)
    lstranslation = start_translation(client, untranslated_page, easyread)
    page = Page.objects.get(translation_key=untranslated_page.translation_key, locale=easyread).specific
    for segment in StringSegment.objects.filter(source=lstranslation.source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[lstranslation.pk, segment.pk])
        value = {"barrierefreiheit-im-netz": "barrierefreiheit-im-netz"}.get(segment.string.data, "Ein Satz.")
        assert client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded").status_code in (
            200,
            201,
        )
    assert submit(client, page).status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.permissions_for_user(writer).can_publish()
    # Not live yet: the German content, marked.
    client.logout()
    html = client.get(page.get_url()).content.decode()
    assert "Wie Websites für alle zugänglich werden." in html
    assert "Diese Seite gibt es nur in schwerer Sprache." in html

    client.force_login(users["redaktion"])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    assert client.post(approve, {}).status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes and page.title == "Ein Satz."


def test_writer_cannot_publish_nor_cross_into_other_trees(client, home, easyread, english, users, untranslated_page):
    writer = users["leichte-sprache"]
    client.force_login(writer)
    arena = ArenaPage.objects.get(locale=home.locale, slug="wirtschaft")
    version = arena.get_translation(easyread).specific
    before = (version.title, version.live_revision_id)
    edit = reverse("wagtailadmin_pages:edit", args=[version.pk])
    assert client.get(edit).status_code == 200
    # Publishing from the editor is refused.
    assert client.post(edit, {"action": "publish"}).status_code in DENIED
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[version.pk])
    assert client.post(unpublish).status_code in DENIED
    convert = reverse("wagtail_localize:convert_to_alias", args=[version.pk])
    assert client.post(convert).status_code in DENIED
    version.refresh_from_db()
    assert (version.title, version.live_revision_id, version.live) == (*before, True)

    # The German and the English trees are closed.
    for page in (home, arena, untranslated_page, home.get_translation(english), arena.get_translation(english)):
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert client.get(edit).status_code in DENIED, page
        data = standard_page_form_data("Übernommen", page.slug, "Neu.", **{"action-publish": "publish"})
        assert client.post(edit, data).status_code in DENIED
        assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[page.pk])).status_code in DENIED
        assert client.post(reverse("translations:submit_for_review", args=[page.pk])).status_code in DENIED
    english_home = home.get_translation(english)
    assert english_home.latest_revision_id == Page.objects.get(pk=english_home.pk).latest_revision_id


def test_django_knows_the_code_and_search_reads_it_as_german():
    from search.indexing import text_search_config

    info = translation.get_language_info(settings.EASYREAD_LANGUAGE_CODE)
    assert info["name_local"] == "Leichte Sprache" and info["bidi"] is False
    assert text_search_config(settings.EASYREAD_LANGUAGE_CODE) == "german"
    assert settings.EASYREAD_LANGUAGE_CODE not in dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
