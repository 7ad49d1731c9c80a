"""JSON-LD in pages: valid JSON-LD (expanded by pyld) with the properties each schema.org type needs;
canonical link, OpenGraph and the meta description from the summary."""

import re

import pytest
from django.utils.html import escape

from home.models import HomePage
from news.models import NewsPage
from offers.models import ProviderPage
from tests.factories import make_offer

from .helpers import by_type, json_ld_items, make_on_site_offer


def has(data, *names):
    missing = [name for name in names if data.get(name) in (None, "", [])]
    assert not missing, f"{data.get('@type')} lacks {missing}"


@pytest.mark.parametrize("language", ["de", "en"])
def test_offer_page_has_course_with_instances_and_breadcrumbs(client, language):
    from offers.models import OfferPage

    offer = OfferPage.objects.upcoming(
        OfferPage.objects.live().filter(locale__language_code=language).first().locale
    ).first()
    response = client.get(offer.url)
    items = json_ld_items(response)
    (course,) = by_type(items, "Course")
    has(course, "name", "description", "provider", "hasCourseInstance", "url")
    for instance in course["hasCourseInstance"]:
        has(instance, "courseMode", "startDate", "endDate", "location", "offers")
        has(instance["offers"], "price", "priceCurrency")
    has(course["provider"], "name", "url")
    (breadcrumbs,) = by_type(items, "BreadcrumbList")
    positions = [item["position"] for item in breadcrumbs["itemListElement"]]
    assert positions == list(range(1, len(positions) + 1))
    assert breadcrumbs["itemListElement"][-1]["item"].endswith(offer.url)
    html = response.content.decode()
    assert re.search(rf'<link rel="canonical" href="https?://[^/"]+{re.escape(offer.url)}">', html)
    assert f'<meta name="description" content="{escape(offer.search_description or offer.summary)}' in html
    assert '<meta property="og:title"' in html and '<meta property="og:type" content="article">' in html


def test_single_date_event_is_also_an_event(client, provider):
    offer = make_on_site_offer(provider, "Vortrag über Daten")
    items = json_ld_items(client.get(offer.url))
    (event,) = by_type(items, "Event")
    has(event, "name", "startDate", "endDate", "location", "eventAttendanceMode", "organizer")
    assert event["location"]["address"]["streetAddress"] == "Löhrstr. 3"
    multi = make_offer(provider, title="Kursreihe", dates=[5, 12])
    assert not by_type(json_ld_items(client.get(multi.url)), "Event")


def test_provider_news_and_home_types(client, german, english):
    provider = ProviderPage.objects.live().filter(locale=german).first()
    (org,) = [
        i
        for i in json_ld_items(client.get(provider.url))
        if i["@type"].endswith("Organization") or i["@type"] in ("School", "CollegeOrUniversity")
    ]
    has(org, "name", "url")
    news = NewsPage.objects.latest_for(german).first()
    (article,) = by_type(json_ld_items(client.get(news.url)), "NewsArticle")
    has(article, "headline", "datePublished", "author", "publisher", "url")
    for locale in (german, english):
        home = HomePage.objects.get(locale=locale)
        (site,) = by_type(json_ld_items(client.get(home.url)), "WebSite")
        action = site["potentialAction"]
        assert action["@type"] == "SearchAction"
        assert "{search_term_string}" in action["target"]["urlTemplate"]
        assert action["query-input"] == "required name=search_term_string"


def test_json_ld_cannot_break_out_of_its_script(client, provider):
    offer = make_offer(provider, title="</script><script>alert(1)</script>")
    html = client.get(offer.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld_items(client.get(offer.url))


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert client.get("/sitemap.xml").status_code == 200
