"""Elasticsearch: index settings, mappings and queries are checked without a server; the live tests run
only when ELASTICSEARCH_URL is set (and fail if it is set but unreachable)."""

import os

import pytest
from django.test import override_settings
from django.utils import translation

pytest.importorskip("elasticsearch")

from offers.models import OfferPage  # noqa: E402
from search.backends.elasticsearch8 import (  # noqa: E402
    CampusElasticsearch8Mapping,
    CampusElasticsearch8SearchBackend,
)
from search.query import ElasticsearchMatch  # noqa: E402

ES_URL = os.environ.get("ELASTICSEARCH_URL")
live = pytest.mark.skipif(not ES_URL, reason="ELASTICSEARCH_URL is not set")


def backend(**params):
    return CampusElasticsearch8SearchBackend(
        {"URLS": [ES_URL or "http://127.0.0.1:9200"], "INDEX": "campus-test", "TIMEOUT": 5, **params}
    )


def test_index_settings_have_german_and_english_analysers():
    analysis = backend().settings["settings"]["analysis"]
    german = analysis["analyzer"]["campus_german"]
    english = analysis["analyzer"]["campus_english"]
    assert "german_normalization" in german["filter"]
    assert analysis["filter"][german["filter"][-1]] == {"type": "stemmer", "language": "light_german"}
    assert analysis["filter"][english["filter"][-1]] == {"type": "stemmer", "language": "english"}
    # Wagtail's own analysers for autocomplete stay.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_index_settings_from_settings_are_merged_on_top():
    settings = backend(INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 1}}}).settings
    assert settings["settings"]["index"]["number_of_shards"] == 1
    assert "campus_german" in settings["settings"]["analysis"]["analyzer"]


def test_offer_mapping_has_language_subfields():
    properties = CampusElasticsearch8Mapping(OfferPage).get_mapping()["properties"]
    title = properties["title"]
    assert title["type"] == "text"
    assert title["fields"]["de"] == {"type": "text", "analyzer": "campus_german"}
    assert title["fields"]["en"] == {"type": "text", "analyzer": "campus_english"}
    for name, mapping in properties.items():
        if name.startswith("_all_text"):
            assert set(mapping["fields"]) == {"de", "en"}
    summary = properties["offers_offerpage__summary"]
    assert summary["fields"]["de"]["analyzer"] == "campus_german"
    assert "offers_offerpage__provider_name" in properties
    # Filter and autocomplete fields keep their own types and analysers.
    assert properties["offers_offerpage__mode_filter"]["type"] == "keyword"
    assert "fields" not in properties["title_edgengrams"]


@pytest.mark.parametrize(("language", "suffix"), [("de", ".de"), ("en", ".en")])
def test_queries_use_the_subfields_of_the_active_language(language, suffix):
    with translation.override(language):
        results = backend().search("Kurse", OfferPage.objects.all())
        query = results.query_compiler.get_query()
    fields = str(query)
    assert f"_all_text{suffix}" in fields
    assert f"_all_text{'.en' if suffix == '.de' else '.de'}" not in fields


def test_search_page_query_expands_synonyms_and_is_typo_tolerant(german):
    from modelsearch.query import And, Fuzzy, Or, Phrase

    query = ElasticsearchMatch("KI Workshops", german).es_query()
    assert isinstance(query, And)
    synonym, word = query.subqueries
    assert isinstance(synonym, Or)
    assert any(isinstance(sub, Phrase) and sub.query_string == "künstliche intelligenz" for sub in synonym.subqueries)
    assert any(isinstance(sub, Fuzzy) for sub in word.subqueries)
    assert isinstance(ElasticsearchMatch("KI Workshops", german).relaxed().es_query(), Or)


# Live tests ----------------------------------------------------------------

ES_SETTINGS = {
    "default": {
        "BACKEND": "search.backends.elasticsearch8",
        "URLS": [ES_URL or ""],
        "INDEX": "campus-test",
        "TIMEOUT": 10,
    }
}


@pytest.fixture
def live_index():
    es_backend = backend()
    assert es_backend.es.ping(), f"ELASTICSEARCH_URL={ES_URL} is set but Elasticsearch does not answer"
    with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
        from django.core.management import call_command

        call_command("update_index", verbosity=0)
        yield es_backend


@live
def test_live_german_and_english_stemming(live_index, searcher):
    with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
        assert "Algorithmen im Unterricht: Online-Kurs für Lehrkräfte" in searcher.titles("de", q="Kurse Lehrkraft")
        assert "Algorithms in the classroom: an online course for teachers" in searcher.titles(
            "en", q="courses teacher"
        )
        assert "KI-Grundlagen für die Verwaltung" in searcher.titles("de", q="Künstliche Intelligenz Verwaltung")


@live
def test_live_results_never_leak_other_languages(live_index, searcher):
    with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
        response = searcher.get("en", q="Leipzig")
        assert {hit.page.locale.language_code for hit in response.context["hits"]} == {"en"}
