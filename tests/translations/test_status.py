"""Source changes reach translations: out-of-date marking and the "Übersetzungen" report."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import StringSegment, Translation

from home.models import StandardPage
from tests.factories import copy_pages_in_bulk
from tests.translations.conftest import standard_page_form_data
from translations.status import IN_REVIEW, IN_STEP, NOT_TRANSLATED, SOURCE_CHANGED, translation_statuses

DENIED = (302, 403, 404)


@pytest.fixture
def about(german):
    return StandardPage.objects.filter(locale=german).order_by("path").first()


def state_of(page, language="en"):
    """The page's state in ``language`` (the report has a row per target language)."""
    (status,) = [
        status
        for status in translation_statuses(StandardPage.objects.filter(pk=page.pk))
        if status.locale.language_code == language
    ]
    return status.state


def republish(client, page, users, intro):
    client.force_login(users["redaktion"])
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = standard_page_form_data(page.title, page.slug, intro, **{"action-publish": "publish"})
    assert client.post(edit, data).status_code == 302
    client.logout()


def test_republished_source_marks_the_translation_out_of_date(client, about, english, users):
    assert state_of(about) == IN_STEP
    page_en = about.get_translation(english).specific
    english_before = (page_en.intro, page_en.live_revision_id)

    republish(client, about, users, "Ein ganz neuer Einleitungssatz.")
    assert state_of(about) == SOURCE_CHANGED
    page_en.refresh_from_db()
    assert (page_en.intro, page_en.live_revision_id) == english_before
    assert english_before[0] in client.get(page_en.get_url()).content.decode()

    # The translator sees the new string in wagtail-localize's editor, translates it and submits.
    client.force_login(users["uebersetzung"])
    translation = Translation.objects.get(source__object_id=about.translation_key, target_locale=english)
    for segment in StringSegment.objects.filter(
        source=translation.source, string__data="Ein ganz neuer Einleitungssatz."
    ):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        client.put(url, "value=A brand-new opening sentence.", content_type="application/x-www-form-urlencoded")
    assert client.post(reverse("translations:submit_for_review", args=[page_en.pk])).status_code == 302
    assert state_of(about) == IN_REVIEW

    client.force_login(users["redaktion"])
    task_state = StandardPage.objects.get(pk=page_en.pk).current_workflow_state.current_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[page_en.pk, "approve", task_state.pk]), {})
    assert state_of(about) == IN_STEP
    client.logout()
    assert "A brand-new opening sentence." in client.get(page_en.get_url()).content.decode()


def test_republishing_unchanged_content_keeps_the_translation_in_step(about, users):
    about.save_revision(user=users["redaktion"]).publish(user=users["redaktion"])
    assert StandardPage.objects.get(pk=about.pk).last_published_at > about.last_published_at
    assert state_of(about) == IN_STEP


def test_alias_is_not_translated(untranslated_page):
    assert state_of(untranslated_page) == NOT_TRANSLATED


def test_report_lists_states_and_filters_by_state(client, about, english, users, untranslated_page):
    republish(client, about, users, "Noch eine neue Einleitung.")
    url = reverse("translations:report")
    for username in ("redaktion", "uebersetzung"):
        client.force_login(users[username])
        assert client.get(url).status_code == 200
        html = client.get(url, {"state": NOT_TRANSLATED, "language": english.pk}).content.decode()
        assert "Barrierefreiheit im Netz" in html
        assert 'data-state="not-translated"' in html

    html = client.get(url, {"state": SOURCE_CHANGED}).content.decode()
    assert about.title in html
    assert 'data-state="source-changed"' in html
    assert 'data-state="in-step"' not in html and 'data-state="not-translated"' not in html
    page_en_id = about.get_translation(english).pk
    assert reverse("translations:submit_for_review", args=[page_en_id]) in html
    # A link to act: translate the alias.
    html = client.get(url, {"state": NOT_TRANSLATED, "language": english.pk}).content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated_page.pk]) in html


def test_report_filters_by_arena_and_provider(client, users, german):
    from offers.models import OfferPage

    client.force_login(users["redaktion"])
    offer = OfferPage.objects.filter(locale=german, arenas__key="bildung").first()
    other = OfferPage.objects.filter(locale=german).exclude(arenas__key="bildung").first()
    html = client.get(reverse("translations:report"), {"arena": "bildung"}).content.decode()
    assert offer.title in html and other.title not in html
    provider = offer.get_parent()
    html = client.get(reverse("translations:report"), {"provider": provider.pk}).content.decode()
    assert offer.title in html and provider.title in html


def test_report_is_for_redaktion_and_translators_only(client, users):
    url = reverse("translations:report")
    for username in ("anbieter-universitaet-leipzig", "kuratorin-bildung"):
        client.force_login(users[username])
        assert client.get(url).status_code in DENIED
    client.force_login(users["uebersetzung"])
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()


def test_report_queries_do_not_grow_with_pages(client, users, home, english):
    """20 and 200 more untranslated pages (each with its English alias): the same number of queries."""
    client.force_login(users["redaktion"])
    url = reverse("translations:report") + "?state=not-translated"

    # One page and its alias made by Wagtail and wagtail-localize, the rest copied in bulk.
    german_page = StandardPage(title="Seite", slug="seite", locale=home.locale)
    home.add_child(instance=german_page)
    alias = german_page.copy_for_translation(english, alias=True)
    english_home = home.get_translation(english)

    def add_pages(count, start):
        def numbered(page, n, children):
            page.title = f"Seite {start + n}"
            page.slug = f"seite-{start + n}"

        pages = copy_pages_in_bulk(german_page, home, count, prepare=numbered)

        def alias_of(page, n, children):
            page.slug = pages[n - 1].slug
            page.title = pages[n - 1].title
            page.alias_of_id = pages[n - 1].pk
            page.translation_key = pages[n - 1].translation_key

        copy_pages_in_bulk(alias, english_home, count, prepare=alias_of)

    def count():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    add_pages(20, 0)
    with_20 = count()
    add_pages(180, 20)
    assert count() == with_20
    # The copies are aliases to the report, like the page made by wagtail-localize.
    states = [
        status.state
        for status in translation_statuses(StandardPage.objects.filter(slug__startswith="seite"))
        if status.locale == english
    ]
    assert states.count(NOT_TRANSLATED) == 201


def test_demo_content_shows_every_translation_state():
    from translations.status import IN_REVIEW, IN_STEP, NOT_TRANSLATED, SOURCE_CHANGED, translation_statuses

    states = {status.state for status in translation_statuses()}
    assert {IN_STEP, SOURCE_CHANGED, NOT_TRANSLATED, IN_REVIEW} <= states


def test_content_comparison_ignores_json_key_order():
    from translations.pages import content_of

    stored = '{"title": "A", "body": "[{\\"type\\": \\"paragraph\\", \\"value\\": \\"x\\", \\"id\\": \\"1\\"}]"}'
    reordered = '{"body": "[{\\"id\\": \\"1\\", \\"type\\": \\"paragraph\\", \\"value\\": \\"x\\"}]", "title": "A"}'
    assert content_of(stored) == content_of(reordered)
    assert content_of(stored) != content_of(stored.replace('\\"x\\"', '\\"y\\"'))
