"""Build the demo site in code: pages in German; English and Leichte Sprache through wagtail-localize.

Every step looks for what already exists (by slug within its parent) and only
creates what is missing, so running the builder twice changes nothing.
"""

import datetime
import html
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files import File
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.html import escape
from django_tasks import task_backends
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page, synchronize_tree

from arenas.models import Arena, ArenaPage
from core.arenas import ARENA_COLOURS, ARENA_KEYS
from editorial.onboarding import grant_provider_permissions
from editorial.roles import (
    EASYREAD_WRITERS,
    EDITORIAL_TEAM,
    ROLES_BY_KEY,
    TRANSLATORS,
    curator_role,
    provider_group_name,
    role_group,
)
from home.models import AccessibilityStatementPage, FormField, FormPage, HomePage, SignLanguagePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers import listing_facts
from offers.districts import district_value
from offers.models import CompetenceArea, Format, OfferDate, OfferIndexPage, OfferPage, ProviderPage, TargetGroup
from search import indexing as campus_search

from .content import easyread as easyread_content
from .content import news as news_content
from .content import pages as page_content
from .content import providers as provider_content
from .images import MOTIFS, DemoPictures, draw_motif, save_png

# Offers of the first demo provider that show the review states in the admin.
REVIEW_DRAFTS = [
    (
        "einstieg-in-python-fuer-die-verwaltung",
        {
            "title": "Einstieg in Python für die Verwaltung",
            "summary": "Kleine Skripte, die wiederkehrende Büroaufgaben abnehmen.",
            "description": "<p>An drei Abenden werten Beschäftigte der Verwaltung Tabellen mit Python aus.</p>",
            "online_note": "Der Zugangslink kommt einen Tag vorher per E-Mail.",
            "arenas": ["bildung", "wirtschaft"],
            "format": "online-course",
            "target_groups": ["public-administration"],
        },
    ),
    (
        "offene-sprechstunde-datenschutz",
        {
            "title": "Offene Sprechstunde Datenschutz",
            "summary": "Fragen zu Einwilligungen, Auftragsverarbeitung und Löschfristen.",
            "description": "<p>Ohne Anmeldung, für Vereine und kleine Einrichtungen.</p>",
            "online_note": "Einwahl über das Videokonferenzsystem der Universität.",
            "arenas": ["stadtgesellschaft"],
            "format": "consultation",
            "target_groups": ["citizens"],
        },
    ),
    (
        "ki-werkstatt-fuer-lehrkraefte",
        {
            "title": "KI-Werkstatt für Lehrkräfte",
            "summary": "Unterricht mit und über künstliche Intelligenz planen.",
            "description": "<p>Ein Nachmittag mit Beispielen aus Leipziger Schulen.</p>",
            "online_note": "Teilnahme über den Browser, ohne Installation.",
            "arenas": ["bildung"],
            "format": "workshop",
            "target_groups": ["teachers"],
            "comment": "Bitte ergänzen Sie, welche Vorkenntnisse nötig sind und wie lange die Werkstatt dauert.",
        },
    ),
]

# Files shipped with the demo content (made for it, no downloads).
MEDIA_DIR = Path(__file__).resolve().parent / "media"

DEMO_PASSWORD = "campus-demo-2026"  # noqa: S105 - development accounts only, printed by the command


class MissingTranslation(Exception):
    pass


@contextmanager
def background_tasks_once():
    """Run each distinct background task once, after the block, instead of once per save.

    Every page save enqueues Wagtail's search-index and reference-index updates
    (django-tasks, run at once by the default backend), and the builder saves
    each page several times (add, revision, publish, translation). Inside the
    block the dummy backend only collects the tasks; afterwards each distinct
    task runs once through the configured backend, on the final state of its
    object, so the indexes end up exactly as before.
    """
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        yield
        collected = list(task_backends["default"].results)
    seen = set()
    for result in collected:
        key = (result.task.module_path, repr(result.args), repr(sorted(result.kwargs.items())))
        if key not in seen:
            seen.add(key)
            result.task.enqueue(*result.args, **result.kwargs)


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def body_blocks(paragraphs):
    return [("paragraph", paragraphs_html(paragraphs))] if paragraphs else []


def lines(texts):
    """One text of several lines (Leichte Sprache: one statement per line)."""
    return "\n".join(texts) if isinstance(texts, list) else texts


class DemoContentBuilder:
    """Creates the demo site; ``stdout`` receives a line per created object."""

    def __init__(self, today=None, stdout=None):
        self.today = today or timezone.localdate()
        self.stdout = stdout
        self.created = 0
        self.german = Locale.objects.get_or_create(language_code="de")[0]
        self.english = Locale.objects.get_or_create(language_code="en")[0]
        self.easyread = Locale.objects.get_or_create(language_code=settings.EASYREAD_LANGUAGE_CODE)[0]
        self.dictionary = {}

    # Helpers --------------------------------------------------------------

    def log(self, message):
        self.created += 1
        if self.stdout is not None:
            self.stdout.write(message)

    def learn(self, texts):
        """Record German → English pairs for the translation step."""
        german, english = texts["de"], texts["en"]
        if isinstance(german, list):
            for de_text, en_text in zip(german, english, strict=True):
                self.dictionary[de_text] = en_text
        else:
            self.dictionary[german] = english

    def same(self, *texts):
        for text in texts:
            if text:
                self.dictionary[text] = text

    def ensure_child(self, parent, model, slug, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return existing
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"{model._meta.verbose_name}: {page.title}")
        return page

    def translate(self, page, slug_en):
        """Create and publish the English translation through wagtail-localize's segments."""
        existing = page.get_translation_or_none(self.english)
        if existing is not None:
            return existing
        self.dictionary[page.slug] = slug_en
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.english, defaults={"enabled": True}
        )
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            # Plain-text segments are stored as HTML, with <br/> for line breaks.
            german = html.unescape(segment.string.data.replace("<br/>", "\n"))
            if german not in self.dictionary:
                raise MissingTranslation(f"No English text for {german!r} on {page.title!r}")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.english,
                context=segment.context,
                defaults={"data": escape(self.dictionary[german]).replace("\n", "<br/>")},
            )
        translation.save_target(publish=False)
        target = page.get_translation(self.english)
        target.get_latest_revision().publish()
        return target.specific

    def write_easyread(self, page, texts):
        """Create and publish the Leichte-Sprache version of ``page`` through wagtail-localize's segments.

        ``texts`` maps the page's German texts to their Leichte-Sprache texts;
        names (recorded with ``same``) and the slug stay as they are. The page's
        alias in the Leichte-Sprache tree, if any, becomes the version itself.
        """
        existing = page.get_translation_or_none(self.easyread)
        if existing is not None and existing.alias_of_id is None:
            return existing.specific
        texts = {**texts, page.slug: page.slug}
        # get, not update: an update would date every other translation of the page.
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.easyread, defaults={"enabled": True}
        )
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            german = html.unescape(segment.string.data.replace("<br/>", "\n"))
            if german in texts:
                text = texts[german]
            elif self.dictionary.get(german) == german:
                text = german
            else:
                raise MissingTranslation(f"No Leichte-Sprache text for {german!r} on {page.title!r}")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.easyread,
                context=segment.context,
                defaults={"data": escape(lines(text)).replace("\n", "<br/>")},
            )
        translation.save_target(publish=False)
        target = page.get_translation(self.easyread)
        target.get_latest_revision().publish()
        self.log(f"Leichte Sprache: {target.title}")
        return target.specific

    # Site structure -------------------------------------------------------

    def build(self):
        # The indexes and the offers' stored facts are written once from the finished site, not on every save.
        with transaction.atomic(), campus_search.deferred(), background_tasks_once(), listing_facts.collecting():
            home = self.build_home()
            self.build_arenas(home)
            offer_index = self.build_offers(home)
            self.build_news(home)
            self.build_standard_pages(home)
            self.build_form(home)
            DemoPictures(self).attach()
            self.build_accessibility_statement(home)
            self.build_sign_language_page(home)
            self.build_help_pages(home)
            self.build_accounts(offer_index)
            # The demo reviews would mail the demo accounts; nobody reads those.
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
                self.build_reviews(offer_index)
                self.build_translation_states(offer_index)
            self.build_easyread(home, offer_index)
        return self.created

    def build_home(self):
        data = page_content.HOME
        self.learn(data["title"])
        self.learn(data["intro"])
        self.learn(data["body"])
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=self.german, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's placeholder welcome page makes way for the campus home page.
            for placeholder in root.get_children().exact_type(Page):
                placeholder.delete()
            home = HomePage(
                title=data["title"]["de"],
                slug="start",
                locale=self.german,
                intro=data["intro"]["de"],
                body=body_blocks(data["body"]["de"]),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.log(f"Startseite: {home.title}")
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Digital Campus Leipzig"
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Digital Campus Leipzig"
            site.save()
        self.same("start")
        self.translate(home, "start")
        return home

    def build_arenas(self, home):
        for key, data in page_content.ARENAS.items():
            for field in ("title", "tagline", "intro", "body"):
                self.learn(data[field])
            page = self.ensure_child(
                home,
                ArenaPage,
                key,
                title=data["title"]["de"],
                arena=Arena.objects.get(key=key),
                tagline=data["tagline"]["de"],
                introduction=data["intro"]["de"],
                body=body_blocks(data["body"]["de"]),
                show_in_menus=True,
            )
            self.translate(page, data["slug_en"])

    def build_offers(self, home):
        data = page_content.OFFER_INDEX
        self.learn(data["title"])
        self.learn(data["intro"])
        index = self.ensure_child(
            home, OfferIndexPage, "angebote", title=data["title"]["de"], intro=data["intro"]["de"], show_in_menus=True
        )
        self.translate(index, data["slug_en"])
        arenas = {arena.key: arena for arena in Arena.objects.all()}
        formats = {term.slug: term for term in Format.objects.filter(locale=self.german)}
        groups = {term.slug: term for term in TargetGroup.objects.filter(locale=self.german)}
        areas = {term.slug: term for term in CompetenceArea.objects.filter(locale=self.german)}
        offer_number = 0
        for number, provider_data in enumerate(provider_content.PROVIDERS):
            provider = self.build_provider(index, provider_data, number)
            for offer_data in provider_data["offers"]:
                self.build_offer(provider, offer_data, arenas, formats, groups, areas, offer_number)
                offer_number += 1
        return index

    def build_provider(self, index, data, number):
        self.learn(data["name"])
        self.learn(data["description"])
        provider = self.ensure_child(
            index,
            ProviderPage,
            data["slug"],
            title=data["name"]["de"],
            kind=data["kind"],
            description=paragraphs_html(data["description"]["de"]),
            website=data["website"],
            street=data["street"],
            postcode=data["postcode"],
            city=data["city"],
            email=data["email"],
            phone=data["phone"],
            logo=DemoPictures.logo_for(number, data["name"]["de"]),
        )
        self.translate(provider, data["slug"])
        return provider

    def offer_dates(self, data):
        tz = timezone.get_current_timezone()
        dates = []
        for day_offset, start_time, minutes in data["dates"]:
            day = self.today + datetime.timedelta(days=day_offset)
            hour, minute = (int(part) for part in start_time.split(":"))
            start = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=tz)
            dates.append((start, start + datetime.timedelta(minutes=minutes)))
        return sorted(dates)

    def build_offer(self, provider, data, arenas, formats, groups, areas, number):
        for field in ("title", "summary", "description"):
            self.learn(data[field])
        for field in ("online_note", "price_note", "accessibility"):
            if data.get(field):
                self.learn(data[field])
        venue = data.get("venue") or {}
        contact = data.get("contact") or {}
        self.same(venue.get("name"), contact.get("name"))
        existing = OfferPage.objects.child_of(provider).filter(slug=data["slug"]).first()
        if existing is None:
            dates = self.offer_dates(data)
            deadline_days = data.get("registration_deadline_days")
            offer = OfferPage(
                slug=data["slug"],
                locale=self.german,
                title=data["title"]["de"],
                summary=data["summary"]["de"],
                description=paragraphs_html(data["description"]["de"]),
                format=formats[data["format"]],
                level=data["level"],
                language=data["language"],
                mode=data["mode"],
                venue_name=venue.get("name", ""),
                venue_street=venue.get("street", ""),
                venue_postcode=venue.get("postcode", ""),
                venue_city=venue.get("city", "Leipzig" if venue else ""),
                online_note=(data.get("online_note") or {}).get("de", ""),
                is_free=data.get("price") is None,
                price=Decimal(data["price"]) if data.get("price") else None,
                price_note=(data.get("price_note") or {}).get("de", ""),
                registration_url=data.get("registration_url") or "",
                registration_email=data.get("registration_email") or "",
                registration_deadline=(
                    dates[0][0] - datetime.timedelta(days=deadline_days) if deadline_days is not None else None
                ),
                accessibility_notes=(data.get("accessibility") or {}).get("de", ""),
                venue_district=district_value(venue.get("district")),
                step_free="step_free" in (data.get("accessibility") or {}).get("facts", ()),
                accessible_toilet="toilet" in (data.get("accessibility") or {}).get("facts", ()),
                hearing_loop="hearing_loop" in (data.get("accessibility") or {}).get("facts", ()),
                contact_name=contact.get("name", ""),
                contact_email=contact.get("email", ""),
                contact_phone=contact.get("phone", ""),
            )
            offer.arenas = [arenas[key] for key in data["arenas"]]
            offer.target_groups = [groups[key] for key in data["target_groups"]]
            offer.competence_areas = [areas[key] for key in data["competence_areas"]]
            offer.dates = [OfferDate(start=start, end=end) for start, end in dates]
            DemoPictures(self).offer_picture(number, offer)
            provider.add_child(instance=offer)
            offer.save_revision().publish()
            self.log(f"Angebot: {offer.title}")
            existing = offer
        self.translate(existing, data["slug_en"])

    def build_news(self, home):
        data = page_content.NEWS_INDEX
        self.learn(data["title"])
        self.learn(data["intro"])
        index = self.ensure_child(
            home, NewsIndexPage, "aktuelles", title=data["title"]["de"], intro=data["intro"]["de"], show_in_menus=True
        )
        self.translate(index, data["slug_en"])
        arenas = {arena.key: arena for arena in Arena.objects.all()}
        for item in news_content.NEWS:
            for field in ("title", "teaser", "body"):
                self.learn(item[field])
            page = NewsPage.objects.child_of(index).filter(slug=item["slug"]).first()
            if page is None:
                page = NewsPage(
                    slug=item["slug"],
                    locale=self.german,
                    title=item["title"]["de"],
                    date=self.today + datetime.timedelta(days=item["day_offset"]),
                    teaser=item["teaser"]["de"],
                    body=body_blocks(item["body"]["de"]),
                )
                page.arenas = [arenas[key] for key in item["arenas"]]
                DemoPictures(self).news_picture(page)
                index.add_child(instance=page)
                page.save_revision().publish()
                self.log(f"Nachricht: {page.title}")
            self.translate(page, item["slug_en"])

    def build_standard_pages(self, home):
        for data in page_content.STANDARD_PAGES:
            for field in ("title", "intro", "body"):
                self.learn(data[field])
            page = self.ensure_child(
                home,
                StandardPage,
                data["slug"],
                title=data["title"]["de"],
                intro=data["intro"]["de"],
                body=body_blocks(data["body"]["de"]),
            )
            self.translate(page, data["slug_en"])

    def build_form(self, parent, data=page_content.FEEDBACK_FORM, *, translate=True):
        for field in ("title", "intro", "thank_you"):
            self.learn(data[field])
        page = FormPage.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page is None:
            page = FormPage(
                slug=data["slug"],
                locale=self.german,
                title=data["title"]["de"],
                intro=paragraphs_html([data["intro"]["de"]]),
                thank_you_text=paragraphs_html([data["thank_you"]["de"]]),
                to_address=data.get("to_address", ""),
            )
            fields = []
            for sort_order, field in enumerate(data["fields"]):
                fields.append(
                    FormField(
                        locale=self.german,
                        sort_order=sort_order,
                        label=field["label"]["de"],
                        field_type=field["field_type"],
                        required=field["required"],
                        choices="\n".join((field.get("choices") or {}).get("de", [])),
                        help_text=(field.get("help_text") or {}).get("de", ""),
                    )
                )
            page.form_fields = fields
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Formular: {page.title}")
        for field in data["fields"]:
            self.learn(field["label"])
            if field.get("help_text"):
                self.learn(field["help_text"])
            if field.get("choices"):
                self.dictionary["\n".join(field["choices"]["de"])] = "\n".join(field["choices"]["en"])
                self.learn(field["choices"])
        if translate:
            self.translate(page, data["slug_en"])
        return page

    def build_accessibility_statement(self, home):
        """The structured accessibility statement and its "report a barrier" form."""
        data = page_content.ACCESSIBILITY_STATEMENT
        for field in ("title", "intro", "compliance_text", "check_method", "feedback_text", "enforcement_text"):
            self.learn(data[field])
        for barrier in data["barriers"]:
            for field in ("title", "description", "alternative"):
                self.learn(barrier[field])
        self.same(data["enforcement_body"])
        checked = self.today - datetime.timedelta(days=data["checked_days_ago"])
        page = self.ensure_child(
            home,
            AccessibilityStatementPage,
            data["slug"],
            title=data["title"]["de"],
            intro=data["intro"]["de"],
            compliance_status=data["compliance_status"],
            compliance_text=paragraphs_html([data["compliance_text"]["de"]]),
            last_checked=checked,
            prepared_on=checked,
            check_method=paragraphs_html([data["check_method"]["de"]]),
            known_barriers=[
                (
                    "barrier",
                    {
                        "title": barrier["title"]["de"],
                        "description": barrier["description"]["de"],
                        "alternative": barrier["alternative"]["de"],
                    },
                )
                for barrier in data["barriers"]
            ],
            feedback_text=paragraphs_html([data["feedback_text"]["de"]]),
            feedback_email=data["feedback_email"],
            feedback_phone=data["feedback_phone"],
            enforcement_text=paragraphs_html([data["enforcement_text"]["de"]]),
            enforcement_body=data["enforcement_body"],
            enforcement_address=data["enforcement_address"],
            enforcement_email=data["enforcement_email"],
            enforcement_phone=data["enforcement_phone"],
        )
        # The form is translated after its parent, which must not become an alias.
        form = self.build_form(page, page_content.BARRIER_FORM, translate=False)
        if page.feedback_page_id is None:
            page.feedback_page = form
            page.save_revision().publish()
        self.translate(page, data["slug_en"])
        self.translate(form, page_content.BARRIER_FORM["slug_en"])

    def build_sign_language_page(self, home):
        """The DGS page, with a placeholder video made for the demo until real recordings exist."""
        data = page_content.SIGN_LANGUAGE_PAGE
        self.learn(data["title"])
        self.learn(data["intro"])
        for video in data["videos"]:
            self.learn(video["title"])
            self.learn(video["transcript"])
        video_file = self.demo_document("Gebärdensprache: Platzhalter-Video", "gebaerdensprache-platzhalter.webm")
        captions = self.demo_document(
            "Gebärdensprache: Untertitel zum Platzhalter", "gebaerdensprache-platzhalter.vtt"
        )
        page = self.ensure_child(
            home,
            SignLanguagePage,
            data["slug"],
            title=data["title"]["de"],
            intro=data["intro"]["de"],
            videos=[
                (
                    "video",
                    {
                        "title": video["title"]["de"],
                        "video": video_file,
                        "captions": captions,
                        "transcript": RichText(paragraphs_html([video["transcript"]["de"]])),
                    },
                )
                for video in data["videos"]
            ],
        )
        self.translate(page, data["slug_en"])

    def build_help_pages(self, home):
        """ "So finden Sie ein Angebot" and "So machen Sie mit": paragraphs with a drawing beside some."""
        for data in page_content.HELP_PAGES:
            for field in ("title", "intro", "body"):
                self.learn(data[field])
            blocks = []
            for text, motif in zip(data["body"]["de"], data["pictures"], strict=True):
                image = None
                if motif is not None:
                    picture, focal = draw_motif(motif, ARENA_COLOURS["stadtgesellschaft"])
                    drawing = save_png(f"Zeichnung {motif} {ARENA_COLOURS['stadtgesellschaft']}", picture, focal)
                    # Beside a paragraph that says it all, the drawing adds nothing to read out.
                    image = {"image": drawing, "decorative": True, "alt_text": ""}
                blocks.append(("picture_paragraph", {"text": RichText(paragraphs_html([text])), "image": image}))
            page = self.ensure_child(
                home, StandardPage, data["slug"], title=data["title"]["de"], intro=data["intro"]["de"], body=blocks
            )
            self.translate(page, data["slug_en"])

    def build_easyread(self, home, offer_index):
        """The Leichte-Sprache tree: aliases of every German page, Leichte-Sprache versions of some.

        Aliases first (wagtail-localize's tree synchronisation, as for pages made
        in the admin), so that every version finds its parent in the tree.
        """
        synchronize_tree(self.german, self.easyread)
        data = easyread_content.HOME
        german = page_content.HOME
        self.write_easyread(
            home,
            {
                german["title"]["de"]: data["title"],
                german["intro"]["de"]: data["intro"],
                **dict(zip(german["body"]["de"], data["body"], strict=True)),
            },
        )
        for key, data in easyread_content.ARENAS.items():
            german = page_content.ARENAS[key]
            page = ArenaPage.objects.child_of(home).get(slug=key)
            self.write_easyread(
                page,
                {
                    german["title"]["de"]: data["title"],
                    german["tagline"]["de"]: data["tagline"],
                    german["intro"]["de"]: data["intro"],
                    **dict(zip(german["body"]["de"], data["body"], strict=True)),
                },
            )
        for german in page_content.HELP_PAGES:
            data = easyread_content.HELP_PAGES[german["slug"]]
            page = StandardPage.objects.child_of(home).get(slug=german["slug"])
            self.write_easyread(
                page,
                {
                    german["title"]["de"]: data["title"],
                    german["intro"]["de"]: data["intro"],
                    **dict(zip(german["body"]["de"], data["body"], strict=True)),
                },
            )
        offers = {offer["slug"]: offer for provider in provider_content.PROVIDERS for offer in provider["offers"]}
        alt_texts = {alt_de: easyread_content.PICTURE_ALT[motif] for motif, (alt_de, _en) in MOTIFS.items()}
        for slug, data in easyread_content.OFFERS.items():
            german = offers[slug]
            page = OfferPage.objects.descendant_of(offer_index).get(slug=slug, locale=self.german)
            self.write_easyread(
                page,
                {
                    german["title"]["de"]: data["title"],
                    german["summary"]["de"]: data["summary"],
                    german["accessibility"]["de"]: data["accessibility"],
                    **dict(zip(german["description"]["de"], data["description"], strict=True)),
                    **alt_texts,
                },
            )

    def demo_document(self, title, filename):
        """A document of the site's media library made from a file shipped with the demo content."""
        document = Document.objects.filter(title=title).first()
        if document is None:
            with (MEDIA_DIR / filename).open("rb") as handle:
                document = Document(title=title, file=File(handle, name=filename))
                document.save()
        return document

    # Accounts -------------------------------------------------------------

    def build_accounts(self, offer_index):
        """Demo accounts for each role; provider groups get their own subtree."""
        accounts = [
            ("admin", "Administration", None, True),
            ("redaktion", ROLES_BY_KEY[EDITORIAL_TEAM].label, role_group(EDITORIAL_TEAM), False),
            ("uebersetzung", ROLES_BY_KEY[TRANSLATORS].label, role_group(TRANSLATORS), False),
            ("leichte-sprache", ROLES_BY_KEY[EASYREAD_WRITERS].label, role_group(EASYREAD_WRITERS), False),
        ]
        for key in ARENA_KEYS:
            role = ROLES_BY_KEY[curator_role(key)]
            accounts.append((f"kuratorin-{key}", role.label, role_group(role.key), False))
        providers = list(ProviderPage.objects.child_of(offer_index).order_by("path")[:2])
        for provider in providers:
            group = self.ensure_provider_group(provider)
            accounts.append((f"anbieter-{provider.slug}", provider.title, group, False))
        self.accounts = []
        User = get_user_model()
        for username, role, group, is_superuser in accounts:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User(
                    username=username,
                    email=f"{username}@example.org",
                    first_name=role,
                    is_superuser=is_superuser,
                    is_staff=is_superuser,
                )
                user.set_password(DEMO_PASSWORD)
                user.save()
                self.log(f"Konto: {username}")
            if group is not None:
                user.groups.add(group)
            self.accounts.append((username, role))
        return self.accounts

    def ensure_provider_group(self, provider):
        group = Group.objects.filter(name=provider_group_name(provider.title)).first()
        if group is None:
            group = grant_provider_permissions(provider)
            self.log(f"Gruppe: {group.name}")
        return group

    def build_reviews(self, offer_index):
        """Drafts of the first demo provider: two waiting for review, one sent back with a comment."""
        provider = ProviderPage.objects.child_of(offer_index).order_by("path").first()
        submitter = get_user_model().objects.get(username=f"anbieter-{provider.slug}")
        reviewer = get_user_model().objects.get(username="redaktion")
        arenas = {arena.key: arena for arena in Arena.objects.all()}
        formats = {term.slug: term for term in Format.objects.filter(locale=self.german)}
        groups = {term.slug: term for term in TargetGroup.objects.filter(locale=self.german)}
        for number, (slug, data) in enumerate(REVIEW_DRAFTS):
            offer = OfferPage.objects.child_of(provider).filter(slug=slug).first()
            if offer is not None:
                continue
            start = timezone.now().replace(minute=0, second=0, microsecond=0) + datetime.timedelta(days=20 + number)
            offer = OfferPage(
                slug=slug,
                locale=self.german,
                live=False,
                owner=submitter,
                format=formats[data["format"]],
                mode="online",
                is_free=True,
                **{
                    key: value
                    for key, value in data.items()
                    if key not in ("arenas", "format", "target_groups", "comment")
                },
            )
            offer.arenas = [arenas[key] for key in data["arenas"]]
            offer.target_groups = [groups[key] for key in data["target_groups"]]
            offer.dates = [OfferDate(start=start, end=start + datetime.timedelta(hours=2))]
            provider.add_child(instance=offer)
            offer.save_revision(user=submitter, log_action=True)
            workflow_state = offer.get_workflow().start(offer, submitter)
            if data.get("comment"):
                task_state = workflow_state.current_task_state
                task_state.task.specific.on_action(task_state, reviewer, "reject", comment=data["comment"])
            self.log(f"Prüfung: {offer.title}")

    def build_translation_states(self, offer_index):
        """Show every state in the translation overview.

        One English offer is out of date (its German source changed after the
        translation), one English change waits for review, and one news item
        exists only in German (an alias in the English tree).
        """
        User = get_user_model()
        editor = User.objects.get(username="redaktion")
        translator = User.objects.get(username="uebersetzung")
        offers = list(
            OfferPage.objects.live()
            .filter(locale=self.german)
            .descendant_of(offer_index)
            .exclude(owner__username__startswith="anbieter-")
            .order_by("path")
        )
        changed_source = offers[-1]
        addition = "<p>Neu: Im Frühjahr kommt ein zusätzlicher Termin dazu.</p>"
        if addition not in changed_source.description:
            changed_source.description += addition
            changed_source.save_revision(user=editor).publish(user=editor)
            self.log(f"Quelle geändert: {changed_source.title}")

        in_review = offers[-2].get_translation(self.english)
        if not in_review.workflow_in_progress:
            in_review.summary = in_review.summary.rstrip(".") + ", with an updated description of the venue."
            in_review.save_revision(user=translator)
            in_review.get_workflow().start(in_review, translator)
            self.log(f"Übersetzung in Prüfung: {in_review.title}")

        news_index = NewsIndexPage.objects.get(locale=self.german)
        slug = "offene-sprechstunde-digitale-buergerdienste"
        if not NewsPage.objects.child_of(news_index).filter(slug=slug).exists():
            news = NewsPage(
                slug=slug,
                locale=self.german,
                title="Offene Sprechstunde: digitale Bürgerdienste",
                date=self.today - datetime.timedelta(days=1),
                teaser="Jeden ersten Dienstag im Monat helfen Ehrenamtliche beim Online-Antrag.",
                body=body_blocks(["Die Sprechstunde findet in der Stadtteilbibliothek statt und ist kostenfrei."]),
            )
            news.arenas = [Arena.objects.get(key="stadtgesellschaft")]
            news_index.add_child(instance=news)
            news.save_revision(user=editor).publish(user=editor)
            create_aliases_for_new_page(news)
            self.log(f"Nur auf Deutsch: {news.title}")
