"""The search page: offers through the offer finder, the other pages through the search app's index.

Offers are found, filtered, counted and paged by ``offers.finder`` (Wagtail's
search backend for the text). Arenas, providers, news and standard pages are
matched in the ``SearchEntry`` table: PostgreSQL full-text search with the
page language's configuration (``german``/``english``) on PostgreSQL,
substring matching of crudely stemmed words elsewhere (SQLite), Elasticsearch
when configured. Visibility (live, outside view restrictions, active locale)
is always applied at query time.
"""

import difflib
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from core.visibility import mark_source_language, visible
from offers.finder import find

from . import text
from .indexing import text_search_config, uses_postgres
from .models import KIND_ARENA, KIND_OFFER, KIND_PROVIDER, KINDS, SearchEntry, Synonym

PAGE_HITS = 5
SUGGESTIONS = 8
SYNONYMS_CACHE_KEY = "campus:search-synonyms"


# Synonyms -------------------------------------------------------------------


def synonym_groups():
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = [synonym.term_list() for synonym in Synonym.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, 60 * 60)
    return groups


def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def visible_entries(locale):
    """Entries of ``locale`` whose page is visible now (``core.visibility``, checked at query time).

    Only live pages have entries: publishing writes them, unpublishing and
    deleting remove them (search.indexing). Restrictions, expiry and the German
    source's state are checked by the visibility rule on every query.
    """
    return visible(SearchEntry.objects.filter(locale=locale))


# Matching -------------------------------------------------------------------


class TextMatch:
    """The full-text part of a search, on PostgreSQL or the substring fallback."""

    def __init__(self, query, locale, match_all=True):
        self.language = locale.language_code
        self.concepts = text.concepts(query, synonym_groups())
        self.match_all = match_all
        self.postgres = uses_postgres()

    def __bool__(self):
        return bool(self.concepts)

    def relaxed(self):
        match = type(self).__new__(type(self))
        match.__dict__.update(self.__dict__, match_all=False)
        match.__dict__.pop("search_query", None)
        return match

    @cached_property
    def pattern(self):
        return text.highlight_pattern(self.concepts, self.language)

    # PostgreSQL
    def _word_query(self, word):
        from django.contrib.postgres.search import SearchQuery

        config = text_search_config(self.language)
        query = None
        for variant in text.query_variants(word, self.language):
            variant_query = SearchQuery(variant, config=config, search_type="plain")
            query = variant_query if query is None else query | variant_query
        return query

    def _combine(self, parts, all_of):
        combined = parts[0]
        for part in parts[1:]:
            combined = (combined & part) if all_of else (combined | part)
        return combined

    @cached_property
    def search_query(self):
        concept_queries = []
        for concept in self.concepts:
            alternatives = [
                self._combine([self._word_query(word) for word in alternative], True)
                for alternative in concept.alternatives
            ]
            concept_queries.append(self._combine(alternatives, False))
        return self._combine(concept_queries, self.match_all)

    # SQLite and others
    def _word_q(self, word, column="text_plain"):
        if len(word) < text.MIN_STEM:
            # Short words ("ki", "it", "3d") match whole words only, not inside others.
            if column == "text_plain":
                return Q(text_plain__contains=f" {word} ")
            return Q(**{f"{column}__regex": rf"(^|\W){word}(\W|$)"})
        return Q(**{f"{column}__contains": text.crude_stem(word, self.language)})

    def _concept_q(self, concept, column="text_plain"):
        condition = Q(pk__in=[])
        for alternative in concept.alternatives:
            all_words = Q()
            for word in alternative:
                all_words &= self._word_q(word, column)
            condition |= all_words
        return condition

    def filter(self, entries):
        if self.postgres:
            return entries.filter(vector=self.search_query)
        conditions = [self._concept_q(concept) for concept in self.concepts]
        combined = conditions[0]
        for condition in conditions[1:]:
            combined = (combined & condition) if self.match_all else (combined | condition)
        return entries.filter(combined)

    def rank(self, entries):
        if self.postgres:
            from django.contrib.postgres.search import SearchRank

            # Weights of D, C, B, A: title far above summary, above body, above labels.
            return entries.annotate(rank=SearchRank(F("vector"), self.search_query, weights=[0.1, 0.2, 0.4, 1.0]))
        rank = Value(0)
        for concept in self.concepts:
            rank = rank + Case(
                When(self._concept_q(concept, "title_plain"), then=Value(4)),
                When(self._concept_q(concept), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        return entries.annotate(rank=rank)


class ElasticsearchMatch(TextMatch):
    """The text match run by Wagtail's Elasticsearch backend (see search.backends.elasticsearch8).

    Elasticsearch returns the best MAX_HITS pages of the locale with their
    scores; filtering, facets and visibility then run in the database as for
    the other backends.
    """

    MAX_HITS = 1000

    def __init__(self, query, locale, match_all=True):
        super().__init__(query, locale, match_all)
        self.postgres = False
        self.locale = locale

    def relaxed(self):
        match = super().relaxed()
        match.__dict__.pop("scores", None)
        return match

    def es_query(self):
        from modelsearch.query import And, Fuzzy, Or, Phrase, PlainText

        concept_queries = []
        for concept in self.concepts:
            alternatives = []
            for alternative in concept.alternatives:
                if len(alternative) > 1:
                    alternatives.append(Phrase(" ".join(alternative)))
                else:
                    # Fuzzy matching forgives a typo or two in longer words.
                    word = alternative[0]
                    alternatives.append(Or([PlainText(word), Fuzzy(word)]) if len(word) > 4 else PlainText(word))
            concept_queries.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if len(concept_queries) == 1:
            return concept_queries[0]
        return And(concept_queries) if self.match_all else Or(concept_queries)

    @cached_property
    def scores(self):
        from wagtail.search.backends import get_search_backend

        pages = Page.objects.filter(locale=self.locale).live()
        results = get_search_backend().search(self.es_query(), pages).annotate_score("_score")
        return {page.pk: page._score for page in results[: self.MAX_HITS]}

    def filter(self, entries):
        return entries.filter(page_id__in=list(self.scores))

    def rank(self, entries):
        from django.db.models import FloatField

        whens = [When(page_id=pk, then=Value(float(score or 0))) for pk, score in self.scores.items()]
        if not whens:
            return entries.annotate(rank=Value(0.0, output_field=FloatField()))
        return entries.annotate(rank=Case(*whens, default=Value(0.0), output_field=FloatField()))


def uses_elasticsearch():
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    return "elasticsearch" in backend


def text_match(query, locale):
    return (ElasticsearchMatch if uses_elasticsearch() else TextMatch)(query, locale)


# The search ----------------------------------------------------------------


@dataclass
class Hit:
    page: Page
    kind: str
    kind_label: str
    title: str
    excerpt: str
    url: str


class Search:
    """One search: offers through the offer finder, other pages through the search index.

    Offers (with every filter, count and page) come from ``offers.finder``, the
    same as on the offer index; arenas, providers, news and standard pages are
    matched in the ``SearchEntry`` index and shown beside them on the first page
    of an unfiltered search.
    """

    def __init__(self, request, locale):
        self.request = request
        self.locale = locale
        self.finder = find(request.GET, locale=locale)
        self.query = self.finder.query
        self.match = text_match(self.query, locale)
        self.page_obj = self.finder.page()

    @property
    def count(self):
        """The number of matching offers."""
        return self.finder.count

    @property
    def partial(self):
        return self.finder.partial

    @cached_property
    def hits(self):
        """The offers of the current page, with highlighted titles and excerpts."""
        pattern = self.match.pattern if self.match else None
        kind_label = dict(KINDS)[KIND_OFFER]
        return [
            Hit(
                page=offer,
                kind=KIND_OFFER,
                kind_label=kind_label,
                title=text.highlight(offer.title, pattern),
                excerpt=text.highlight(offer.summary, pattern),
                url=offer.get_url(self.request),
            )
            for offer in self.page_obj.object_list
        ]

    @cached_property
    def page_hits(self):
        """Up to PAGE_HITS other pages for the query, on the first page of a search without offer filters."""
        if not self.match or self.page_obj.number != 1 or self.finder.active_filters:
            return []
        entries = self.match.filter(visible_entries(self.locale).exclude(kind=KIND_OFFER))
        if not entries.exists() and len(self.match.concepts) > 1:
            self.match = self.match.relaxed()
            entries = self.match.filter(visible_entries(self.locale).exclude(kind=KIND_OFFER))
        entries = list(self.match.rank(entries).order_by("-rank", "title", "pk")[:PAGE_HITS])
        found = Page.objects.filter(pk__in=[entry.page_id for entry in entries], live=True).specific()
        pages = {page.pk: page for page in mark_source_language(found)}
        kinds = dict(KINDS)
        pattern = self.match.pattern
        return [
            Hit(
                page=pages[entry.page_id],
                kind=entry.kind,
                kind_label=kinds[entry.kind],
                title=text.highlight(entry.title, pattern),
                excerpt=text.excerpt(entry.summary, entry.body, pattern),
                url=pages[entry.page_id].get_url(self.request),
            )
            for entry in entries
            if entry.page_id in pages
        ]

    @cached_property
    def promotions(self):
        """Pages the editors pinned to this query (Wagtail's search promotions), visible ones only."""
        if not self.query or self.page_obj.number != 1:
            return []
        promoted = SearchPromotion.objects.filter(
            query__query_string=self.query.lower(),
            page__in=visible(Page.objects).filter(locale=self.locale),
        ).order_by("sort_order")
        return [(promotion, promotion.page.specific) for promotion in promoted.select_related("page")]

    @cached_property
    def spelling_suggestion(self):
        """A query with each unknown word replaced by the closest title word, or ''."""
        if not self.match or self.count:
            return ""
        titles = visible_entries(self.locale).values_list("title_plain", "summary")
        vocabulary = {word for title, summary in titles for word in text.words(f"{title} {summary}") if len(word) > 3}
        corrected, changed = [], False
        for word in text.words(self.query)[: text.MAX_WORDS]:
            if word in vocabulary or len(word) < 4:
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
            changed = changed or bool(close)
        return " ".join(corrected) if changed else ""


def suggestions(request, locale, raw_query):
    """Up to SUGGESTIONS titles of visible offers (upcoming), providers and arenas starting like the query."""
    query = text.clean_query(raw_query)
    tokens = text.words(query)[:5]
    if not tokens or len(query) < 2:
        return []
    condition = Q()
    for token in tokens:
        condition &= (
            Q(title_plain__startswith=token)
            | Q(title_plain__contains=f" {token}")
            | Q(title_plain__contains=f"-{token}")
        )
    entries = (
        visible_entries(locale)
        .filter(kind__in=[KIND_OFFER, KIND_PROVIDER, KIND_ARENA])
        .filter(condition)
        .filter(~Q(kind=KIND_OFFER) | Q(last_end__gte=timezone.now()))
        .annotate(
            kind_order=Case(
                When(kind=KIND_ARENA, then=Value(0)),
                When(kind=KIND_PROVIDER, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .select_related("page")
        .order_by("kind_order", "title")[:SUGGESTIONS]
    )
    kinds = dict(KINDS)
    return [
        {
            "title": entry.title,
            "url": entry.page.get_url(request),
            "kind": entry.kind,
            "kind_label": str(kinds[entry.kind]),
        }
        for entry in entries
    ]
