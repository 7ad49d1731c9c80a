"""Site-wide page types: the home page, standard pages and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.visibility import mark_source_language, visible

from .blocks import BodyBlock
from .forms import AccessibleFormBuilder


class HomePage(Page):
    """The root of each language tree: the campus idea, the arenas, the next offers, news."""

    intro = models.TextField(_("Einleitung"), help_text=_("Kurzer Leitsatz unter dem Titel."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "arenas.ArenaPage",
        "offers.OfferIndexPage",
        "news.NewsIndexPage",
        "home.StandardPage",
        "home.FormPage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        from arenas.models import ArenaPage
        from news.models import NewsPage
        from offers.models import OfferPage

        context = super().get_context(request, *args, **kwargs)
        context["arenas"] = sorted(visible(ArenaPage.objects.child_of(self)), key=lambda arena: arena.sort_order)
        offers = list(OfferPage.objects.upcoming(self.locale_id)[:6])
        OfferPage.prepare_for_listing(offers)
        context["offers"] = offers
        context["news"] = mark_source_language(NewsPage.objects.latest_for(self.locale_id)[:3])
        return context


class StandardPage(Page):
    """About, imprint, privacy, accessibility statement and similar text pages."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]
    template = "home/standard_page.html"

    class Meta:
        verbose_name = _("Standardseite")
        verbose_name_plural = _("Standardseiten")


class FormField(TranslatableMixin, AbstractFormField):
    """A form field; translatable so that English forms get English labels and choices."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    # The submission keys stay the same in every language.
    override_translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class FormPage(AbstractEmailForm):
    """Feedback and participation forms; submissions are stored and optionally mailed."""

    intro = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(_("Dankestext"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        FormSubmissionsPanel(),
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Formularfelder")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-Mail"),
        ),
    ]

    override_translatable_fields = [SynchronizedField("to_address"), SynchronizedField("from_address")]

    parent_page_types = ["home.HomePage", "arenas.ArenaPage", "home.StandardPage"]
    subpage_types = []
    template = "home/form_page.html"
    landing_page_template = "home/form_page_landing.html"
    form_builder = AccessibleFormBuilder

    class Meta:
        verbose_name = _("Formularseite")
        verbose_name_plural = _("Formularseiten")
