"""The accessibility statement holds every part a public body must publish, in both languages."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import AccessibilityStatementPage, FormPage, HomePage
from security.spam import STARTED_FIELD, signed_time


@pytest.fixture
def statement(german):
    return AccessibilityStatementPage.objects.live().get(locale=german)


def test_statement_has_every_required_part(client, statement):
    html = client.get(statement.url).content.decode()
    assert "Stand der Vereinbarkeit" in html and "teilweise vereinbar" in html
    assert f'datetime="{statement.last_checked:%Y-%m-%d}"' in html
    assert "axe-core" in html  # the method of the check
    assert "Bekannte Barrieren" in html and "PDF-Dokumente von Anbietern" in html
    assert 'href="mailto:barrierefreiheit@digitalcampus.example.org"' in html
    assert 'href="tel:+493415550161"' in html
    assert "Durchsetzungsverfahren" in html and "Durchsetzungsstelle" in html
    # The "report a barrier" form is linked in the same language.
    form = FormPage.objects.live().get(slug="barriere-melden", locale=statement.locale)
    assert f'href="{form.url}"' in html


def test_english_statement_shares_the_dates_and_links_the_english_form(client, statement, english):
    english_statement = statement.get_translation(english)
    assert english_statement.last_checked == statement.last_checked
    html = client.get(english_statement.url).content.decode()
    assert "Known barriers" in html or "PDF documents from providers" in html
    english_form = FormPage.objects.get(slug="barriere-melden", locale=statement.locale).get_translation(english)
    assert english_statement.feedback_form().pk == english_form.pk


def test_barrier_report_reaches_the_editorial_team(client, mailoutbox):
    form = FormPage.objects.live().get(slug="barriere-melden", locale__language_code="de")
    fields = list(form.get_form().fields)
    response = client.post(
        form.url,
        {
            fields[0]: "Seite Angebote",
            fields[1]: "Der Filter ist mit der Tastatur nicht erreichbar.",
            STARTED_FIELD: signed_time(seconds_ago=10),  # spam protection: a person takes a while
        },
    )
    assert response.status_code == 200
    assert form.get_submission_class().objects.filter(page=form).count() == 1
    assert mailoutbox and "redaktion@digitalcampus.example.org" in mailoutbox[-1].to


def test_statement_is_in_the_footer(client, home):
    html = client.get(home.url).content.decode()
    assert "Erklärung zur Barrierefreiheit" in html


class TestStatementPageRules(WagtailPageTestCase):
    def test_parent_and_children(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, {FormPage})

    def test_dates_are_required(self):
        page = AccessibilityStatementPage(title="x", slug="x", check_method="<p>x</p>")
        with pytest.raises(Exception, match="last_checked|Datum"):
            page.full_clean()
        page.last_checked = datetime.date(2026, 1, 1)
        assert page.last_checked.year == 2026
