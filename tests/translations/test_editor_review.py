"""Translation review in one place: wagtail-localize's editor offers submit, approve and request changes."""

import json
import re
from html import unescape

from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation

from home.models import StandardPage
from tests.translations.test_review import start_translation, translate_strings


def editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def editor_props(html):
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html).group(1)
    return json.loads(unescape(props))


def test_translator_submits_and_redaktion_decides_in_the_editor(client, untranslated_page, english, users):
    client.force_login(users["uebersetzung"])
    translation = start_translation(client, untranslated_page, english)
    page = StandardPage.objects.get(translation_key=untranslated_page.translation_key, locale=english)
    translate_strings(client, translation)

    html = editor(client, page)
    submit_url = reverse("translations:submit_for_review", args=[page.pk])
    assert f'action="{submit_url}"' in html
    props = editor_props(html)
    perms = props["perms"]
    assert not perms["canPublish"] and not perms["canUnpublish"] and not perms["canDelete"]
    # "Convert to alias" replaces the live page: not offered to those who may not publish.
    assert props["links"]["convertToAliasUrl"] is None
    assert client.post(submit_url).status_code == 302
    state = StandardPage.objects.get(pk=page.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    html = editor(client, page)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    assert "In Prüfung seit" in html and approve not in html

    client.force_login(users["redaktion"])
    html = editor(client, page)
    task_state = state.current_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert f'action="{approve}"' in html and f'action="{reject}"' in html
    assert client.post(reject, {"comment": "Bitte den Titel kürzen."}).status_code == 302

    client.force_login(users["uebersetzung"])
    html = editor(client, page)
    assert "Bitte den Titel kürzen." in html and f'action="{submit_url}"' in html
    assert client.post(submit_url).status_code == 302

    client.force_login(users["redaktion"])
    task_state = StandardPage.objects.get(pk=page.pk).current_workflow_state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert f'action="{approve}"' in editor(client, page)
    assert client.post(approve).status_code == 302
    page = StandardPage.objects.get(pk=page.pk)
    assert page.live and page.title == "Accessibility on the web"


def test_translated_slug_must_be_a_slug(client, untranslated_page, english, users):
    client.force_login(users["uebersetzung"])
    translation = start_translation(client, untranslated_page, english)
    segment = StringSegment.objects.get(source=translation.source, context__path="slug")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, "value=barrierefreiheit-im-netz [EN]", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)
    assert "Kleinbuchstaben" in response.json()["error"]
    assert StringTranslation.objects.get(translation_of=segment.string, locale=english).has_error
    response = client.put(url, "value=web-accessibility", content_type="application/x-www-form-urlencoded")
    assert response.json()["error"] is None
