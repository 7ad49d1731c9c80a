"""The states and public paths of the visibility matrix (``test_matrix.py``).

Each state builds one German offer and one German news item with a unique
marker in their German text and slug, and an English version (translation or
alias) with another marker in its English text and slug. Each path fetches
what a visitor gets on one public channel and says whether a marker shows
there. More states, paths or languages are added by appending to ``STATES``,
``PATHS`` or ``LANGUAGES``.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page, PageViewRestriction

from arenas.models import Arena, ArenaPage
from news.models import NewsIndexPage, NewsPage
from offers.models import Format, OfferDate, OfferIndexPage, OfferPage, TargetGroup
from search.indexing import index_page
from tests.factories import make_provider

#: Languages whose public paths are requested: German, English and Leichte Sprache.
LANGUAGES = ["de", "en", "de-ls"]
#: The English-side languages: every language but the source.
TRANSLATED_LANGUAGES = [code for code in LANGUAGES if code != "de"]
VIEWERS = ["anonymous", "other_provider"]
ARENA = "bildung"


def marker(state, language):
    """A word found nowhere else: letters only, so every search backend keeps it whole."""
    return f"zq{state.replace('_', '')}{language.replace('-', '')}x"


# States ---------------------------------------------------------------------


@dataclass
class Built:
    """What one state built: page URLs per language and the markers that must stay hidden."""

    urls: dict = field(default_factory=dict)
    hidden: list = field(default_factory=list)
    shown: dict = field(default_factory=dict)


def _german_offer(provider, state, publish=True, **extra):
    now = timezone.now()
    code = marker(state, "de")
    offer = OfferPage(
        title=f"{code} Angebot",
        slug=f"{code}-angebot",
        summary=f"Kurzbeschreibung {code}.",
        description=f"<p>Beschreibung {code}.</p>",
        format=Format.objects.get(locale=provider.locale, slug="workshop"),
        mode="online",
        online_note="Link per E-Mail.",
        live=False,
        **extra,
    )
    offer.arenas = list(Arena.objects.filter(key=ARENA))
    offer.target_groups = list(TargetGroup.objects.filter(locale=provider.locale, slug="citizens"))
    # Running since long before any demo offer and not over yet: every short listing shows it first.
    offer.dates = [OfferDate(start=now - datetime.timedelta(days=40), end=now + datetime.timedelta(hours=3))]
    provider.add_child(instance=offer)
    revision = offer.save_revision()
    if publish:
        revision.publish()
    return OfferPage.objects.get(pk=offer.pk)


def _german_news(news_index, state, publish=True):
    code = marker(state, "de")
    news = NewsPage(
        title=f"{code} Nachricht",
        slug=f"{code}-nachricht",
        teaser=f"Anriss {code}.",
        date=timezone.localdate(),
        live=False,
    )
    news_index.add_child(instance=news)
    news.arenas = list(Arena.objects.filter(key=ARENA))
    revision = news.save_revision()
    if publish:
        revision.publish()
    return NewsPage.objects.get(pk=news.pk)


def _translate(page, language, state, publish=True):
    """A translation of ``page`` with its own English text and slug, published by default."""
    locale = Locale.objects.get(language_code=language)
    code = marker(state, language)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is not None:
        existing.delete()
    target = page.copy_for_translation(locale, copy_parents=False, alias=False)
    target = target.specific
    kind = "offer" if isinstance(target, OfferPage) else "news"
    target.title = f"{code} {kind}"
    target.slug = f"{code}-{kind}"
    if kind == "offer":
        target.summary = f"Summary {code}."
        target.description = f"<p>Description {code}.</p>"
    else:
        target.teaser = f"Teaser {code}."
    target.save()
    revision = target.save_revision()
    if publish:
        revision.publish()
    return type(target).objects.get(pk=target.pk)


def _alias(page, language):
    """The alias of ``page`` in ``language``, as wagtail-localize's tree synchronisation makes it."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    return page.copy_for_translation(locale, copy_parents=True, alias=True)


class World:
    """The demo site plus one provider, one restricted provider and each state's pages."""

    def __init__(self):
        german = Locale.objects.get(language_code="de")
        self.offer_index = OfferIndexPage.objects.get(locale=german)
        self.news_index = NewsIndexPage.objects.get(locale=german)
        self.provider = make_provider(self.offer_index, title="Matrix-Werkstatt Lindenau")
        self.provider_translations = {
            language: _translate_provider(self.provider, language) for language in TRANSLATED_LANGUAGES
        }
        self.private_provider = make_provider(self.offer_index, title="Matrix-Archiv Gohlis")
        for language in TRANSLATED_LANGUAGES:
            _translate_provider(self.private_provider, language)
        PageViewRestriction.objects.create(
            page=self.private_provider, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
        other_group_user = (
            get_user_model().objects.filter(groups__name__startswith="Anbieter: ", is_superuser=False).first()
        )
        assert other_group_user is not None
        self.other_provider_user = other_group_user
        self.built = {}
        for state in STATES:
            self.built[state.name] = state.build(self)
        self.responses = {}

    def provider_url(self, language):
        if language == "de":
            return self.provider.get_url()
        return self.provider_translations[language].get_url()

    def get(self, client, viewer, url, params=None):
        """One response per viewer, URL and parameters for the whole module: nothing changes in between."""
        key = (viewer, url, tuple(sorted((params or {}).items())))
        if key not in self.responses:
            self.responses[key] = client.get(url, params or {})
        return self.responses[key]


def _translate_provider(provider, language):
    locale = Locale.objects.get(language_code=language)
    existing = provider.get_translation_or_none(locale)
    if existing is not None:
        existing.delete()
    target = provider.copy_for_translation(locale, copy_parents=False, alias=False).specific
    target.title = f"{provider.title} ({language})"
    target.save()
    target.save_revision().publish()
    return type(target).objects.get(pk=target.pk)


@dataclass
class State:
    """One editorial state, built for an offer and a news item; ``build(world)`` returns a ``Built``."""

    name: str
    make: object

    def build(self, world):
        built = Built()
        self.make(world, self.name, built)
        return built


def _record(built, german_pages, translated_pages):
    for page in german_pages:
        built.urls.setdefault("de", []).append(page.get_url())
    for language, pages in translated_pages.items():
        for page in pages:
            built.urls.setdefault(language, []).append(page.get_url())


def _both(world, state, publish_german=True):
    """A German offer and news item and their published translations."""
    german = [_german_offer(world.provider, state, publish=publish_german), _german_news(world.news_index, state)]
    if not publish_german:
        german[1].unpublish()
    translated = {
        language: [_translate(page, language, state) for page in german] for language in TRANSLATED_LANGUAGES
    }
    return german, translated


def _all_markers(state):
    return [marker(state, language) for language in LANGUAGES]


def make_live(world, state, built):
    """The control: German and English live, so every path must show the markers."""
    german, translated = _both(world, state)
    _record(built, german, translated)
    built.shown = {language: marker(state, language) for language in LANGUAGES}


def make_draft(world, state, built):
    """Never published in German; an English translation was published all the same."""
    german, translated = _both(world, state, publish_german=False)
    _record(built, german, translated)
    built.hidden = _all_markers(state)


def _start_review(page):
    user = get_user_model().objects.get(username="redaktion")
    return page.get_workflow().start(page, user)


def make_in_review(world, state, built):
    german, translated = _both(world, state, publish_german=False)
    for page in german:
        _start_review(page)
    _record(built, german, translated)
    built.hidden = _all_markers(state)


def make_changes_requested(world, state, built):
    german, translated = _both(world, state, publish_german=False)
    reviewer = get_user_model().objects.get(username="redaktion")
    for page in german:
        workflow_state = _start_review(page)
        task_state = workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Bitte ergänzen.")
    _record(built, german, translated)
    built.hidden = _all_markers(state)


def _neutralise(page):
    """Text and slug without the marker (the live version), so only a newer text can carry it."""
    neutral = f"matrix-neutral-{page.pk}"
    url_path = f"{page.get_parent().url_path}{neutral}/"
    text = {"summary": neutral, "description": neutral} if isinstance(page, OfferPage) else {"teaser": neutral}
    type(page).objects.filter(pk=page.pk).update(
        title=neutral, draft_title=neutral, slug=neutral, url_path=url_path, **text
    )
    index_page(page)
    return type(page).objects.get(pk=page.pk)


def make_live_with_newer_draft(world, state, built):
    """Live in both languages with neutral text; the newer drafts carry the markers."""
    german, translated = _both(world, state)
    for page in [*german, *(p for pages in translated.values() for p in pages)]:
        language = page.locale.language_code
        code = marker(state, language)
        page = _neutralise(page)
        page.title = f"{code} Entwurf"
        page.slug = f"{code}-entwurf"
        if isinstance(page, OfferPage):
            page.summary = f"Entwurf {code}."
        page.save_revision()
        built.urls.setdefault(language, []).append(page.get_url())
    built.hidden = _all_markers(state)


def make_scheduled(world, state, built):
    """Go-live three days ahead, with the English aliases wagtail-localize creates."""
    german = [
        _german_offer(world.provider, state, publish=False),
        _german_news(world.news_index, state, publish=False),
    ]
    translated = {language: [_alias(page, language) for page in german] for language in TRANSLATED_LANGUAGES}
    for page in german:
        page.go_live_at = timezone.now() + datetime.timedelta(days=3)
        page.save_revision().publish()
    _record(built, german, translated)
    built.hidden = [marker(state, "de")]


def make_expired(world, state, built):
    """Expiry date passed, ``publish_scheduled`` not run yet; the translations have no expiry of their own."""
    german, translated = _both(world, state)
    Page.objects.filter(pk__in=[page.pk for page in german]).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    _record(built, german, translated)
    built.hidden = _all_markers(state)


def make_unpublished(world, state, built):
    german, translated = _both(world, state)
    for page in german:
        page.unpublish()
    _record(built, german, translated)
    built.hidden = _all_markers(state)


def _restricted(restriction_type, **extra):
    def make(world, state, built):
        german, translated = _both(world, state)
        for page in german:
            PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, **extra)
        _record(built, german, translated)
        built.hidden = _all_markers(state)

    return make


def make_moved_under_restriction(world, state, built):
    """The German offer moved below a password-protected provider (its translation stays where it was)."""
    german, translated = _both(world, state)
    Page.objects.get(pk=german[0].pk).move(world.private_provider, pos="last-child")
    # News has no other parent to move to: the news item is restricted itself.
    PageViewRestriction.objects.create(
        page=german[1], restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    german = [Page.objects.get(pk=german[0].pk).specific, german[1]]
    _record(built, german, translated)
    built.hidden = _all_markers(state)


def make_deleted_source(world, state, built):
    german, translated = _both(world, state)
    _record(built, german, translated)
    for page in german:
        Page.objects.get(pk=page.pk).delete()
    built.hidden = _all_markers(state)


def make_translation_in_review(world, state, built):
    """German and English live with neutral text; a new English text with the marker waits for review."""
    german, translated = _both(world, state)
    for pages in translated.values():
        for page in pages:
            language = page.locale.language_code
            page = _neutralise(page)
            page.title = f"{marker(state, language)} in review"
            page.save_revision()
            _start_review(page)
            built.urls.setdefault(language, []).append(page.get_url())
    for page in german:
        built.urls.setdefault("de", []).append(_neutralise(page).get_url())
    built.hidden = [marker(state, language) for language in TRANSLATED_LANGUAGES]


STATES = [
    State("live", make_live),
    State("draft", make_draft),
    State("in_review", make_in_review),
    State("changes_requested", make_changes_requested),
    State("live_with_newer_draft", make_live_with_newer_draft),
    State("scheduled", make_scheduled),
    State("expired", make_expired),
    State("unpublished", make_unpublished),
    State("password", _restricted(PageViewRestriction.PASSWORD, password="geheim")),
    State("login", _restricted(PageViewRestriction.LOGIN)),
    State("moved_under_restriction", make_moved_under_restriction),
    State("deleted_source", make_deleted_source),
    State("translation_in_review", make_translation_in_review),
]


# Paths ----------------------------------------------------------------------


def _url(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _text(response):
    if response.status_code >= 300:
        return ""
    return response.content.decode()


def page_urls(world, client, viewer, language, state, code):
    """The state's own pages in this language (the URLs without their slugs' markers are compared)."""
    built = world.built[state]
    texts = []
    for url in built.urls.get(language, []):
        texts.append(_text(world.get(client, viewer, url)).replace(url, ""))
    return code in "".join(texts)


def _listing(url_of):
    def shows(world, client, viewer, language, state, code):
        return code in _text(world.get(client, viewer, url_of(world, language)))

    return shows


def _home(world, language):
    return f"/{language}/"


def _arena(world, language):
    return ArenaPage.objects.get(locale__language_code=language, arena__key=ARENA).get_url()


def _offer_index(world, language):
    return OfferIndexPage.objects.get(locale__language_code=language).get_url()


def _news_index(world, language):
    return NewsIndexPage.objects.get(locale__language_code=language).get_url()


def exact_match(finder):
    """Whether the offers were found by the marker itself.

    On PostgreSQL a marker that nothing carries is retried with typo tolerance,
    which finds the other states' (visible) offers by their similar markers; a
    hidden offer that leaked would carry the marker and match exactly.
    """
    return not finder.fuzzy and not finder.partial


def search_results(world, client, viewer, language, state, code):
    # The page repeats the query in its search field: only the results count.
    # exact=1: the marker as typed, never replaced by the spelling correction's closest visible word.
    response = world.get(client, viewer, _url(language, "search"), {"q": code, "exact": "1"})
    return response.context["search"].count > 0 and exact_match(response.context["finder"])


def facet_counts(world, client, viewer, language, state, code):
    response = world.get(client, viewer, _url(language, "search"), {"q": code, "exact": "1"})
    finder = response.context["finder"]
    return exact_match(finder) and any(option.count for facet in finder.facets for option in facet.options)


def suggestions(world, client, viewer, language, state, code):
    response = world.get(client, viewer, _url(language, "search_suggest"), {"q": code})
    return code in response.content.decode()


def sitemap(world, client, viewer, language, state, code):
    return code in _text(world.get(client, viewer, "/sitemap.xml"))


@dataclass
class PathCheck:
    """One public path: ``shows(world, client, viewer, language, state, marker)`` says whether the marker shows."""

    name: str
    shows: object


PATHS = [
    PathCheck("page", page_urls),
    PathCheck("home", _listing(_home)),
    PathCheck("arena", _listing(_arena)),
    PathCheck("offer_index", _listing(_offer_index)),
    PathCheck("provider", _listing(lambda world, language: world.provider_url(language))),
    PathCheck("news_index", _listing(_news_index)),
    PathCheck("search", search_results),
    PathCheck("facets", facet_counts),
    PathCheck("suggestions", suggestions),
    PathCheck("sitemap", sitemap),
]
