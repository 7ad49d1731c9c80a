"""Translations are reviewed like everything else: a translator's work is a draft until Redaktion approves it."""

from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from home.models import StandardPage
from tests.translations.conftest import standard_page_form_data

ENGLISH = {
    "Barrierefreiheit im Netz": "Accessibility on the web",
    "barrierefreiheit-im-netz": "web-accessibility",
    "Wie Websites für alle zugänglich werden.": "How websites become accessible to everyone.",
}
DENIED = (302, 403, 404)


def start_translation(client, german_page, english):
    """The translator's first step: wagtail-localize's "Translate this page" on the English alias."""
    alias = german_page.get_translation(english)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk]))
    assert response.status_code == 200
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[german_page.pk])
    assert submit_url in response.content.decode()
    response = client.post(submit_url, {"locales": [english.pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=german_page.translation_key, target_locale=english)


def translate_strings(client, translation):
    """Type every string into wagtail-localize's editor (its API, as the editor's JavaScript does)."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        value = ENGLISH.get(segment.string.data, f"EN {segment.string.data}")
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201), response.content


def submit(client, page):
    url = reverse("translations:submit_for_review", args=[page.pk])
    assert client.get(url).status_code == 200
    return client.post(url)


def test_translator_submits_and_redaktion_approves(client, untranslated_page, english, users):
    german_before = untranslated_page.get_latest_revision().pk
    client.force_login(users["uebersetzung"])
    translation = start_translation(client, untranslated_page, english)
    page = Page.objects.get(translation_key=untranslated_page.translation_key, locale=english).specific
    assert page.alias_of_id is None
    translate_strings(client, translation)
    # The explorer's page header offers the submit action (the translation editor has none).
    explore = client.get(reverse("wagtailadmin_explore", args=[page.pk])).content.decode()
    assert reverse("translations:submit_for_review", args=[page.pk]) in explore
    assert submit(client, page).status_code == 302

    page = StandardPage.objects.get(pk=page.pk)
    state = page.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == users["uebersetzung"]
    assert page.has_unpublished_changes
    assert page.get_latest_revision().as_object().title == "Accessibility on the web"

    # Not live yet: visitors still see the German content, marked as such, and no English promise.
    client.logout()
    html = client.get(page.get_url()).content.decode()
    assert "Wie Websites für alle zugänglich werden." in html
    assert "How websites become accessible to everyone." not in html
    assert "This content is only available in German." in html
    assert 'hreflang="en" href=' not in client.get(untranslated_page.get_url()).content.decode()

    client.force_login(users["redaktion"])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    assert client.post(approve, {}).status_code in (200, 302)
    client.logout()

    page = StandardPage.objects.get(pk=page.pk)
    assert page.live and not page.has_unpublished_changes
    assert page.title == "Accessibility on the web"
    html_en = client.get(page.get_url()).content.decode()
    assert "How websites become accessible to everyone." in html_en
    assert "translation-note" not in html_en
    assert f'hreflang="de" href="http://testserver{untranslated_page.get_url()}"' in html_en
    html_de = client.get(untranslated_page.get_url()).content.decode()
    assert f'hreflang="en" href="http://testserver{page.get_url()}"' in html_de
    assert f'href="{page.get_url()}" hreflang="en"' in html_de

    # The German page is unchanged.
    german = StandardPage.objects.get(pk=untranslated_page.pk)
    assert german.title == "Barrierefreiheit im Netz"
    assert german.get_latest_revision().pk == german_before
    assert "Wie Websites für alle zugänglich werden." in html_de


def test_submitting_a_live_translation_keeps_the_reviewed_text_live(client, home, english, users):
    """wagtail-localize's own draft save writes into the live page; ours leaves it alone."""
    page_en = home.get_translation(english).specific
    live_intro = page_en.intro
    client.force_login(users["uebersetzung"])
    translation = Translation.objects.get(source__object_id=home.translation_key, target_locale=english)
    segment = StringSegment.objects.filter(source=translation.source, string__data=home.intro).get()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    client.put(url, "value=A new, unreviewed introduction.", content_type="application/x-www-form-urlencoded")
    assert submit(client, page_en).status_code == 302

    page_en.refresh_from_db()
    assert page_en.intro == live_intro
    assert page_en.get_latest_revision().as_object().intro == "A new, unreviewed introduction."
    client.logout()
    assert "A new, unreviewed introduction." not in client.get(page_en.get_url()).content.decode()


def test_translator_cannot_publish(client, home, english, users, untranslated_page):
    page_en = home.get_translation(english).specific
    before = (page_en.intro, page_en.live_revision_id)
    client.force_login(users["uebersetzung"])
    edit = reverse("wagtailadmin_pages:edit", args=[page_en.pk])
    assert client.get(edit).status_code == 200
    # wagtail-localize's translation editor refuses "publish" to those without the permission.
    assert client.post(edit, {"action": "publish"}).status_code in DENIED
    # "Sync translated pages" offers no "Publish immediately".
    source = Translation.objects.get(source__object_id=home.translation_key, target_locale=english).source
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert "publish_translations" not in client.get(sync).content.decode()
    client.post(sync, {"publish_translations": "on"})
    # Nor turn the reviewed translation back into an alias of the German page.
    convert = reverse("wagtail_localize:convert_to_alias", args=[page_en.pk])
    assert client.post(convert).status_code in DENIED
    page_en.refresh_from_db()
    assert (page_en.intro, page_en.live_revision_id, page_en.alias_of_id) == (*before, None)
    assert not page_en.permissions_for_user(users["uebersetzung"]).can_publish()


def test_translator_cannot_change_german_pages(client, home, users, untranslated_page):
    client.force_login(users["uebersetzung"])
    before = (untranslated_page.title, untranslated_page.latest_revision_id)
    for page in (home, untranslated_page):
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert client.get(edit).status_code in DENIED
        data = standard_page_form_data("Übernommen", page.slug, "Neu.", **{"action-publish": "publish"})
        assert client.post(edit, data).status_code in DENIED
        assert client.get(reverse("wagtailadmin_pages:add_subpage", args=[page.pk])).status_code in DENIED
        assert client.post(reverse("translations:submit_for_review", args=[page.pk])).status_code in DENIED
    untranslated_page.refresh_from_db()
    assert (untranslated_page.title, untranslated_page.latest_revision_id) == before


def test_translators_hold_page_permissions_on_the_english_home_only(home, english):
    from wagtail.models import GroupPagePermission

    from editorial.roles import TRANSLATORS, role_group

    translators = role_group(TRANSLATORS)
    rows = set(GroupPagePermission.objects.filter(group=translators).values_list("page_id", "permission__codename"))
    english_home = home.get_translation(english)
    assert rows == {(english_home.pk, "add_page"), (english_home.pk, "change_page")}
    assert translators.permissions.filter(codename="submit_translation").exists()


def test_redaktion_may_convert_a_translation_back_to_an_alias(client, home, english, users):
    page_en = home.get_translation(english)
    client.force_login(users["redaktion"])
    assert client.post(reverse("wagtail_localize:convert_to_alias", args=[page_en.pk])).status_code == 302
    page_en.refresh_from_db()
    assert page_en.alias_of_id == home.pk
