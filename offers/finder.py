"""The offer finder: one module behind every list of offers.

The offer index, the arena pages, the provider pages and the search page list
offers through ``find()``; the API, the calendars and the feeds call it too, so
every channel shows the same offers for the same URL parameters.

Interface (stable; other apps build on it)::

    result = find(params, locale=locale, within=None, today=None)

``params``
    A ``QueryDict`` or a plain dict (values a string or a list of strings) of
    URL parameters: ``q arena format target area level language mode provider
    free past from to when district access open sort page``. Unknown values are
    dropped and reported in ``result.notices``; nothing raises.
``locale``
    The ``Locale`` whose offers are listed.
``within``
    Optional page limiting the scope (an arena page, a provider page, the offer
    index). It describes its own scope through ``offer_scope()`` (a ``Q`` on
    ``OfferPage``) and may name the parameters it fixes in
    ``finder_fixed_filters`` (an arena page fixes ``arena``); those are not
    offered as filters.
``today``
    The date ``when`` counts from; defaults to today in the site's time zone.
    Dates before it are past.

``FinderResult``
    ``.offers``: every matching visible offer, an unpaginated queryset in result
    order; ``.ids``: their ids in that order; ``.count``; ``.page(number)``: a Django paginator page whose offers are
    prepared for cards; ``.facets``: the filters with their options and counts
    (each count is the number of results after choosing that option);
    ``.active_filters``: the chosen filters, each with a link that removes it;
    ``.notices``: messages about ignored values; ``.query_string(**changes)``:
    the current parameters with some changed (``None`` removes one);
    ``.past_count``: how many past offers match when only upcoming ones are listed.

Visibility goes through ``core.visibility.visible``. Text matching uses
Wagtail's search backend (modelsearch) over ``OfferPage.search_fields``:
SQLite FTS5, PostgreSQL full text with trigram typo tolerance (``Fuzzy``), or
Elasticsearch; filters and counts run in the database on ``OfferPage`` itself.
"""

import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.apps import apps
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Fuzzy, Or, Phrase, PlainText

from core.arenas import ARENA_CHOICES
from core.visibility import visible

from . import listing_facts
from .choices import LANGUAGES, LEVELS, MODES
from .districts import DISTRICT_CHOICES

PER_PAGE = 12
#: The text match keeps the best this many offers; nobody pages further through a text search.
MAX_TEXT_HITS = 1000
MAX_QUERY_LENGTH = 200
MAX_VALUES = 50
#: Query words this long are also found inside longer words (compounds); shorter ones only as words.
MIN_INFIX = 4
#: The plain-text columns of the database search backend's index, title first, per database.
INFIX_FIELDS = {"postgresql": ("title_text", "body_text"), "sqlite": ("title", "body")}


class EntryText(Func):
    """Title and body of an offer's search index entry as one text (PostgreSQL).

    Written exactly as the trigram index of migration offers 0011 is built, so that one index scan
    finds the entries in which every word occurs, instead of reading each entry's title and body.
    """

    template = "(%(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = TextField()

    def __init__(self):
        super().__init__(*(F(f"index_entries__{name}") for name in INFIX_FIELDS["postgresql"]))


#: A condition: the stored JSON array of texts ``{column}`` holds the parameter, per database.
CONTAINS = {
    "postgresql": "{column} ? %s",
    "sqlite": "EXISTS (SELECT 1 FROM json_each({column}) WHERE value = %s)",
}

SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORTS = [(SORT_RELEVANCE, _("Relevanz")), (SORT_DATE, _("Nächster Termin"))]

WHEN = [
    ("today", _("Heute")),
    ("week", _("Diese Woche")),
    ("weekend", _("Am Wochenende")),
    ("month", _("Diesen Monat")),
]
ACCESS = [
    ("step_free", _("Stufenloser Zugang")),
    ("toilet", _("Barrierefreies WC")),
    ("hearing_loop", _("Induktive Höranlage")),
]
ACCESS_FIELDS = {"step_free": "step_free", "toilet": "accessible_toilet", "hearing_loop": "hearing_loop"}

#: Every URL parameter, in the order links write them.
PARAMETERS = (
    "q",
    "arena",
    "format",
    "target",
    "area",
    "level",
    "language",
    "mode",
    "provider",
    "district",
    "access",
    "free",
    "open",
    "when",
    "from",
    "to",
    "past",
    "sort",
    "page",
)

#: Wagtail hook through which an app contributes synonym groups (lists of phrases) to the text match.
SYNONYM_HOOK = "offer_finder_synonyms"

_WORD = re.compile(r"\w+", re.UNICODE)


def _model(name):
    """An offers model by name.

    The page models import this module to list their offers, so the finder
    reaches them through the app registry instead of importing them back.
    """
    return apps.get_model("offers", name)


# Text ------------------------------------------------------------------------------------------


def clean_query(raw):
    """The query as shown: printable, single-spaced, at most MAX_QUERY_LENGTH characters."""
    raw = "".join(char if char.isprintable() else " " for char in str(raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(raw.split())[:MAX_QUERY_LENGTH]


def words(text):
    """The query's first ten distinct words: a word typed twice asks nothing new, only costs more."""
    return list(dict.fromkeys(word for word in _WORD.findall(text.lower()) if word.strip("_")))[:10]


#: Endings that inflection adds, per language; a word is looked up with each stripped and each added.
INFLECTIONS = {
    "de": ("en", "er", "es", "em", "e", "n", "s"),
    "en": ("ing", "es", "ed", "s"),
}


def word_variants(word, language):
    """Inflected forms of ``word`` to look up besides itself, so that singular and plural find each other.

    SQLite's full-text index does not stem at all, and PostgreSQL's German
    Snowball stemmer turns „Kurs“ into ``kur`` but „Kurse“ into ``kurs``;
    asking for a handful of forms at once bridges both.
    """
    endings = INFLECTIONS.get(language[:2], ())
    if len(word) < 4 or not endings:
        return [word]
    stems = [word] + [word[: -len(end)] for end in endings if word.endswith(end) and len(word) - len(end) >= 4]
    if language.startswith("en") and word.endswith("ies"):
        stems.append(word[:-3] + "y")
    variants = [*stems, *(stem + end for stem in stems for end in endings)]
    return list(dict.fromkeys(variants))


def synonym_groups():
    groups = []
    for hook in hooks.get_hooks(SYNONYM_HOOK):
        groups.extend(hook())
    return groups


def concepts(query):
    """The query split into concepts, each a list of alternative phrases (synonyms), each a list of words."""
    tokens = words(query)
    phrases = []
    for group in synonym_groups():
        alternatives = [words(phrase) for phrase in group if words(phrase)]
        phrases.extend((alternative, alternatives) for alternative in alternatives)
    phrases.sort(key=lambda item: -len(item[0]))
    result, position = [], 0
    while position < len(tokens):
        for phrase, alternatives in phrases:
            if tokens[position : position + len(phrase)] == phrase:
                result.append(alternatives)
                position += len(phrase)
                break
        else:
            result.append([[tokens[position]]])
            position += 1
    return result


class TextMatch:
    """The full-text part of a finder query, run by Wagtail's search backend.

    Every concept must match (``And``); a concept matches through any of its
    synonyms and inflected forms (``Or``). When nothing has every concept, the
    backend's typo-tolerant ``Fuzzy`` query runs where it is supported
    (PostgreSQL's pg_trgm, Elasticsearch), then any concept (``Or``).
    """

    def __init__(self, query, locale):
        self.query = query
        self.locale = locale
        self.language = locale.language_code
        self.concepts = concepts(query)
        self.fuzzy = False
        self.partial = False

    def __bool__(self):
        return bool(self.concepts)

    def _expression(self, all_concepts=True):
        parts = []
        for concept in self.concepts:
            alternatives = []
            for phrase in concept:
                if len(phrase) > 1:
                    alternatives.append(Phrase(" ".join(phrase)))
                else:
                    alternatives.extend(PlainText(v) for v in word_variants(phrase[0], self.language))
            parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
        if len(parts) == 1:
            return parts[0]
        return And(parts) if all_concepts else Or(parts)

    def _offers(self):
        return _model("OfferPage").objects.filter(locale=self.locale, live=True)

    def _run(self, expression):
        backend = get_search_backend()
        offers = self._offers().only("pk")
        return [offer.pk for offer in backend.search(expression, offers, order_by_relevance=True)[:MAX_TEXT_HITS]]

    def _word_inside(self, word, fields):
        """Offers whose stored search text has ``word`` inside a longer word („kurs“ in „Zertifikatskurs“).

        Words of four letters or more are matched anywhere (``LIKE '%kurs%'``, which the trigram
        index of migration offers 0011 serves on PostgreSQL); shorter ones as whole words only.
        ``fields`` are lookups on the offers: the index entry's columns, or on PostgreSQL the
        ``entry_text`` annotation (``EntryText``).
        """
        condition = Q()
        for name in fields:
            if len(word) >= MIN_INFIX:
                condition |= Q(**{f"{name}__icontains": word})
            else:
                boundary = r"\m{}\M" if connection.vendor == "postgresql" else r"\b{}\b"
                condition |= Q(**{f"{name}__iregex": boundary.format(re.escape(word))})
        return condition

    def _compounds(self, found):
        """Offers in which every concept occurs inside a word, that the full-text match missed.

        Full-text search matches whole words (stemmed on PostgreSQL), so „Kurs“ does not find
        „Zertifikatskurs“. This finds them, after the full-text hits, titles first.
        """
        if connection.vendor not in INFIX_FIELDS or not self.uses_database_backend():
            return []
        offers = self._offers()
        if connection.vendor == "postgresql":
            # A word inside title or body is a word inside both joined by a space: one indexed text.
            offers, fields = offers.annotate(entry_text=EntryText()), ["entry_text"]
        else:
            fields = [f"index_entries__{name}" for name in INFIX_FIELDS[connection.vendor]]
        condition = Q()
        for concept in self.concepts:
            alternatives = Q(pk__in=[])
            for phrase in concept:
                every_word = Q()
                for word in phrase:
                    every_word &= self._word_inside(word, fields)
                alternatives |= every_word
            condition &= alternatives
        first_word = self.concepts[0][0][0]
        title_first = Case(When(title__icontains=first_word, then=Value(0)), default=Value(1))
        offers = offers.filter(condition).exclude(pk__in=found).annotate(title_first=title_first)
        limit = MAX_TEXT_HITS - len(found)
        return list(offers.order_by("title_first", "title", "pk").values_list("pk", flat=True)[:limit])

    @cached_property
    def ids(self):
        """Ids of the matching offers of the locale (live or not yet checked for visibility), best first."""
        ids = self._run(self._expression())
        if len(ids) < MAX_TEXT_HITS:
            ids += self._compounds(ids)
        if not ids and self.supports_fuzzy():
            ids = self._run(Fuzzy(" ".join(word for concept in self.concepts for word in concept[0])))
            self.fuzzy = bool(ids)
        if not ids and len(self.concepts) > 1:
            ids = self._run(self._expression(all_concepts=False))
            self.partial = bool(ids)
        return ids

    @staticmethod
    def uses_database_backend():
        return "elasticsearch" not in type(get_search_backend()).__module__

    @staticmethod
    def supports_fuzzy():
        backend = type(get_search_backend()).__module__
        return connection.vendor == "postgresql" or "elasticsearch" in backend

    def rank(self):
        """An expression ordering offers as the backend ranked them."""
        whens = [When(pk=pk, then=Value(position)) for position, pk in enumerate(self.ids)]
        if not whens:
            return Value(0, output_field=IntegerField())
        return Case(*whens, default=Value(len(whens)), output_field=IntegerField())


# Values and filters ----------------------------------------------------------------------------


def midnight(day):
    """The start of ``day`` in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def getlist(params, name):
    if hasattr(params, "getlist"):
        values = params.getlist(name)
    else:
        value = params.get(name, [])
        values = value if isinstance(value, list | tuple) else [value]
    return [str(value) for value in values[:MAX_VALUES] if value not in (None, "")]


#: The many-to-many facets: URL parameter -> the offer's field storing its values (``listing_facts.FACETS``).
RELATIONS = {"arena": "facet_arenas", "target": "facet_target_groups", "area": "facet_competence_areas"}


def linked_q(name, values):
    """Offers linked to any of ``values`` (keys or slugs) of the many-to-many facet ``name`` (``RELATIONS``)."""
    stored = RELATIONS[name]
    if connection.vendor == "postgresql":
        # The values stored on the offer (``listing_facts``): ``?|`` is served by their GIN index.
        return Q(**{f"{stored}__has_any_keys": values})
    # SQLite: through the link table (no duplicate rows).
    relation, value = listing_facts.FACETS[stored]
    field = _model("OfferPage")._meta.get_field(relation)
    links = field.remote_field.through.objects.filter(
        **{field.m2m_field_name(): OuterRef("pk"), f"{field.m2m_reverse_field_name()}__{value}__in": values}
    )
    return Q(Exists(links))


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    """One filter: its parameter, label and options with counts.

    ``kind`` says how the template shows it: ``multiple`` (check boxes, choices
    within a facet widen), ``flags`` (check boxes, each narrows), ``single``
    (radio buttons).
    """

    name: str
    label: str
    kind: str
    options: list = field(default_factory=list)

    @property
    def any_selected(self):
        return any(option.selected for option in self.options)

    @property
    def shown_options(self):
        """Options with results, and every selected option (so it can be unticked)."""
        return [option for option in self.options if option.count or option.selected]


@dataclass
class ActiveFilter:
    name: str
    value: str
    label: str
    remove_query: str


# The finder ------------------------------------------------------------------------------------


class FinderResult:
    """The parsed parameters, the matching offers, the counts and the links of one finder query."""

    sorts = SORTS
    multiple_facets = ("arena", "format", "target", "area", "level", "language", "mode", "provider", "district")

    def __init__(self, params, *, locale, within=None, today=None):
        self.locale = locale
        self.within = within
        self.now = timezone.now()
        self.today = today or timezone.localdate()
        self.notices = []
        self.fixed = set(getattr(within, "finder_fixed_filters", ()))
        self.options = self._options()
        self.values = self._parse(params)
        self.match = TextMatch(self.values["q"][0], locale) if self.values["q"] else None

    # Parsing -------------------------------------------------------------------------------------

    def _options(self):
        providers = visible(_model("ProviderPage").objects).filter(locale=self.locale).order_by("title")
        self.providers = {p.slug: p for p in providers.only("pk", "slug", "title", "path", "depth")}
        return {
            "arena": (_("Arena"), list(ARENA_CHOICES)),
            "format": (_("Format"), _model("Format").choices_for(self.locale)),
            "target": (_("Zielgruppe"), _model("TargetGroup").choices_for(self.locale)),
            "area": (_("Kompetenzbereich (DigComp)"), _model("CompetenceArea").choices_for(self.locale)),
            "level": (_("Niveau"), list(LEVELS)),
            "language": (_("Unterrichtssprache"), list(LANGUAGES)),
            "mode": (_("Durchführung"), list(MODES)),
            "provider": (_("Anbieter"), [(slug, p.title) for slug, p in self.providers.items()]),
            "district": (_("Ortsteil"), list(DISTRICT_CHOICES)),
            "access": (_("Barrierefreiheit"), list(ACCESS)),
            "when": (_("Wann"), list(WHEN)),
            "sort": (_("Sortierung"), list(SORTS)),
        }

    def _ignore(self, name, value):
        label = self.options[name][0] if name in self.options else name
        self.notices.append(
            gettext("Der Wert „%(value)s“ für „%(name)s“ ist unbekannt und wurde ignoriert.")
            % {"value": value[:40], "name": label}
        )

    def _parse(self, params):
        values = {name: [] for name in PARAMETERS}
        query = clean_query((getlist(params, "q") or [""])[0])
        if query:
            values["q"] = [query]
        for name, (_label, options) in self.options.items():
            valid = {str(value) for value, _label in options}
            for value in getlist(params, name):
                if value in valid and value not in values[name]:
                    values[name].append(value)
                else:
                    self._ignore(name, value)
        for name in ("when", "sort"):
            values[name] = values[name][:1]
        for name in self.fixed:
            values[name] = []
        for name in ("free", "open", "past"):
            raw = getlist(params, name)
            if raw and raw[0] in ("1", "on", "true"):
                values[name] = ["1"]
            elif raw:
                self._ignore(name, raw[0])
        for name in ("from", "to"):
            raw = getlist(params, name)
            if raw:
                try:
                    values[name] = [datetime.date.fromisoformat(raw[0][:10]).isoformat()]
                except ValueError:
                    self._ignore(name, raw[0])
        page = getlist(params, "page")
        if page and page[0] != "1":
            values["page"] = [page[0][:10]]
        return values

    def flag(self, name):
        return bool(self.values[name])

    @property
    def query(self):
        return self.values["q"][0] if self.values["q"] else ""

    @property
    def sort(self):
        if self.values["sort"]:
            return self.values["sort"][0]
        return SORT_RELEVANCE if self.match else SORT_DATE

    # Conditions ----------------------------------------------------------------------------------

    def _date_window(self, when):
        today = self.today
        if when == "today":
            return today, today
        if when == "week":
            return today, today + datetime.timedelta(days=6 - today.weekday())
        if when == "weekend":
            saturday = today + datetime.timedelta(days=max(0, 5 - today.weekday()))
            return saturday, today + datetime.timedelta(days=6 - today.weekday())
        if when == "month":
            next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            return today, next_month - datetime.timedelta(days=1)
        return None, None

    def _window(self, when):
        """The dates asked for: the ``when`` window, narrowed by ``from`` and ``to``."""
        start, end = self._date_window(when)
        if self.values["from"]:
            start = max(filter(None, [start, datetime.date.fromisoformat(self.values["from"][0])]))
        if self.values["to"]:
            end = min(filter(None, [end, datetime.date.fromisoformat(self.values["to"][0])]))
        return start, end

    def _date_in_window_q(self, start, end, include_past):
        """A condition on ``OfferDate``: in the window, and still to come unless past ones count."""
        q = Q()
        if not include_past:
            q &= Q(end__gte=self.now)
        # Local midnights rather than ``__date`` lookups: a comparison of the stored times that the
        # index on (end, start) serves, instead of a time-zone conversion of every date.
        if start:
            q &= Q(end__gte=midnight(start))
        if end:
            q &= Q(start__lt=midnight(end + datetime.timedelta(days=1)))
        return q

    def _dates_q(self, start, end, include_past):
        """Offers with a date in the window (any window: with a date still to come, unless past ones count)."""
        if not start and not end:
            # Whether an offer has a date to come is stored on its row (``listing_facts``).
            return Q() if include_past else listing_facts.upcoming_q(self.now)
        window = self._date_in_window_q(start, end, include_past)
        return Q(Exists(_model("OfferDate").objects.filter(window, page=OuterRef("pk"))))

    def _deadline_q(self):
        return Q(registration_deadline__isnull=True) | Q(registration_deadline__gte=self.now)

    def _open_q(self):
        return self._dates_q(None, None, False) & self._deadline_q()

    def _facet_q(self, name, values):
        if name in self.relations:
            return linked_q(name, values)
        if name == "format":
            return Q(format__slug__in=values)
        if name == "provider":
            q = Q(pk__in=[])
            for slug in values:
                q |= Q(path__startswith=self.providers[slug].path, depth=self.providers[slug].depth + 1)
            return q
        if name == "district":
            return Q(venue_district__in=values)
        return Q(**{f"{name}__in": values})

    def _access_q(self, value):
        return Q(**{ACCESS_FIELDS[value]: True})

    def conditions(self, without=(), past=None):
        """The ``Q`` of every chosen filter except those named in ``without``."""
        values = self.values
        include_past = self.flag("past") if past is None else past
        q = Q()
        for name in self.multiple_facets:
            if values[name] and name not in without:
                q &= self._facet_q(name, values[name])
        if "access" not in without:
            for value in values["access"]:
                q &= self._access_q(value)
        if self.flag("free") and "free" not in without:
            q &= Q(is_free=True)
        if self.flag("open") and "open" not in without:
            q &= self._open_q()
        start = end = None
        if "when" not in without:
            start, end = self._window(values["when"][0] if values["when"] else None)
        q &= self._dates_q(start, end, include_past)
        return q

    @cached_property
    def scope(self):
        """Visible offers of the locale within the page's scope that match the text."""
        offers = visible(_model("OfferPage").objects).filter(locale=self.locale)
        if self.within is not None:
            offers = offers.filter(self.within.offer_scope())
        if self.match:
            offers = offers.filter(pk__in=self.match.ids)
        return offers

    # Results -------------------------------------------------------------------------------------

    @cached_property
    def offers(self):
        offers = self.scope.filter(self.conditions()).select_related("format")
        offers = offers.annotate(next_start=listing_facts.next_start(self.now))
        if self.sort == SORT_RELEVANCE and self.match:
            return offers.annotate(rank=self.match.rank()).order_by("rank", "title", "pk")
        if self.flag("past"):
            return offers.order_by(F("next_start").asc(nulls_last=True), F("dates_last_end").desc(), "title", "pk")
        return offers.order_by("next_start", "title", "pk")

    @cached_property
    def ids(self):
        """The ids of every matching offer, in result order: the count and the pages are read from them."""
        if self.sort == SORT_RELEVANCE and self.match:
            # The backend's ranking is the order already: keep the ranked ids that pass the filters,
            # rather than ordering in the database by a CASE with a branch per text match.
            matching = set(self.scope.filter(self.conditions()).order_by().values_list("pk", flat=True))
            return [pk for pk in dict.fromkeys(self.match.ids) if pk in matching]
        return list(self.offers.values_list("pk", flat=True))

    @cached_property
    def count(self):
        return len(self.ids)

    def page(self, number=None):
        """One page of offers, prepared for cards; a number out of range gives the nearest page."""
        # The order is found on the ids alone (which also give the count), then the page's twelve
        # offers are read whole: sorting thousands of full rows to keep twelve cost far more.
        paginator = Paginator(RankedIds(self), PER_PAGE)
        page = paginator.get_page(number if number is not None else (self.values["page"] or ["1"])[0])
        ids = list(page.object_list)
        # The ids passed every filter and the visibility rule just now; the twelve rows are read by key.
        cards = _model("OfferPage").objects.filter(pk__in=ids).select_related("format", "image")
        offers = {offer.pk: offer for offer in cards} if ids else {}
        page.object_list = _model("OfferPage").prepare_for_listing([offers[pk] for pk in ids if pk in offers])
        page.page_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
        return page

    @cached_property
    def past_count(self):
        """Past offers matching everything else, when the list shows only upcoming ones and a text was asked."""
        if self.flag("past") or not self.match:
            return 0
        return self.scope.filter(self.conditions(past=True)).exclude(self._dates_q(None, None, False)).count()

    @property
    def past_query(self):
        """The link that includes past offers (for the „2 vergangene Angebote passen“ hint)."""
        return self.query_string(past="1")

    @property
    def fuzzy(self):
        """Whether the text matched only with typo tolerance."""
        return bool(self.match and self.match.ids and self.match.fuzzy)

    @property
    def partial(self):
        """Whether no offer had every word, so offers with some of them are listed."""
        return bool(self.match and self.match.ids and self.match.partial)

    # Counts --------------------------------------------------------------------------------------

    #: The column (or relation) each multiple-choice facet counts by.
    columns = {
        "arena": "arenas__key",
        "format": "format__slug",
        "target": "target_groups__slug",
        "area": "competence_areas__slug",
        "district": "venue_district",
    }
    #: The many-to-many facets: the relation and the field of the related model that is the value.
    relations = RELATIONS
    #: Single-valued facets with a handful of options: counted in the single pass rather than grouped.
    few_options = ("level", "language", "mode")

    def _group_counts(self, name):
        """Counts of one facet's options with the other filters applied (for a facet with a choice)."""
        offers = self.scope.filter(self.conditions(without=(name,))).order_by()
        if name == "provider":
            rows = offers.annotate(parent=self._parent_path()).values("parent").annotate(n=Count("pk"))
            return self._by_provider({row["parent"]: row["n"] for row in rows})
        column = self.columns.get(name, name)
        rows = offers.values(column).annotate(n=Count("pk", distinct=True))
        return {row[column]: row["n"] for row in rows}

    def _parent_path(self):
        return Substr("path", 1, Length("path") - _model("OfferPage").steplen)

    def _by_provider(self, counts_by_path):
        by_path = {p.path: slug for slug, p in self.providers.items()}
        return {by_path.get(path): n for path, n in counts_by_path.items()}

    def _flags(self):
        """The narrowing options (name, condition), and the ``when`` windows when none is chosen.

        A window has no condition here: ``_single_pass`` counts it from the window's dates.
        """
        flags = [("free", Q(is_free=True)), ("open", self._open_q())]
        flags += [(f"access:{value}", self._access_q(value)) for value, _label in ACCESS]
        if not self.values["when"]:
            flags += [(f"when:{value}", None) for value, _label in WHEN]
        return flags

    def _when_q(self, value):
        return self._dates_q(*self._window(value), self.flag("past"))

    def _counts(self):
        """Every count that applies the current filters unchanged, in one statement.

        The offers matching the current filters are selected once (a common table expression) with
        the value of each facet without a choice and each narrowing option; one ``GROUP BY`` per
        facet and one ``COUNT`` per option are read from it (``UNION ALL``); a ``when`` window counts
        those of them that have one of the window's dates. Whether an offer has a date to come and
        its next date are columns of its row (``listing_facts``). Facets with a choice count without
        their own choice and run separately (``_group_counts``).
        """
        offers = self.scope.filter(self.conditions()).order_by()
        grouped = [name for name in self.multiple_facets if name not in self.fixed and not self.values[name]]
        annotations = {"c_id": F("pk")}
        for name in grouped:
            if name == "provider":
                annotations["c_provider"] = self._parent_path()
            elif name in self.relations:
                annotations[f"c_{name}"] = F(self.relations[name])
            else:
                annotations[f"c_{name}"] = F(self.columns.get(name, name))
        flags = self._flags()
        for index, (name, condition) in enumerate(flags):
            if not name.startswith("when:"):
                annotations[f"c_flag{index}"] = ExpressionWrapper(condition, output_field=BooleanField())
        counts = {name: {} for name in grouped}
        counts.update({name: 0 for name, _condition in flags})
        # On PostgreSQL the same statement lists the matching ids in result order, so the offers are
        # selected once per request for the counts, the number of results and the page.
        order = self._order_in_counts() if "ids" not in self.__dict__ else None
        if order is not None:
            annotations.update(order[0])
        try:
            inner, params = offers.annotate(**annotations).values(*annotations).query.sql_with_params()
        except EmptyResultSet:  # no offer can match (a text nothing matched)
            inner = None
            if order is not None:
                self.__dict__["ids"] = []
        # Only names and columns from the models are written into the statement; values are parameters.
        parts = []
        offset = None
        if order is not None and self.sort == SORT_RELEVANCE and self.match:
            # At most MAX_TEXT_HITS ids, put in the text match's order afterwards.
            parts.append("SELECT 'ids', string_agg(CAST(c_id AS TEXT), ','), 0 FROM t")
        elif order is not None:
            # Only the requested page's ids, by a bounded sort: ordering every match to keep twelve
            # costs more than all the counts together (the count comes from the single pass).
            offset = (self._requested_page() - 1) * PER_PAGE
            parts.append(
                f"SELECT 'page', string_agg(CAST(c_id AS TEXT), ',' ORDER BY {order[1]}), 0"  # noqa: S608
                f" FROM (SELECT * FROM t ORDER BY {order[1]} LIMIT {PER_PAGE} OFFSET {int(offset)}) p"
            )
        for name in grouped:
            if name not in self.relations and name not in self.few_options:
                parts.append(f"SELECT '{name}', CAST(c_{name} AS TEXT), COUNT(*) FROM t GROUP BY c_{name}")  # noqa: S608
        # Every other option is counted by a condition, all of them in one pass over the offers.
        single = self._single_pass(grouped, flags)
        counted = " || ',' || ".join(
            f"CAST(COUNT(*) FILTER (WHERE {condition}) AS TEXT)" for *_, condition, _p in single
        )
        parts.append(f"SELECT 'single', {counted}, 0 FROM t")  # noqa: S608
        rows = []
        if inner is not None:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"WITH t AS ({inner}) " + " UNION ALL ".join(parts),
                    [*params, *(value for *_, values in single for value in values)],
                )
                rows = cursor.fetchall()
        for name, value, n in rows:
            if name == "page":
                self.__dict__["_page_ids"] = (offset, [int(pk) for pk in value.split(",")] if value else [])
            elif name == "single":
                for (option, option_value, _condition, _params), number in zip(single, value.split(","), strict=True):
                    if option_value is None:
                        counts[option] = int(number)
                    else:
                        counts[option][option_value] = int(number)
            elif name == "ids":
                ranked = [int(pk) for pk in value.split(",")] if value else []
                if self.sort == SORT_RELEVANCE and self.match:
                    matching = set(ranked)
                    ranked = [pk for pk in dict.fromkeys(self.match.ids) if pk in matching]
                self.__dict__["ids"] = ranked
            else:
                counts[name][value] = n
        if rows:
            # Every matching offer passes the single pass's ``TRUE``: the number of results.
            self.__dict__.setdefault("count", counts.pop("total"))
        counts.pop("total", None)
        if "provider" in counts:
            counts["provider"] = self._by_provider(counts["provider"])
        if self.values["when"]:
            without_when = self.scope.filter(self.conditions(without=("when",))).order_by()
            when_counts = without_when.aggregate(
                **{value: Count("pk", filter=self._when_q(value)) for value, _label in WHEN}
            )
            counts.update({f"when:{key}": value for key, value in when_counts.items()})
        return counts

    def _single_pass(self, grouped, flags):
        """The options counted by a condition in the counts statement: ``(name, value, SQL, params)`` each.

        Without a choice, the options of the many-to-many facets (by the values stored on the offer,
        ``listing_facts``) and of the facets with few options (``few_options``); the narrowing
        options (``c_flag`` columns) and the ``when`` windows (the offers among the window's dates,
        found through the index on end and start, instead of a look-up per offer). ``value`` is None
        for an option that is a facet of its own.
        """
        single = [("total", None, "TRUE", [])]
        for name in grouped:
            if name in self.few_options:
                single += [
                    (name, str(value), f"c_{name} = %s", [str(value)]) for value, _label in self.options[name][1]
                ]
            elif name in self.relations:
                contains = CONTAINS[connection.vendor].format(column=f"c_{name}")
                single += [(name, str(value), contains, [str(value)]) for value, _label in self.options[name][1]]
        for index, (name, _condition) in enumerate(flags):
            if name.startswith("when:"):
                window = self._date_in_window_q(*self._window(name.split(":")[1]), self.flag("past"))
                dates = _model("OfferDate").objects.filter(window).order_by().values("page_id")
                sql, sql_params = dates.query.sql_with_params()
                single.append((name, None, f"c_id IN ({sql})", list(sql_params)))
            else:
                single.append((name, None, f"c_flag{index}", []))
        return single

    def _requested_page(self):
        """The page number asked for, as ``Paginator.get_page`` reads it (not a whole number: 1)."""
        try:
            return max(int((self.values["page"] or ["1"])[0]), 1)
        except ValueError:
            return 1

    def _order_in_counts(self):
        """The columns and the ``ORDER BY`` of the ids in the counts statement, or None where it cannot list them."""
        if connection.vendor != "postgresql":
            return None
        if self.sort == SORT_RELEVANCE and self.match:
            return {}, "c_id"  # ordered by the text match's ranking afterwards
        columns = {"c_next": listing_facts.next_start(self.now), "c_title": F("title")}
        if self.flag("past"):
            columns["c_last"] = F("dates_last_end")
            return columns, "c_next ASC NULLS LAST, c_last DESC, c_title, c_id"
        return columns, "c_next, c_title, c_id"

    @cached_property
    def facets(self):
        flags = self._counts()
        facets = []
        for name in self.multiple_facets:
            if name in self.fixed:
                continue
            label, options = self.options[name]
            counts = self._group_counts(name) if self.values[name] else flags[name]
            facet = Facet(name, label, "multiple")
            for value, option_label in options:
                facet.options.append(Option(value, option_label, counts.get(value, 0), value in self.values[name]))
            facets.append(facet)
        access = Facet("access", self.options["access"][0], "flags")
        for value, label in ACCESS:
            access.options.append(Option(value, label, flags[f"access:{value}"], value in self.values["access"]))
        facets.append(access)
        more = Facet("more", _("Kosten und Anmeldung"), "flags")
        more.options = [
            Option("free", _("Kostenfrei"), flags["free"], self.flag("free")),
            Option("open", _("Anmeldung noch möglich"), flags["open"], self.flag("open")),
        ]
        facets.append(more)
        when = Facet("when", self.options["when"][0], "single")
        for value, label in WHEN:
            when.options.append(Option(value, label, flags[f"when:{value}"], value in self.values["when"]))
        facets.append(when)
        return facets

    # Links ---------------------------------------------------------------------------------------

    def query_string(self, **changes):
        """The current parameters with ``changes`` applied (a value, a list, or None to remove); no page
        unless asked for. Defaults are left out, so equal lists have equal links."""
        values = {name: list(value) for name, value in self.values.items()}
        values["page"] = []
        for name, value in changes.items():
            name = name.rstrip("_")  # from_=..., open_=... where the name is a Python keyword or builtin
            if value is None:
                values[name] = []
            elif isinstance(value, list | tuple):
                values[name] = [str(item) for item in value]
            else:
                values[name] = [str(value)]
        items = [(name, value) for name in PARAMETERS for value in values.get(name, [])]
        return urlencode(items)

    def toggle_query(self, name, value):
        """The link that ticks or unticks one option."""
        current = self.values.get(name, [])
        if name in ("free", "open", "past"):
            return self.query_string(**{name: None if current else "1"})
        if name in ("when", "sort"):
            return self.query_string(**{name: None if value in current else value})
        chosen = [v for v in current if v != value] if value in current else [*current, value]
        return self.query_string(**{name: chosen})

    @cached_property
    def active_filters(self):
        filters = []
        labels = {name: {str(v): str(lbl) for v, lbl in options} for name, (_l, options) in self.options.items()}
        for name in (*self.multiple_facets, "access", "when"):
            for value in self.values[name]:
                label = f"{self.options[name][0]}: {labels[name].get(value, value)}"
                filters.append(ActiveFilter(name, value, label, self.toggle_query(name, value)))
        flag_labels = {
            "free": _("Kostenfrei"),
            "open": _("Anmeldung noch möglich"),
            "past": _("Vergangene Angebote"),
        }
        for name, label in flag_labels.items():
            if self.flag(name):
                filters.append(ActiveFilter(name, "1", str(label), self.query_string(**{name: None})))
        for name, label in (("from", _("Ab")), ("to", _("Bis"))):
            for value in self.values[name]:
                filters.append(ActiveFilter(name, value, f"{label} {value}", self.query_string(**{name: None})))
        return filters


class RankedIds:
    """The ids of a result as its paginator reads them, without listing every one when it need not.

    The length is the number of results; the requested page's slice is the one the counts
    statement read (PostgreSQL: a bounded sort, ``_page_ids``); any other slice comes from the
    full list of ids (``FinderResult.ids``, one more query).
    """

    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result.count

    def __getitem__(self, key):
        read = self.result.__dict__.get("_page_ids")
        if read is not None and isinstance(key, slice) and key.start == read[0] and key.stop <= read[0] + PER_PAGE:
            return read[1][: key.stop - key.start]
        return self.result.ids[key]


def find(params, *, locale, within=None, today=None):
    """Offers of ``locale`` matching the URL parameters ``params``; see the module docstring."""
    return FinderResult(params, locale=locale, within=within, today=today)


def context_for(request, page):
    """Template context of a page that lists offers through the finder: the result and one page of it."""
    result = find(request.GET, locale=page.locale, within=page)
    # The page shows the counts: reading them first also gives the ids (in one statement on PostgreSQL).
    result.facets  # noqa: B018
    page_obj = result.page()
    return {"finder": result, "page_obj": page_obj, "offers": page_obj.object_list}
