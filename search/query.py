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
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from arenas.models import ArenaPage
from core.visibility import mark_source_language, visible
from offers.finder import find
from offers.models import OfferDate, OfferPage, ProviderPage

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
        # The page shows the counts: reading them first also gives the ids (in one statement on PostgreSQL).
        self.finder.facets  # noqa: B018
        self.query = self.finder.query
        #: The query as typed, when the offers shown are those of the spelling suggestion instead.
        self.original_query = ""
        if self.query and not self.finder.count and request.GET.get(EXACT) != "1":
            self._correct()
        self.match = text_match(self.query, locale)
        self.page_obj = self.finder.page()

    def _correct(self):
        """List the offers of the spelling suggestion when the query as typed finds none („Pyhton“)."""
        suggestion = self.spelling_suggestion
        if not suggestion:
            return
        params = self.request.GET.copy()
        params["q"] = suggestion
        corrected = find(params, locale=self.locale)
        corrected.facets  # noqa: B018
        if corrected.count:
            self.original_query, self.query, self.finder = self.query, corrected.query, corrected
            self.__dict__.pop("spelling_suggestion")

    @property
    def original_query_string(self):
        """The link that searches for the query as typed, without correcting it."""
        return f"{self.finder.query_string(q=self.original_query)}&{EXACT}=1"

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
        """The query with each unknown word replaced by the closest word of a visible offer, or ''."""
        if not self.match_query_words or self.finder.count:
            return ""
        corrected = [closest_word(word, self.locale) for word in self.match_query_words]
        suggestion = " ".join(corrected)
        return suggestion if suggestion != " ".join(self.match_query_words) else ""

    @property
    def match_query_words(self):
        return text.words(self.query)[: text.MAX_WORDS]


#: Spelling suggestions need at least this trigram similarity („pyhton“/„python“: 0.27).
MIN_SIMILARITY = 0.25
#: The URL parameter that asks for the query as typed, without the spelling correction.
EXACT = "exact"


def offer_texts(locale):
    """Title and summary of the visible offers of ``locale``: the vocabulary of spelling suggestions."""
    return visible(OfferPage.objects).filter(locale=locale).values("title", "summary").order_by()


def closest_word(word, locale):
    """The word of a visible offer closest to ``word`` (``word`` itself when it occurs or nothing is close).

    PostgreSQL: the trigram similarity of pg_trgm over the offers' words (``to_tsvector('simple')``);
    elsewhere ``difflib``. Drafts, private and unpublished offers never contribute a word.
    """
    if len(word) < text.MIN_STEM:
        return word
    if not uses_postgres():
        vocabulary = {
            w
            for title, summary in offer_texts(locale).values_list("title", "summary")
            for w in text.words(f"{title} {summary}", limit=None)
        }
        if word in vocabulary:
            return word
        close = difflib.get_close_matches(word, [w for w in vocabulary if len(w) >= text.MIN_STEM], n=1, cutoff=0.75)
        return close[0] if close else word
    # The offers' query as Django compiled it (with parameters), inside a query over their words.
    try:
        sql, params = offer_texts(locale).query.sql_with_params()
    except EmptyResultSet:
        return word
    words_of_offers = (
        f"SELECT DISTINCT lexeme AS word FROM ({sql}) AS offer,"  # noqa: S608
        " unnest(to_tsvector('simple', offer.title || ' ' || coalesce(offer.summary, '')))"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT word FROM ({words_of_offers}) AS vocabulary"  # noqa: S608
            " WHERE length(word) >= %s AND similarity(word, %s) >= %s"
            " ORDER BY similarity(word, %s) DESC, word LIMIT 1",
            [*params, text.MIN_STEM, word, MIN_SIMILARITY, word],
        )
        row = cursor.fetchone()
    return row[0] if row else word


#: Candidates taken from the search backend's autocomplete before the visibility rule and the order by kind.
SUGGESTION_CANDIDATES = 40
#: Arenas first, then providers, then offers.
SUGGESTION_KINDS = ((ArenaPage, KIND_ARENA), (ProviderPage, KIND_PROVIDER), (OfferPage, KIND_OFFER))


def suggestions(request, locale, raw_query):
    """Up to SUGGESTIONS titles of visible arenas, providers and upcoming offers for what was typed so far.

    Matched by the search backend's autocomplete over the page titles (``AutocompleteField``):
    every word, the last one as a prefix. The visibility rule then applies to the candidates.
    """
    query = text.clean_query(raw_query)
    # Words only: quotes and operators would be syntax to the backend's query parser (SQLite FTS5).
    words = text.words(query)[: text.MAX_WORDS]
    if len(query) < 2 or not words:
        return []
    models = [model for model, _kind in SUGGESTION_KINDS]
    candidates = Page.objects.live().filter(
        locale=locale, content_type__in=ContentType.objects.get_for_models(*models).values()
    )
    ranked = [
        page.pk for page in get_search_backend().autocomplete(" ".join(words), candidates)[:SUGGESTION_CANDIDATES]
    ]
    if not ranked:
        return []
    now = timezone.now()
    upcoming = OfferDate.objects.filter(page=OuterRef("pk"), end__gte=now)
    found = []
    for model, kind in SUGGESTION_KINDS:
        pages = visible(model.objects).filter(pk__in=ranked)
        if model is OfferPage:
            pages = pages.filter(Exists(upcoming))
        found += [(kind, page) for page in pages.only("pk", "title", "path", "depth", "url_path", "locale_id")]
    position = {pk: index for index, pk in enumerate(ranked)}
    order = {kind: index for index, (_model, kind) in enumerate(SUGGESTION_KINDS)}
    found.sort(key=lambda item: (order[item[0]], position[item[1].pk]))
    kinds = dict(KINDS)
    return [
        {"title": page.title, "url": page.get_url(request), "kind": kind, "kind_label": str(kinds[kind])}
        for kind, page in found[:SUGGESTIONS]
    ]
