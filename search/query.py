"""The search itself: parse the request, match text, filter, count facets, build result pages.

Text matching runs on the ``SearchEntry`` table: PostgreSQL full-text search
with the page language's configuration (``german``/``english``) on PostgreSQL,
substring matching of crudely stemmed words elsewhere (SQLite). Filters run in
the ORM on ``OfferPage`` and are intersected with the text match. Visibility
(live, outside view restrictions, active locale) is always applied here, at
query time, against the page tree.
"""

import datetime
import difflib
import operator
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, reduce
from itertools import chain
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page as DjangoPage
from django.core.paginator import Paginator
from django.db.models import Case, Exists, F, IntegerField, Min, OuterRef, Q, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.arenas import ARENA_CHOICES
from core.visibility import mark_source_language, visible
from offers.models import CompetenceArea, Format, OfferDate, OfferPage, ProviderPage, TargetGroup
from offers.models.pages import LANGUAGES, LEVELS, MODES

from . import text
from .indexing import facet_token, text_search_config, uses_postgres
from .models import KIND_ARENA, KIND_OFFER, KIND_PROVIDER, KINDS, SearchEntry, Synonym

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORTS = [(SORT_RELEVANCE, _("Relevanz")), (SORT_DATE, _("Nächster Termin"))]
SYNONYMS_CACHE_KEY = "campus:search-synonyms"
ALL_FACETS = object()


# Synonyms -------------------------------------------------------------------


def synonym_groups():
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = [synonym.term_list() for synonym in Synonym.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, 60 * 60)
    return groups


def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


# Filters --------------------------------------------------------------------


@dataclass
class Facet:
    """One filter of the search page: its URL parameter, label, options and the counts over the results.

    Offers carry their filter values as tokens in ``SearchEntry.facets``
    (see ``search.indexing.offer_facets``); ``tokens`` maps an option to its token.
    """

    name: str
    label: str
    options: list  # [(value, label)]
    tokens: dict = field(default_factory=dict)  # value → token, when it is not "name:value"
    selected: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)

    def token(self, value):
        return self.tokens.get(value) or facet_token(self.name, value)

    def option_q(self, value):
        return Q(facets__contains=f" {self.token(value)} ")

    def condition(self, values):
        """Offers with any of ``values``: choices within one filter widen."""
        return reduce(operator.or_, [self.option_q(value) for value in values])

    @property
    def visible_options(self):
        """Options with results, and every selected option (so it can be unticked)."""
        return [
            {"value": value, "label": label, "count": self.counts.get(value, 0), "selected": value in self.selected}
            for value, label in self.options
            if self.counts.get(value, 0) or value in self.selected
        ]


def build_facets(locale):
    providers = list(visible(ProviderPage.objects).filter(locale=locale).order_by("title"))
    provider_facet = Facet(
        "provider",
        _("Anbieter"),
        [(p.slug, p.title) for p in providers],
        tokens={p.slug: facet_token("provider", p.pk) for p in providers},
    )
    return [
        Facet("arena", _("Arena"), list(ARENA_CHOICES)),
        Facet("format", _("Format"), Format.choices_for(locale)),
        Facet("target", _("Zielgruppe"), TargetGroup.choices_for(locale)),
        Facet("area", _("Kompetenzbereich (DigComp)"), CompetenceArea.choices_for(locale)),
        Facet("level", _("Niveau"), list(LEVELS)),
        Facet("language", _("Unterrichtssprache"), list(LANGUAGES)),
        Facet("mode", _("Durchführung"), list(MODES)),
        provider_facet,
    ]


# Parameters -----------------------------------------------------------------


def parse_date(value):
    try:
        return datetime.date.fromisoformat(text.clean_query(value)[:10])
    except ValueError:
        return None


@dataclass
class SearchParams:
    """Everything the search page reads from the URL, validated; unknown values are dropped."""

    query: str = ""
    selected: dict = field(default_factory=dict)  # facet name → list of valid values
    free: bool = False
    past: bool = False
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = SORT_RELEVANCE
    page: str = "1"
    ignored: list = field(default_factory=list)

    @classmethod
    def from_request(cls, data, facets):
        params = cls(query=text.clean_query(data.get("q", "")))
        for facet in facets:
            valid = {value for value, _label in facet.options}
            values = []
            for value in data.getlist(facet.name)[:50]:
                if value in valid and value not in values:
                    values.append(value)
                elif value:
                    params.ignored.append(facet.name)
            if values:
                params.selected[facet.name] = values
            facet.selected = values
        params.free = data.get("free") == "1"
        params.past = data.get("past") == "1"
        params.date_from = parse_date(data.get("from", ""))
        params.date_to = parse_date(data.get("to", ""))
        for name in ("from", "to"):
            if data.get(name) and getattr(params, f"date_{name}") is None:
                params.ignored.append(name)
        sort = data.get("sort", "")
        params.sort = sort if sort in dict(SORTS) else (SORT_RELEVANCE if params.query else SORT_DATE)
        params.page = data.get("page", "1")[:10]
        return params

    @property
    def narrows_offers(self):
        """Whether a filter is set that only offers have (then only offers are listed)."""
        return bool(self.selected or self.free or self.past or self.date_from or self.date_to)

    def url_items(self, without=None, page=None):
        items = []
        if self.query:
            items.append(("q", self.query))
        for name, values in self.selected.items():
            items.extend((name, value) for value in values if (name, value) != without and name != without)
        for name, flag in (("free", self.free), ("past", self.past)):
            if flag and without != name:
                items.append((name, "1"))
        for name, value in (("from", self.date_from), ("to", self.date_to)):
            if value and without != name:
                items.append((name, value.isoformat()))
        if self.sort != (SORT_RELEVANCE if self.query else SORT_DATE):
            items.append(("sort", self.sort))
        if page:
            items.append(("page", page))
        return items

    def querystring(self, **kwargs):
        return urlencode(self.url_items(**kwargs))


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
    """One search: parameters, matching offers and pages, facet counts, the result page."""

    def __init__(self, request, locale):
        self.request = request
        self.locale = locale
        self.now = timezone.now()
        self.facets = build_facets(locale)
        self.params = SearchParams.from_request(request.GET, self.facets)
        self.match = text_match(self.params.query, locale)
        self.partial = False
        if self.match and len(self.match.concepts) > 1 and not self.matching_entries().exists():
            # Nothing has every word: show what has some of them, best first.
            self.match = self.match.relaxed()
            self.partial = True

    # Querysets
    def visible_entries(self):
        return visible_entries(self.locale)

    def matching_entries(self):
        return self.match.filter(SearchEntry.objects.filter(locale=self.locale))

    def offer_condition(self, except_facet=None):
        """Which offers the parameters allow: upcoming (or past), free, dates, facets but ``except_facet``."""
        params = self.params
        condition = Q(kind=KIND_OFFER)
        if not params.past:
            condition &= Q(last_end__gte=self.now)
        if params.free:
            condition &= Q(facets__contains=" free ")
        if params.date_from or params.date_to:
            dates = OfferDate.objects.filter(page=OuterRef("page_id"))
            if not params.past:
                dates = dates.filter(end__gte=self.now)
            if params.date_from:
                dates = dates.filter(end__date__gte=params.date_from)
            if params.date_to:
                dates = dates.filter(start__date__lte=params.date_to)
            condition &= Q(Exists(dates))
        for facet in self.facets:
            values = params.selected.get(facet.name)
            if values and facet.name != except_facet and except_facet is not ALL_FACETS:
                condition &= facet.condition(values)
        return condition

    def candidate_entries(self):
        entries = self.visible_entries()
        return self.match.filter(entries) if self.match else entries

    def filtered_offers(self, except_facet=None):
        """Entries of the offers that match the text and every filter (but ``except_facet``)."""
        return self.candidate_entries().filter(self.offer_condition(except_facet))

    def result_entries(self):
        allowed = self.offer_condition()
        if self.match and not self.params.narrows_offers:
            allowed |= ~Q(kind=KIND_OFFER)
        entries = self.candidate_entries().filter(allowed)
        if self.match:
            entries = self.match.rank(entries)
        if self.params.sort == SORT_DATE or not self.match:
            entries = entries.annotate(next_start=self.next_start_subquery("page_id"))
            if self.params.past:
                return entries.order_by(
                    F("next_start").asc(nulls_last=True), F("last_end").desc(nulls_last=True), "title", "pk"
                )
            return entries.order_by(F("next_start").asc(nulls_last=True), "title", "pk")
        return entries.order_by("-rank", "title", "pk")

    def next_start_subquery(self, outer="pk"):
        return Subquery(
            OfferDate.objects.filter(page=OuterRef(outer), end__gte=self.now)
            .order_by()
            .values("page")
            .annotate(next=Min("start"))
            .values("next")[:1]
        )

    # Results
    @cached_property
    def paginator(self):
        return self.page_obj.paginator

    @cached_property
    def page_obj(self):
        """The requested page of results.

        Ranking reads only ids and ranks; the ten entries shown are loaded
        afterwards, which keeps the sort narrow when thousands of pages match.
        """
        ordered = self.result_entries()
        paginator = Paginator(ordered, RESULTS_PER_PAGE)
        paginator.__dict__["count"] = ordered.order_by().values("pk").count()
        number = paginator.get_page(self.params.page).number if paginator.count else 1
        offset = (number - 1) * RESULTS_PER_PAGE
        ids = list(ordered.values_list("page_id", flat=True)[offset : offset + RESULTS_PER_PAGE])
        entries = SearchEntry.objects.in_bulk(ids)
        return DjangoPage([entries[pk] for pk in ids if pk in entries], number, paginator)

    @property
    def count(self):
        return self.paginator.count

    @cached_property
    def hits(self):
        entries = {entry.page_id: entry for entry in self.page_obj.object_list}
        if not entries:
            return []
        ids = list(entries)
        offers = OfferPage.objects.filter(pk__in=ids, live=True).select_related("format", "locale")
        pages = {offer.pk: offer for offer in OfferPage.prepare_for_listing(offers)}
        others = [entry.page_id for entry in entries.values() if entry.kind != KIND_OFFER]
        pages.update(
            (page.pk, page) for page in mark_source_language(Page.objects.filter(pk__in=others, live=True).specific())
        )
        kinds = dict(KINDS)
        pattern = self.match.pattern if self.match else None
        hits = []
        for page_id in ids:
            page = pages.get(page_id)
            if page is None:
                continue
            entry = entries[page_id]
            kind = entry.kind
            hits.append(
                Hit(
                    page=page,
                    kind=kind,
                    kind_label=kinds[kind],
                    title=text.highlight(page.title, pattern),
                    excerpt=text.excerpt(entry.summary, entry.body, pattern),
                    url=page.get_url(self.request),
                )
            )
        return hits

    @cached_property
    def facet_counts(self):
        """Counts per facet option over the matching offers; each facet counts with every other filter applied.

        One query fetches the facet tokens of the offers that match the text and
        the non-facet filters; the counting runs in Python, which is much faster
        than one conditional count per option in SQL once thousands of offers match.
        """
        selected = {
            facet.name: {facet.token(value) for value in self.params.selected[facet.name]}
            for facet in self.facets
            if self.params.selected.get(facet.name)
        }
        option_tokens = {
            facet.name: {facet.token(value): value for value, _label in facet.options} for facet in self.facets
        }
        counts = {facet.name: dict.fromkeys(option_tokens[facet.name].values(), 0) for facet in self.facets}
        rows = self.candidate_entries().filter(self.offer_condition(except_facet=ALL_FACETS))
        token_lists = [facets.split() for facets in rows.values_list("facets", flat=True)]
        if not selected:
            # The common case: no facet chosen, so every offer counts everywhere.
            tally = Counter(chain.from_iterable(token_lists))
            for name, options in option_tokens.items():
                counts[name] = {value: tally[token] for token, value in options.items()}
            counts["free"] = tally["free"]
            return counts
        free = 0
        for token_list in token_lists:
            tokens = set(token_list)
            failing = [name for name, wanted in selected.items() if not tokens & wanted]
            if len(failing) > 1:
                continue
            if not failing:
                free += "free" in tokens
            for name in failing or option_tokens:
                options, facet_counts = option_tokens[name], counts[name]
                for token in tokens:
                    value = options.get(token)
                    if value is not None:
                        facet_counts[value] += 1
        counts["free"] = free
        return counts

    @cached_property
    def counted_facets(self):
        """The facets with counts over the current results; within a facet, choices widen."""
        counts = self.facet_counts
        for facet in self.facets:
            facet.counts = counts[facet.name]
        return [facet for facet in self.facets if facet.visible_options]

    @cached_property
    def free_count(self):
        return self.facet_counts["free"]

    @cached_property
    def promotions(self):
        """Pages the editors pinned to this query (Wagtail's search promotions), visible ones only."""
        if not self.params.query or self.page_obj.number != 1:
            return []
        from wagtail.contrib.search_promotions.models import SearchPromotion

        promoted = SearchPromotion.objects.filter(
            query__query_string=self.params.query.lower(),
            page__in=visible(Page.objects).filter(locale=self.locale),
        ).order_by("sort_order")
        return [(promotion, promotion.page.specific) for promotion in promoted.select_related("page")]

    @cached_property
    def spelling_suggestion(self):
        """A query with each unknown word replaced by the closest title word, or ''."""
        if not self.match or self.count:
            return ""
        titles = self.visible_entries().values_list("title_plain", "summary")
        vocabulary = {word for title, summary in titles for word in text.words(f"{title} {summary}") if len(word) > 3}
        corrected, changed = [], False
        for word in text.words(self.params.query)[: text.MAX_WORDS]:
            if word in vocabulary or len(word) < 4:
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            corrected.append(close[0] if close else word)
            changed = changed or bool(close)
        return " ".join(corrected) if changed else ""

    def removable_filters(self):
        """Links that drop one filter each, for the page shown when nothing matches."""
        links = []
        for facet in self.facets:
            labels = dict(facet.options)
            for value in self.params.selected.get(facet.name, []):
                links.append((f"{facet.label}: {labels[value]}", self.params.querystring(without=(facet.name, value))))
        params = self.params
        flags = [
            ("free", _("Kostenfrei"), params.free),
            ("past", _("Vergangene Angebote"), params.past),
            ("from", _("Ab Datum"), params.date_from),
            ("to", _("Bis Datum"), params.date_to),
        ]
        links.extend((label, params.querystring(without=name)) for name, label, value in flags if value)
        return links


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
