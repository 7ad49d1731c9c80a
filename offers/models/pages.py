"""Offer pages: the index, one page per provider, and the offers below it."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.arenas import ARENA_KEYS
from core.models import (
    address_fields,
    address_panels,
    contact_fields,
    contact_panels,
)
from core.pictures import CARD, LOGO_SMALL, alt_text_field, check_alt_text, prefetch_pictures, with_pictures
from core.visibility import mark_source_language, visible

from .. import finder, listing_facts
from ..choices import LANGUAGES, LEVELS, MODES
from ..districts import DISTRICT_CHOICES
from ..forms import OfferPageForm
from .snippets import CompetenceArea, Format, TargetGroup

OFFERS_PER_PAGE = 12

PROVIDER_KINDS = [
    ("university", _("Hochschule")),
    ("research", _("Forschungsinstitut")),
    ("adult_education", _("Erwachsenenbildung")),
    ("school", _("Schule")),
    ("business", _("Unternehmen")),
    ("association", _("Verein oder Verband")),
    ("administration", _("Öffentliche Verwaltung")),
    ("other", _("Sonstige")),
]

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class OfferIndexPage(Page):
    """All upcoming offers of one language, with simple filters; providers live below it."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["offers.ProviderPage"]
    max_count_per_parent = 1
    template = "offers/offer_index_page.html"

    class Meta:
        verbose_name = _("Angebotsübersicht")
        verbose_name_plural = _("Angebotsübersichten")

    def offer_scope(self):
        """The offers the finder lists on this page: all below it."""
        return Q(path__startswith=self.path)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(finder.context_for(request, self))
        return context


class ProviderPageQuerySet(PageQuerySet):
    def for_arena(self, locale, arena):
        """Live providers of ``locale`` with at least one live, upcoming offer in ``arena``.

        Offers are the providers' children: their parent's path is their own without its last
        step. One set of parent paths, instead of a prefix match of every offer per provider
        (which no index serves).
        """
        offers = (
            visible(OfferPage.objects)
            .filter(listing_facts.upcoming_q(timezone.now()), locale=locale, arenas__key=arena)
            .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
            .values("parent_path")
        )
        return with_pictures(
            visible(self).filter(locale=locale, path__in=offers).order_by("title"), "logo", LOGO_SMALL
        )


class ProviderPage(address_fields(), contact_fields(), Page):
    """The profile of one organisation; its offers are its child pages."""

    kind = models.CharField(_("Art der Einrichtung"), max_length=32, choices=PROVIDER_KINDS, default="other")
    description = RichTextField(_("Beschreibung"), features=RICH_TEXT_FEATURES)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Das Logo steht immer neben dem Namen der Einrichtung und braucht deshalb keinen Alternativtext. "
            "Am besten quadratisch, mindestens 192 × 192 Pixel."
        ),
    )
    website = models.URLField(_("Website"), blank=True)
    # The organisation's editors and their media, linked by key: renaming the provider changes neither.
    editors_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("Gruppe der Redakteurinnen und Redakteure"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="provider_pages",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Sammlung für Bilder und Dokumente"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="provider_pages",
    )

    objects = PageManager.from_queryset(ProviderPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]
    contact_panels = [
        FieldPanel("website"),
        MultiFieldPanel(address_panels(), heading=_("Anschrift")),
        *contact_panels(),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhalt")),
            ObjectList(contact_panels, heading=_("Kontakt")),
            ObjectList(Page.promote_panels, heading=_("Veröffentlichung")),
            ObjectList(Page.settings_panels, heading=_("Einstellungen")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("title", boost=3),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]
    # Facts, shared by every language (see translations.facts).
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in ("kind", "website", "street", "postcode", "city", "phone", "editors_group", "collection")
    ]

    parent_page_types = ["offers.OfferIndexPage"]
    subpage_types = ["offers.OfferPage"]
    template = "offers/provider_page.html"

    class Meta:
        verbose_name = _("Anbieter")
        verbose_name_plural = _("Anbieter")

    #: The provider is fixed on its own page, so the finder offers no provider filter there.
    finder_fixed_filters = ("provider",)

    def offer_scope(self):
        """The offers the finder lists on this page: this provider's."""
        return Q(path__startswith=self.path, depth=self.depth + 1)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(finder.context_for(request, self))
        return context


#: How many of the next dates ``OfferPageQuerySet.soonest`` reads to find the offers they belong to.
SOONEST_DATES = 200


class OfferPageQuerySet(PageQuerySet):
    def with_date_range(self):
        """Each offer's next start (None when none is to come) and last end, from its own row (``listing_facts``)."""
        return self.annotate(next_start=listing_facts.next_start(timezone.now()), last_end=F("dates_last_end"))

    def upcoming(self, locale, arena=None):
        """Live, public offers of ``locale`` with a date still to come, next date first."""
        queryset = visible(self).filter(locale=locale)
        if arena:
            queryset = queryset.filter(arenas__key=arena)
        return queryset.in_date_order()

    def in_date_order(self):
        """The offers with a date still to come, next date first, joined with what their cards show."""
        return (
            self.with_date_range()
            .filter(listing_facts.upcoming_q(timezone.now()))
            .select_related("format", "image")
            .order_by("next_start", "title", "pk")
        )

    def soonest(self, locale, number):
        """The first ``number`` offers of ``upcoming(locale)``, found from the dates (a list).

        ``upcoming`` works out the next date of every offer of the locale before it keeps a few, so
        its cost grows with the number of offers. The dates still to come, read in the order of
        their start (the index on ``start``), name the offers whose next date comes first: an
        offer's first date in that order is its next date. The first ``SOONEST_DATES`` of them that
        belong to visible offers of the locale narrow ``upcoming`` to a handful of offers. Only when
        they name fewer than ``number`` offers (a site with few offers, or offers with very many
        dates) is the whole ``upcoming`` asked.
        """
        first_dates = (
            OfferDate.objects.filter(end__gte=timezone.now())
            .filter(Exists(visible(self.model.objects).filter(locale=locale, pk=OuterRef("page_id"))))
            .order_by("start")
            .values("page_id")[:SOONEST_DATES]
        )
        # The dates were read of visible offers of the locale only: their offers need no second check.
        offers = list(self.filter(pk__in=first_dates).in_date_order()[:number])
        if len(offers) < number:
            offers = list(self.upcoming(locale)[:number])
        return offers

    def past(self, locale):
        """Live, public offers whose last date has ended, most recent first."""
        return (
            visible(self)
            .filter(locale=locale)
            .with_date_range()
            .filter(last_end__lt=timezone.now())
            .select_related("format")
            .order_by(F("last_end").desc(), "pk")
        )


class OfferPage(
    address_fields("venue_"),
    contact_fields(
        "contact_",
        with_name=True,
        email_label=_("E-Mail der Ansprechperson"),
        phone_label=_("Telefon der Ansprechperson"),
    ),
    Page,
):
    """One digital-skills offer: a course, workshop, talk, event and so on, with its dates."""

    summary = models.CharField(
        _("Kurzbeschreibung"),
        max_length=240,
        help_text=_("Ein Satz für Listen und Suchergebnisse."),
    )
    description = RichTextField(_("Beschreibung"), features=RICH_TEXT_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ein Foto oder eine Grafik zum Angebot; der Fokuspunkt des Bildes bleibt im Ausschnitt."),
    )
    image_alt = alt_text_field()
    arenas = ParentalManyToManyField(
        "arenas.Arena",
        verbose_name=_("Arenen"),
        related_name="offers",
        help_text=_("Eine oder mehrere Arenen."),
    )
    # Nullable only so that a draft can be saved before it is classified; submission requires it.
    format = models.ForeignKey(
        Format, verbose_name=_("Format"), null=True, on_delete=models.PROTECT, related_name="offers"
    )
    target_groups = ParentalManyToManyField(TargetGroup, verbose_name=_("Zielgruppen"), related_name="offers")
    competence_areas = ParentalManyToManyField(
        CompetenceArea,
        verbose_name=_("Kompetenzbereiche (DigComp 2.2)"),
        related_name="offers",
        blank=True,
    )
    level = models.CharField(_("Niveau"), max_length=20, choices=LEVELS, default="beginner")
    language = models.CharField(_("Unterrichtssprache"), max_length=10, choices=LANGUAGES, default="de")
    mode = models.CharField(_("Durchführung"), max_length=20, choices=MODES, default="on_site")
    venue_name = models.CharField(_("Veranstaltungsort"), max_length=200, blank=True)
    venue_district = models.CharField(
        _("Ortsteil"),
        max_length=40,
        choices=DISTRICT_CHOICES,
        blank=True,
        help_text=_("Der Leipziger Ortsteil des Veranstaltungsorts, für den Filter nach Ortsteil."),
    )
    # Structured accessibility facts of the venue, filterable; the notes below say the rest.
    step_free = models.BooleanField(_("Stufenloser Zugang"), default=False)
    accessible_toilet = models.BooleanField(_("Barrierefreies WC"), default=False)
    hearing_loop = models.BooleanField(_("Induktive Höranlage"), default=False)
    online_note = models.TextField(
        _("Hinweis zur Online-Teilnahme"),
        blank=True,
        help_text=_("Z. B. wie der Zugangslink verschickt wird."),
    )
    is_free = models.BooleanField(_("Kostenfrei"), default=True)
    price = models.DecimalField(_("Preis in Euro"), max_digits=8, decimal_places=2, null=True, blank=True)
    price_note = models.CharField(_("Hinweis zum Preis"), max_length=200, blank=True)
    registration_url = models.URLField(_("Anmeldung (Link)"), blank=True)
    registration_email = models.EmailField(_("Anmeldung (E-Mail)"), blank=True)
    registration_deadline = models.DateTimeField(_("Anmeldeschluss"), null=True, blank=True)
    accessibility_notes = models.TextField(
        _("Barrierefreiheit"),
        blank=True,
        help_text=_("Zugang, Hilfsmittel, Unterstützung vor Ort."),
    )
    cancelled = models.BooleanField(
        _("Abgesagt"),
        default=False,
        help_text=_(
            "Das ganze Angebot fällt aus. Es bleibt mit dem Hinweis „abgesagt“ sichtbar, "
            "sobald die Absage geprüft und freigegeben ist."
        ),
    )
    # What lists read of the dates and terms, stored on the row (offers.listing_facts); never edited or translated.
    dates_last_end = models.DateTimeField(null=True, editable=False)
    dates_next_start = models.DateTimeField(null=True, editable=False)
    dates_next_end = models.DateTimeField(null=True, editable=False)
    facet_arenas = models.JSONField(default=list, editable=False)
    facet_target_groups = models.JSONField(default=list, editable=False)
    facet_competence_areas = models.JSONField(default=list, editable=False)

    objects = PageManager.from_queryset(OfferPageQuerySet)()
    base_form_class = OfferPageForm
    # Set by the admin form while it saves a draft: the consistency checks wait for submission.
    validating_draft = False

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Bild")),
        InlinePanel("dates", heading=_("Termine"), label=_("Termin"), min_num=1),
        FieldPanel("cancelled"),
    ]
    classification_panels = [
        # Required on submission, not for a draft: a new offer can be saved with only its title.
        FieldPanel("arenas", widget=forms.CheckboxSelectMultiple, required_on_save=False),
        # A plain list (not the snippet chooser), each term once in the editor's language (offers.forms).
        FieldPanel("format", widget=forms.Select, required_on_save=False),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple, required_on_save=False),
        FieldPanel("competence_areas", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("level"), FieldPanel("language")]),
    ]
    practical_panels = [
        FieldPanel("mode"),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                *address_panels("venue_"),
                FieldPanel("venue_district"),
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("accessible_toilet"), FieldPanel("hearing_loop")]),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Ort"),
        ),
        FieldPanel("online_note"),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")])],
            heading=_("Kosten"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_email"), FieldPanel("registration_deadline")],
            heading=_("Anmeldung"),
        ),
        MultiFieldPanel(contact_panels("contact_", with_name=True), heading=_("Kontakt")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhalt")),
            ObjectList(classification_panels, heading=_("Einordnung")),
            ObjectList(practical_panels, heading=_("Ort, Kosten, Anmeldung")),
            ObjectList(Page.promote_panels, heading=_("Veröffentlichung")),
            ObjectList(Page.settings_panels, heading=_("Einstellungen")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("provider_name", boost=1.2),
        index.SearchField("venue_name"),
        index.FilterField("mode"),
        index.FilterField("level"),
        index.FilterField("language"),
        index.FilterField("is_free"),
    ]
    # Facts: the same in every language, taken from the German page when it is
    # published (translations.facts); translators never override them.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "dates",
            "arenas",
            "format",
            "target_groups",
            "competence_areas",
            "level",
            "language",
            "mode",
            "venue_name",
            "venue_street",
            "venue_postcode",
            "venue_city",
            "is_free",
            "price",
            "registration_url",
            "registration_email",
            "registration_deadline",
            "contact_name",
            "contact_phone",
            "venue_district",
            "step_free",
            "accessible_toilet",
            "hearing_loop",
            "cancelled",
        )
    ]

    parent_page_types = ["offers.ProviderPage"]
    subpage_types = []
    template = "offers/offer_page.html"

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")

    def clean(self):
        super().clean()
        if self.validating_draft:
            return
        errors = {}
        if not self.is_free and self.price is None:
            errors["price"] = _("Bitte einen Preis angeben oder das Angebot als kostenfrei markieren.")
        if self.is_free and self.price:
            errors["price"] = _("Ein kostenfreies Angebot hat keinen Preis.")
        if self.mode in ("on_site", "hybrid") and not self.venue_name:
            errors["venue_name"] = _("Bitte den Veranstaltungsort angeben.")
        if self.mode in ("online", "hybrid") and not self.online_note:
            errors["online_note"] = _("Bitte beschreiben, wie die Online-Teilnahme funktioniert.")
        try:
            # An offer's picture always shows something about the offer: it is never decorative.
            check_alt_text(self.image, self.image_alt)
        except ValidationError as error:
            errors.update(error.message_dict)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The dates are written after the offer's row (modelcluster); their facts are stored once, after both.
        with listing_facts.collecting():
            result = super().save(*args, **kwargs)
            update_fields = kwargs.get("update_fields")
            if update_fields is None or set(listing_facts.RELATIONS) & set(update_fields):
                listing_facts.changed(self.pk)
        return result

    @property
    def share_accent(self):
        """The colour of the generated share card: that of the offer's first arena."""
        arena = min(self.arenas.all(), key=lambda arena: ARENA_KEYS.index(arena.key), default=None)
        return arena.colour if arena else None

    @property
    def picture_alt(self):
        return self.image_alt

    # Dates -------------------------------------------------------------

    def sorted_dates(self):
        return sorted(self.dates.all(), key=lambda date: date.start)

    def upcoming_dates(self):
        """Dates that have not ended yet, earliest first."""
        if hasattr(self, "prefetched_upcoming_dates"):
            return self.prefetched_upcoming_dates
        now = timezone.now()
        return [date for date in self.sorted_dates() if date.end >= now]

    @cached_property
    def next_date(self):
        upcoming = self.upcoming_dates()
        return upcoming[0] if upcoming else None

    @cached_property
    def is_past(self):
        return self.next_date is None

    @property
    def registration_is_open(self):
        return not self.is_past and (
            self.registration_deadline is None or self.registration_deadline >= timezone.now()
        )

    @property
    def registration_state(self):
        """``open``, ``closed``, ``none`` (no registration needed) or ``past``: what a card says about signing up."""
        if self.is_past:
            return "past"
        if not self.registration_url and not self.registration_email:
            return "none"
        return "open" if self.registration_is_open else "closed"

    @property
    def district_name(self):
        return self.get_venue_district_display() if self.venue_district else ""

    @property
    def place_label(self):
        """Where the offer takes place, for cards: the venue and its district, or „online“."""
        if self.mode == "online":
            return str(_("Online"))
        place = ", ".join(part for part in (self.venue_name, self.district_name) if part)
        return f"{place} {_('und online')}" if self.mode == "hybrid" and place else place or self.get_mode_display()

    @property
    def accessibility_facts(self):
        """Labels of the venue's structured accessibility facts that hold."""
        facts = [
            (self.step_free, _("Stufenloser Zugang")),
            (self.accessible_toilet, _("Barrierefreies WC")),
            (self.hearing_loop, _("Induktive Höranlage")),
        ]
        return [label for holds, label in facts if holds]

    @property
    def map_url(self):
        """A plain link to the venue on OpenStreetMap (a search for the address; nothing is embedded)."""
        if not self.venue_street:
            return ""
        address = ", ".join(
            part for part in (self.venue_street, f"{self.venue_postcode} {self.venue_city}".strip()) if part
        )
        return "https://www.openstreetmap.org/search?" + urlencode({"query": address})

    def provider_name(self):
        """The provider's name, indexed with the offer so that „VHS Python“ finds it."""
        provider = self.provider
        return provider.title if provider else ""

    @property
    def provider(self):
        if "provider" not in self.__dict__:
            self.__dict__["provider"] = self.get_parent().specific
        return self.__dict__["provider"]

    # Listing support ---------------------------------------------------

    @classmethod
    def prepare_for_listing(cls, offers, provider=None):
        """Load everything an offer card shows in a fixed number of queries.

        Attaches the provider (the parent page), the arenas, the upcoming dates,
        the localized format and target-group labels, and ``source_language``
        for offers shown in German on another language's pages.
        """
        offers = mark_source_language(offers)
        if not offers:
            return offers
        now = timezone.now()
        prefetch_related_objects(
            offers,
            "arenas",
            "target_groups",
            Prefetch(
                "dates",
                queryset=OfferDate.objects.filter(end__gte=now).order_by("start"),
                to_attr="prefetched_upcoming_dates",
            ),
        )
        if provider is None:
            parent_paths = {offer.path[: -cls.steplen] for offer in offers}
            providers = {p.path: p for p in ProviderPage.objects.filter(path__in=parent_paths)}
        else:
            providers = {provider.path: provider}
        prefetch_pictures(offers, "image", CARD)
        locale = offers[0].locale_id
        format_labels = Format.labels_for(locale)
        group_labels = TargetGroup.labels_for(locale)
        for offer in offers:
            offer.__dict__["provider"] = providers.get(offer.path[: -cls.steplen])
            offer.format_label = format_labels.of(offer.format)
            offer.target_group_labels = group_labels.all_of(offer.target_groups.all())
        return offers

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = self.locale_id
        context["dates"] = self.sorted_dates()
        context["format_label"] = Format.labels_for(locale).of(self.format) if self.format_id else ""
        context["target_group_labels"] = TargetGroup.labels_for(locale).all_of(self.target_groups.all())
        context["competence_area_labels"] = CompetenceArea.labels_for(locale).all_of(self.competence_areas.all())
        context["now"] = timezone.now()
        return context


class OfferDate(Orderable):
    """One session of an offer: a start and an end."""

    page = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="dates")
    start = models.DateTimeField(_("Beginn"))
    end = models.DateTimeField(_("Ende"))
    cancelled = models.BooleanField(
        _("Abgesagt"),
        default=False,
        help_text=_("Nur dieser Termin fällt aus; er bleibt mit dem Hinweis „abgesagt“ sichtbar."),
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("start", help_text=_("Tag und Uhrzeit, zu der Teilnehmende da sein sollen.")),
                FieldPanel("end", help_text=_("Tag und Uhrzeit des Endes; bei mehrtägigen Terminen der letzte Tag.")),
            ]
        ),
        FieldPanel("cancelled"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")
        # (end, start): the dates in a window; start: the next dates in order (``soonest``).
        indexes = [models.Index(fields=["end", "start"]), models.Index(fields=["start"])]

    def __str__(self):
        return f"{self.start:%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Das Ende liegt vor dem Beginn.")})
