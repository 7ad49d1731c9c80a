"""News: dated articles, each tagged with one or more arenas.

News has its own app because it is a domain of its own: it belongs to no single
arena, is listed on the home page and every arena page, and has its own index.
"""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.arenas import ARENA_KEYS
from core.blocks import BodyBlock
from core.pictures import CARD, alt_text_field, check_alt_text, decorative_field, with_pictures
from core.visibility import mark_source_language, visible

NEWS_PER_PAGE = 10


class NewsIndexPage(Page):
    """The list of all news of one language, newest first."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("Nachrichtenübersicht")
        verbose_name_plural = _("Nachrichtenübersichten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.latest_for(self.locale_id).descendant_of(self)
        page_obj = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        page_obj.object_list = mark_source_language(page_obj.object_list)
        context["page_obj"] = page_obj
        return context


class NewsPageQuerySet(PageQuerySet):
    def latest_for(self, locale, arena=None):
        """Live, public news of ``locale``, newest first, optionally of one arena."""
        queryset = visible(self).filter(locale=locale, date__lte=timezone.localdate())
        if arena:
            queryset = queryset.filter(arenas__key=arena)
        return with_pictures(queryset.order_by("-date", "-pk"), "image", CARD)


class NewsPage(Page):
    """A news article."""

    date = models.DateField(_("Datum"), default=timezone.localdate)
    arenas = ParentalManyToManyField("arenas.Arena", verbose_name=_("Arenen"), related_name="news", blank=True)
    teaser = models.TextField(_("Anreißer"), help_text=_("Ein bis zwei Sätze für Listen."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Erscheint über der Nachricht und in Listen; der Fokuspunkt bleibt im Ausschnitt."),
    )
    image_alt = alt_text_field(optional_with_decorative=True)
    image_decorative = decorative_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("arenas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")], heading=_("Bild")
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # Facts, shared by every language (see translations.facts).
    override_translatable_fields = [
        SynchronizedField("arenas", overridable=False),
        SynchronizedField("date", overridable=False),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")

    def clean(self):
        super().clean()
        check_alt_text(self.image, self.image_alt, self.image_decorative)

    @property
    def share_accent(self):
        """The colour of the generated share card: that of the first arena."""
        arena = min(self.arenas.all(), key=lambda arena: ARENA_KEYS.index(arena.key), default=None)
        return arena.colour if arena else None

    @property
    def picture_alt(self):
        """The alt text to render: empty for a decorative picture."""
        return "" if self.image_decorative else self.image_alt
