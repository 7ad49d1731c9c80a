"""The feedback form tells every visitor, including screen-reader users, what went wrong and where."""

import re

from home.models import FormPage


def feedback_form():
    return FormPage.objects.live().filter(locale__language_code="de").get(slug="rueckmeldung")


def test_no_topic_is_preselected(client):
    html = client.get(feedback_form().url).content.decode()
    select = re.search(r"<select[^>]*>(.*?)</select>", html, re.S).group(1)
    first_option = re.search(r"<option[^>]*>", select).group(0)
    assert 'value=""' in first_option
    # Only the empty "please choose" option may be selected.
    assert re.findall(r"<option[^>]*selected[^>]*>", select) in ([], [first_option])
    # Topics go beyond the four arenas.
    assert "Barrierefreiheit" in select and "Etwas anderes" in select


def test_a_topic_must_be_chosen(client):
    page = feedback_form()
    consent = next(
        name
        for name, field in page.get_form().fields.items()
        if getattr(field.widget, "input_type", None) == "checkbox"
    )
    response = client.post(page.url, {"ihre_nachricht": "Mehr Kurse in Grünau, bitte.", consent: "on"})
    assert response.status_code == 200
    assert page.get_submission_class().objects.filter(page=page).count() == 0
    assert 'id="id_thema_error"' in response.content.decode()


def test_help_and_error_texts_are_tied_to_their_fields(client):
    response = client.post(feedback_form().url, {"e_mail_adresse": "keine-adresse"})
    html = response.content.decode()
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described, "no field is described"
    for value in described:
        for target in value.split():
            assert target in ids, f"aria-describedby points at a missing id: {target}"
    email = re.search(r'<input[^>]*name="e_mail_adresse"[^>]*>', html).group(0)
    assert "id_e_mail_adresse_helptext" in email and "id_e_mail_adresse_error" in email
    assert 'aria-invalid="true"' in email


def test_a_failed_submit_shows_a_focused_error_summary_and_changes_the_title(client):
    html = client.post(feedback_form().url, {}).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.strip().startswith("Fehler:")
    summary = re.search(r'<div class="error-summary"[^>]*>', html).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    # Each error links to its field.
    assert 'href="#id_ihre_nachricht"' in html and 'href="#id_thema"' in html


def test_english_form_has_an_english_summary(client, english):
    page = feedback_form().get_translation(english)
    html = client.post(page.url, {}).content.decode()
    assert re.search(r"<title>\s*Error:", html)
