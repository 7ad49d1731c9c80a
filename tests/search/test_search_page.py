"""The search page: works without JavaScript, keeps its state in the URL, highlights, helps when empty."""

import re
from html.parser import HTMLParser

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from offers.models import OfferPage
from search.models import QueryStat

from .conftest import search_url


class FormControls(HTMLParser):
    """Collects ids of form controls and the targets of labels."""

    def __init__(self):
        super().__init__()
        self.controls, self.labels, self.h1 = [], set(), 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.controls.append(attrs.get("id"))
        if tag == "label":
            self.labels.add(attrs.get("for"))
        if tag == "h1":
            self.h1 += 1


def test_page_has_one_h1_and_every_control_is_labelled(searcher):
    parser = FormControls()
    parser.feed(searcher.get("de", q="Workshop").content.decode())
    assert parser.h1 == 1
    assert parser.controls
    assert all(control and control in parser.labels for control in parser.controls)


def test_page_makes_no_third_party_requests_and_sets_no_cookie(searcher):
    response = searcher.get("de", q="Python")
    html = response.content.decode()
    assert not re.search(r'(src|href)="(https?:)?//', html.split("<main", 1)[1])
    assert "/static/search/search.js" in html
    assert not response.cookies


def test_no_query_lists_all_upcoming_offers_by_date(searcher, german):
    response = searcher.get("de")
    assert response.context["search"].count == OfferPage.objects.upcoming(german).count()
    dates = [hit.page.next_date.start for hit in response.context["hits"]]
    assert dates == sorted(dates)


def test_sort_by_next_date(searcher):
    hits = searcher.get("de", q="digital", sort="date").context["hits"]
    dates = [hit.page.next_date.start for hit in hits if hit.kind == "offer"]
    assert dates == sorted(dates)


def test_pagination_keeps_query_and_filters(searcher):
    response = searcher.get("de", q="digital", arena="bildung")
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.num_pages > 1
    html = response.content.decode()
    assert "?q=digital&amp;arena=bildung&amp;page=2" in html
    second = searcher.get("de", q="digital", arena="bildung", page=2)
    first_titles = {hit.page.title for hit in response.context["hits"]}
    assert not first_titles & {hit.page.title for hit in second.context["hits"]}


def test_out_of_range_page_shows_last_page(searcher):
    response = searcher.get("de", q="digital", page=9999)
    assert response.context["page_obj"].number == response.context["page_obj"].paginator.num_pages


def test_matches_are_highlighted_in_titles_and_excerpts(searcher):
    response = searcher.get("de", q="Podcast")
    html = response.content.decode()
    assert '<mark class="search-hit">Podcast</mark>' in html
    hit = response.context["hits"][0]
    assert "<mark" in str(hit.title)
    assert "<mark" in str(hit.excerpt)


def test_highlighting_escapes_html(searcher):
    response = searcher.get("de", q="<script>alert(1)</script> Podcast")
    assert "<script>alert(1)" not in response.content.decode().split("<main", 1)[1]


def test_results_include_providers_arenas_news_and_pages(searcher):
    def kinds_for(query):
        context = searcher.get("de", q=query).context
        return [hit.kind for hit in context["page_hits"] + context["hits"]]

    kinds = set(kinds_for("Leipzig"))
    assert "offer" in kinds or "provider" in kinds
    assert "arena" in kinds_for("Wirtschaft")
    news_kinds = kinds_for("Campus-Raum")
    assert "news" in news_kinds
    assert "page" in kinds_for("Impressum")


def test_nothing_found_page_helps(searcher):
    response = searcher.get("de", q="Pyhton", format="hackathon")
    html = response.content.decode()
    assert response.context["search"].count == 0
    assert response.context["spelling_suggestion"] == "python"
    assert "Meinten Sie" in html
    assert "?q=Pyhton" in html and "Ohne" in html  # link that drops the format filter
    assert len(response.context["arenas"]) == 4


def test_words_missing_everywhere_fall_back_to_partial_matches(searcher):
    response = searcher.get("de", q="KI-Kurs für Verwaltung, kostenlos, abends")
    assert response.context["search"].count > 0
    assert "KI-Grundlagen für die Verwaltung" in [hit.page.title for hit in response.context["hits"]][:3]


def test_queries_are_counted_without_personal_data(searcher):
    searcher.get("de", q="Datenschutz")
    searcher.get("de", q="datenschutz")
    searcher.get("de", q="datenschutz", page=2)
    searcher.get("en", q="Qxzvjkw")  # nothing resembles it, even with typo tolerance
    stat = QueryStat.objects.get(query="datenschutz", language="de")
    assert stat.searches == 2
    assert stat.result_count > 0
    assert stat.date == timezone.localdate()
    assert QueryStat.objects.get(query="qxzvjkw").result_count == 0
    assert {field.name for field in QueryStat._meta.fields} == {
        "id",
        "date",
        "language",
        "query",
        "searches",
        "result_count",
    }


def test_search_promotions_pin_offers(searcher, german):
    offer = OfferPage.objects.get(title="Datenschutz-Check für Vereine", locale=german)
    SearchPromotion.objects.create(query=Query.get("Vereinsrecht"), page=offer, description="Für Vereine")
    response = searcher.get("de", q="Vereinsrecht")
    assert response.context["search"].promotions[0][1].pk == offer.pk
    assert "Empfehlungen der Redaktion" in response.content.decode()
    offer.unpublish()
    assert searcher.get("de", q="Vereinsrecht").context["search"].promotions == []


def test_suggestions(searcher, client):
    titles = searcher.suggestions("de", q="Pyth")
    assert titles == ["Python für Einsteigerinnen und Einsteiger"]
    assert "Volkshochschule Leipzig" in searcher.suggestions("de", q="Volkshoch")
    assert "Wirtschaft" in searcher.suggestions("de", q="wirt")
    assert searcher.suggestions("en", q="Pyth") == ["Python for beginners"]
    assert searcher.suggestions("de", q="P") == []
    response = client.get(search_url("de", "search_suggest"), {"q": "Daten"})
    assert response["Content-Type"] == "application/json"
    assert len(response.json()["suggestions"]) <= 8
    assert all(item["url"].startswith("/de/") for item in response.json()["suggestions"])


def test_combobox_markup_for_the_script(searcher):
    html = searcher.get("de").content.decode()
    assert 'data-suggest-url="/de/' in html
    assert 'role="listbox"' in html
    assert 'aria-live="polite"' in html


def test_paragraphs_do_not_run_together_in_excerpts():
    from search.indexing import plain

    assert plain("<p>erkennen.</p><p>Genauso</p>") == "erkennen. Genauso"
    assert plain("eins<br/>zwei<li>drei</li>") == "eins zwei drei"
