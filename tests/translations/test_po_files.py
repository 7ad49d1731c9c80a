"""PO file round trip (download, edit, upload) and the optional DeepL machine translator."""

import importlib

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation


def test_translator_round_trips_a_po_file_into_a_reviewed_draft(client, home, english, users):
    page_en = home.get_translation(english).specific
    live_intro = page_en.intro
    translation = Translation.objects.get(source__object_id=home.translation_key, target_locale=english)
    client.force_login(users["uebersetzung"])

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(entry for entry in po if entry.msgid == home.intro)
    assert entry.msgstr == live_intro
    entry.msgstr = "An introduction edited offline."

    edit_url = reverse("wagtailadmin_pages:edit", args=[page_en.pk])
    upload = SimpleUploadedFile("start-en.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": edit_url}
    )
    assert response.status_code == 302 and response.headers["Location"] == edit_url
    assert StringTranslation.objects.filter(locale=english, data="An introduction edited offline.").exists()

    # Uploading changes no page: the translation still goes through review.
    page_en.refresh_from_db()
    assert page_en.intro == live_intro
    assert client.post(reverse("translations:submit_for_review", args=[page_en.pk])).status_code == 302
    page_en = type(page_en).objects.get(pk=page_en.pk)
    assert page_en.intro == live_intro
    assert page_en.get_latest_revision().as_object().intro == "An introduction edited offline."
    assert page_en.current_workflow_state is not None


def test_deepl_is_configured_only_with_a_key(monkeypatch, settings):
    from digitalcampus.settings import base

    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert not hasattr(importlib.reload(base), "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    monkeypatch.setenv("DEEPL_API_KEY", "test-key:fx")
    configured = importlib.reload(base).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert configured["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert configured["OPTIONS"]["AUTH_KEY"] == "test-key:fx"

    from wagtail_localize.machine_translators import get_machine_translator

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = configured
    translator = get_machine_translator()
    assert translator.display_name == "DeepL"
    # The free API's keys end in ":fx" and use its own endpoint.
    assert "api-free.deepl.com" in translator.get_api_endpoint()
    monkeypatch.delenv("DEEPL_API_KEY")
    importlib.reload(base)
