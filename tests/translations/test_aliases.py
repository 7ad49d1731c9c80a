"""The English tree is always complete: untranslated German pages appear there as aliases, marked as German."""

from wagtail_localize.models import LocaleSynchronization

NOTE_EN = "This content is only available in German."


def test_english_is_synchronised_from_german(german, english):
    assert LocaleSynchronization.objects.get(locale=english).sync_from == german


def test_new_german_page_appears_in_the_english_tree_as_a_live_alias(untranslated_page, english, home):
    alias = untranslated_page.get_translation(english)
    assert alias.alias_of_id == untranslated_page.pk
    assert alias.live
    assert alias.get_parent().pk == home.get_translation(english).pk


def test_alias_shows_the_german_content_with_a_translated_note(client, untranslated_page, english):
    alias = untranslated_page.get_translation(english)
    response = client.get(alias.get_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert '<main id="main" class="site-main" tabindex="-1" lang="de">' in html
    assert f'<p class="translation-note" lang="en">{NOTE_EN}</p>' in html
    assert "Wie Websites für alle zugänglich werden." in html


def test_german_page_and_real_translations_carry_no_note(client, untranslated_page, english, home):
    for url in (untranslated_page.get_url(), home.get_translation(english).get_url()):
        html = client.get(url).content.decode()
        assert "translation-note" not in html
        assert '<main id="main" class="site-main" tabindex="-1">' in html


def test_switcher_and_hreflang_promise_no_alias(client, untranslated_page, english):
    alias = untranslated_page.get_translation(english)
    url_de, url_en = untranslated_page.get_url(), alias.get_url()

    html_de = client.get(url_de).content.decode()
    assert f"{url_en}" not in html_de
    assert 'hreflang="en" href=' not in html_de
    # The switcher still offers English: the English home page.
    assert 'href="/en/" hreflang="en"' in html_de

    html_en = client.get(url_en).content.decode()
    assert f'hreflang="de" href="http://testserver{url_de}"' in html_en
    assert f'href="{url_de}" hreflang="de"' in html_en
    assert 'hreflang="en" href=' not in html_en
