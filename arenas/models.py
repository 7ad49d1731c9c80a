"""The campus arenas: a fixed set of four, each with one arena page per locale."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.arenas import ARENA_CHOICES, ARENA_COLOURS, ARENA_KEYS
from core.blocks import BodyBlock
from core.pictures import alt_text_field, check_alt_text, decorative_field
from news.models import NewsPage
from offers import finder
from offers.models import ProviderPage


class Arena(models.Model):
    """One of the four arenas; offers and news are tagged with them.

    The rows are created by a data migration and never edited: the arenas are
    fixed by the campus concept. Names come from the translation catalogue.
    """

    key = models.CharField(_("Schlüssel"), max_length=32, unique=True, choices=ARENA_CHOICES)

    class Meta:
        verbose_name = _("Arena")
        verbose_name_plural = _("Arenen")

    def __str__(self):
        return str(self.name)

    @property
    def name(self):
        return dict(ARENA_CHOICES)[self.key]

    @property
    def colour(self):
        return ARENA_COLOURS[self.key]


class ArenaPage(Page):
    """The landing page of one arena, with live lists of its offers, providers and news."""

    arena = models.ForeignKey(
        Arena,
        verbose_name=_("Arena"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_("Welche der vier Arenen diese Seite darstellt."),
    )
    tagline = models.CharField(
        _("Leitmotiv"),
        max_length=120,
        help_text=_("Kurzes Motto, z. B. „Umsetzung + Anwendung“."),
    )
    introduction = models.TextField(_("Einleitung"), help_text=_("Ein bis drei Sätze für die Startseite und Listen."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ein Bild für den Kopf der Arena-Seite; ohne Bild erscheint die Illustration der Arena."),
    )
    image_alt = alt_text_field(optional_with_decorative=True)
    image_decorative = decorative_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("arena"),
        FieldPanel("tagline"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")], heading=_("Bild")
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("tagline"),
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("arena"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.FormPage"]
    max_count_per_parent = 4
    template = "arenas/arena_page.html"

    class Meta:
        verbose_name = _("Arena-Seite")
        verbose_name_plural = _("Arena-Seiten")

    def clean(self):
        super().clean()
        siblings = ArenaPage.objects.filter(locale_id=self.locale_id, arena_id=self.arena_id).exclude(pk=self.pk)
        if self.arena_id and siblings.exists():
            raise ValidationError({"arena": _("Für diese Arena gibt es in dieser Sprache schon eine Seite.")})
        check_alt_text(self.image, self.image_alt, self.image_decorative)

    @property
    def share_accent(self):
        """The colour of the generated share card: this arena's."""
        return ARENA_COLOURS.get(self.arena.key) if self.arena_id else None

    @property
    def picture_alt(self):
        """The alt text to render: empty for a decorative picture."""
        return "" if self.image_decorative else self.image_alt

    @cached_property
    def sort_order(self):
        return ARENA_KEYS.index(self.arena.key)

    #: The arena is fixed on its own page, so the finder offers no arena filter there.
    finder_fixed_filters = ("arena",)

    def offer_scope(self):
        """The offers the finder lists on this page: those tagged with this arena."""
        return finder.linked_q("arena", [self.arena.key])

    def upcoming_offers(self):
        """Live, public offers of this arena and language with a date still to come, next date first."""
        return finder.find({}, locale=self.locale, within=self).offers

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(finder.context_for(request, self))
        context["providers"] = ProviderPage.objects.for_arena(self.locale_id, self.arena.key)
        context["news"] = NewsPage.objects.latest_for(self.locale_id, arena=self.arena.key)[:3]
        return context
