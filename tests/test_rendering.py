"""Every page type renders in German and English and links to its translation."""

import pytest
from wagtail.models import Page

from tests.page_types import CONTENT_PAGE_TYPES


@pytest.mark.parametrize("page_type", CONTENT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_renders_in_both_languages_with_translation_links(client, german, english, page_type):
    page_de = page_type.objects.live().filter(locale=german).order_by("path").first()
    assert page_de is not None, f"demo content has no {page_type.__name__}"
    page_en = page_de.get_translation(english)
    assert page_en.live

    url_de, url_en = page_de.get_url(), page_en.get_url()
    assert url_de.startswith("/de/") and url_en.startswith("/en/")

    response_de = client.get(url_de)
    response_en = client.get(url_en)
    assert response_de.status_code == 200
    assert response_en.status_code == 200

    html_de = response_de.content.decode()
    html_en = response_en.content.decode()
    assert '<html lang="de">' in html_de
    assert '<html lang="en">' in html_en
    # hreflang alternates and the language switcher point at the translation.
    assert f'hreflang="en" href="http://testserver{url_en}"' in html_de
    assert f'hreflang="de" href="http://testserver{url_de}"' in html_en
    assert f'href="{url_en}" hreflang="en"' in html_de
    assert f'href="{url_de}" hreflang="de"' in html_en
    assert page_de.title in html_de
    assert page_en.title in html_en


def test_root_redirects_by_browser_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").headers["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").headers["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR").headers["Location"] == "/de/"
    assert client.get("/").headers["Location"] == "/de/"


def test_english_interface_strings_are_translated(client, english):
    response = client.get("/en/")
    html = response.content.decode()
    assert "Skip to content" in html
    assert "Zum Inhalt springen" not in html


def test_unknown_page_gives_a_friendly_404(client):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_readers_get_no_cookies(client):
    for url in ("/de/", "/en/", "/de/angebote/", "/en/offers/"):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, f"{url} set {list(response.cookies)}"


def test_no_third_party_resources_in_markup(client, german):
    urls = ["/de/", *[page.get_url() for page in Page.objects.live().filter(locale=german, depth__lte=4)[:20]]]
    for url in urls:
        html = client.get(url).content.decode()
        for attribute in ('src="http', "src='http", 'href="//', 'src="//'):
            assert attribute not in html, f"{url} loads an external resource"
        assert '<link rel="stylesheet" href="http' not in html
