"""English visitors are told what is German; the sitemap covers both languages on the requesting host."""

import re

from wagtail.models import Page

from translations.status import SOURCE_CHANGED, translation_statuses

GERMAN_ONLY_NEWS = "Offene Sprechstunde: digitale Bürgerdienste"


def test_german_only_items_on_english_listings_carry_lang_de_and_a_note(client):
    for url in ("/en/", "/en/news/"):
        html = client.get(url).content.decode()
        card = re.search(r'<article class="news-card" lang="de">(.*?)</article>', html, re.S)
        assert card, url
        assert GERMAN_ONLY_NEWS in card.group(1)
        assert 'class="card-note" lang="en"' in card.group(1)
    # Translated items are not marked.
    assert html.count('class="news-card" lang="de"') == 1


def test_english_page_says_when_the_german_text_changed_after_approval(client):
    status = next(s for s in translation_statuses() if s.state == SOURCE_CHANGED)
    english = Page.objects.get(pk=status.target_id)
    german = Page.objects.get(pk=status.source_id)
    html = client.get(english.get_url()).content.decode()
    note = re.search(r'<p class="translation-note" lang="en">(.*?)</p>', html, re.S)
    assert note, "no update note"
    assert f'href="{german.get_url()}" hreflang="de"' in note.group(1)
    # An English page in step carries no such note.
    in_step = client.get("/en/").content.decode()
    assert "translation-note" not in in_step


def test_sitemap_lists_both_languages_with_alternates_on_the_requesting_host(client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "campus.example.org"]
    xml = client.get("/sitemap.xml", HTTP_HOST="campus.example.org").content.decode()
    assert "<loc>http://campus.example.org/de/</loc>" in xml
    assert "<loc>http://campus.example.org/en/</loc>" in xml
    assert 'hreflang="en" href="http://campus.example.org/en/offers/"' in xml
    assert "localhost" not in xml
    # Aliases (German text under /en/) are left out: the German-only news item appears once, in German.
    assert xml.count("offene-sprechstunde-digitale-buergerdienste") == 1
