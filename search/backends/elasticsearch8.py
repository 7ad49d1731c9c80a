"""Wagtail's Elasticsearch 8 backend with German and English analysis.

Wagtail analyses every text field with one analyzer (wagtail#1177). Here each
text field gets two sub-fields, ``<field>.de`` (German stemming) and
``<field>.en`` (English stemming), and a query is run against the sub-fields of
the active language, which on the site is the language of the pages searched.
Synonyms are expanded by the search app before the query reaches Elasticsearch
(``search.text.concepts``), so editors' changes apply without re-indexing.
"""

import copy

from django.utils.translation import get_language
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

LANGUAGE_ANALYZERS = {"de": "campus_german", "en": "campus_english"}

ANALYSIS_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "campus_german_stop": {"type": "stop", "stopwords": "_german_"},
                "campus_german_stemmer": {"type": "stemmer", "language": "light_german"},
                "campus_english_stop": {"type": "stop", "stopwords": "_english_"},
                "campus_english_stemmer": {"type": "stemmer", "language": "english"},
                "campus_english_possessive": {"type": "stemmer", "language": "possessive_english"},
            },
            "analyzer": {
                "campus_german": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "campus_german_stop",
                        "german_normalization",
                        "campus_german_stemmer",
                    ],
                },
                "campus_english": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "campus_english_possessive",
                        "lowercase",
                        "campus_english_stop",
                        "campus_english_stemmer",
                    ],
                },
            },
        }
    }
}


def language_subfields():
    return {code: {"type": "text", "analyzer": analyzer} for code, analyzer in LANGUAGE_ANALYZERS.items()}


def active_language():
    code = (get_language() or "de")[:2]
    return code if code in LANGUAGE_ANALYZERS else None


class CampusElasticsearch8Mapping(Elasticsearch8Mapping):
    """Adds the ``.de``/``.en`` sub-fields to every analysed text field, including the ``_all_text`` fields."""

    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        if mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["fields"] = language_subfields()
        return name, mapping

    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field_mapping in mapping["properties"].items():
            if name.startswith("_all_text"):
                field_mapping["fields"] = language_subfields()
        return mapping


class LanguageFieldsMixin:
    """Query the sub-fields of the active language instead of the standard-analysed fields."""

    mapping_class = CampusElasticsearch8Mapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = active_language()
        if language is None:
            return remapped
        return [Field(f"{field.field_name}.{language}", field.boost) for field in remapped]


class CampusElasticsearch8SearchQueryCompiler(LanguageFieldsMixin, Elasticsearch8SearchQueryCompiler):
    pass


class CampusElasticsearch8Index(Elasticsearch8Index):
    pass


class CampusElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    mapping_class = CampusElasticsearch8Mapping
    index_class = CampusElasticsearch8Index
    query_compiler_class = CampusElasticsearch8SearchQueryCompiler
    autocomplete_query_compiler_class = Elasticsearch8AutocompleteQueryCompiler
    results_class = Elasticsearch8SearchResults

    def __init__(self, params):
        super().__init__(params)
        # Our analysers first, then whatever INDEX_SETTINGS adds on top.
        self.settings = deep_update(copy.deepcopy(ANALYSIS_SETTINGS), self.settings)


SearchBackend = CampusElasticsearch8SearchBackend
