"""Site-wide page types: the home page, standard pages and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from arenas.models import ArenaPage
from core.blocks import BodyBlock
from core.visibility import mark_source_language, visible
from news.models import NewsPage
from offers.models import OfferIndexPage, OfferPage
from security.cache import cached_fragment
from security.spam import ProtectedFormMixin

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
        "home.AccessibilityStatementPage",
        "home.SignLanguagePage",
        "home.FormPage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The arena tiles and the link to all offers change only on publish: cached until then.
        context["arenas"] = cached_fragment(
            "arena-tiles",
            self.pk,
            lambda: sorted(
                visible(ArenaPage.objects.child_of(self).select_related("arena")), key=lambda arena: arena.sort_order
            ),
        )
        offers = OfferPage.objects.soonest(self.locale_id, 6)
        OfferPage.prepare_for_listing(offers)
        context["offers"] = offers
        context["news"] = mark_source_language(NewsPage.objects.latest_for(self.locale_id)[:3])
        context["offer_index"] = cached_fragment(
            "offer-index", self.pk, lambda: visible(OfferIndexPage.objects.child_of(self)).first()
        )
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


class FormPage(ProtectedFormMixin, AbstractEmailForm):
    """Feedback and participation forms; submissions are stored and optionally mailed.

    ``ProtectedFormMixin`` keeps spam out (honeypot, time stamp, rate limit, field sizes).
    """

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

    parent_page_types = ["home.HomePage", "arenas.ArenaPage", "home.StandardPage", "home.AccessibilityStatementPage"]
    subpage_types = []
    template = "home/form_page.html"
    landing_page_template = "home/form_page_landing.html"
    form_builder = AccessibleFormBuilder

    class Meta:
        verbose_name = _("Formularseite")
        verbose_name_plural = _("Formularseiten")


class KnownBarrierBlock(blocks.StructBlock):
    """One known barrier: what it is, why it exists and what to do instead."""

    title = blocks.CharBlock(label=_("Barriere"))
    description = blocks.TextBlock(label=_("Beschreibung und Begründung"))
    alternative = blocks.TextBlock(label=_("Alternative für Betroffene"), required=False)

    class Meta:
        icon = "warning"
        label = _("Bekannte Barriere")


class AccessibilityStatementPage(Page):
    """The accessibility statement required of public bodies (BITV 2.0 § 7, EU directive 2016/2102).

    Structured, so that the required parts cannot be left out and the date of
    the last check is a fact shared by every language version.
    """

    COMPLIANCE_STATUSES = [
        ("full", _("vollständig vereinbar")),
        ("partial", _("teilweise vereinbar")),
        ("none", _("nicht vereinbar")),
    ]

    intro = models.TextField(_("Einleitung"), blank=True)
    compliance_status = models.CharField(
        _("Stand der Vereinbarkeit"), max_length=10, choices=COMPLIANCE_STATUSES, default="partial"
    )
    compliance_text = RichTextField(_("Erläuterung zum Stand"), blank=True, features=["bold", "link", "ul"])
    last_checked = models.DateField(_("Datum der letzten Prüfung"))
    check_method = RichTextField(
        _("Methode der Prüfung"),
        features=["bold", "link", "ul"],
        help_text=_("Zum Beispiel: automatische Prüfungen bei jeder Änderung und eine Prüfung von Hand."),
    )
    known_barriers = StreamField([("barrier", KnownBarrierBlock())], blank=True, verbose_name=_("Bekannte Barrieren"))
    prepared_on = models.DateField(_("Erklärung erstellt am"))
    feedback_text = RichTextField(_("Text zu Rückmeldungen"), blank=True, features=["bold", "link"])
    feedback_email = models.EmailField(_("E-Mail für Rückmeldungen"))
    feedback_phone = models.CharField(_("Telefon für Rückmeldungen"), max_length=40, blank=True)
    feedback_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Formular „Barriere melden“"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enforcement_text = RichTextField(_("Durchsetzungsverfahren"), features=["bold", "link"])
    enforcement_body = models.CharField(_("Durchsetzungsstelle"), max_length=200)
    enforcement_address = models.TextField(_("Anschrift der Durchsetzungsstelle"), blank=True)
    enforcement_email = models.EmailField(_("E-Mail der Durchsetzungsstelle"), blank=True)
    enforcement_phone = models.CharField(_("Telefon der Durchsetzungsstelle"), max_length=40, blank=True)
    enforcement_url = models.URLField(_("Website der Durchsetzungsstelle"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("compliance_status"),
                FieldPanel("compliance_text"),
                FieldRowPanel([FieldPanel("last_checked"), FieldPanel("prepared_on")]),
                FieldPanel("check_method"),
            ],
            heading=_("Stand und Prüfung"),
        ),
        FieldPanel("known_barriers"),
        MultiFieldPanel(
            [
                FieldPanel("feedback_text"),
                FieldRowPanel([FieldPanel("feedback_email"), FieldPanel("feedback_phone")]),
                FieldPanel("feedback_page"),
            ],
            heading=_("Rückmeldung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enforcement_text"),
                FieldPanel("enforcement_body"),
                FieldPanel("enforcement_address"),
                FieldRowPanel([FieldPanel("enforcement_email"), FieldPanel("enforcement_phone")]),
                FieldPanel("enforcement_url"),
            ],
            heading=_("Durchsetzungsverfahren"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("compliance_text")]
    override_translatable_fields = [
        SynchronizedField("compliance_status"),
        SynchronizedField("last_checked"),
        SynchronizedField("prepared_on"),
        SynchronizedField("feedback_email"),
        SynchronizedField("feedback_phone"),
        SynchronizedField("feedback_page"),
        SynchronizedField("enforcement_email"),
        SynchronizedField("enforcement_phone"),
        SynchronizedField("enforcement_url"),
        SynchronizedField("enforcement_address"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.FormPage"]
    max_count_per_parent = 1
    template = "home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärungen zur Barrierefreiheit")

    def feedback_form(self):
        """The live "Barriere melden" form in this page's language, if there is one."""
        if self.feedback_page_id is None:
            return None
        form = self.feedback_page.get_translation_or_none(self.locale) or self.feedback_page
        return form if form.live else None


class SignVideoBlock(blocks.StructBlock):
    """A video in German Sign Language with captions and a transcript, served by the site itself."""

    title = blocks.CharBlock(label=_("Thema"))
    video = DocumentChooserBlock(label=_("Video (WebM oder MP4)"))
    captions = DocumentChooserBlock(label=_("Untertitel (WebVTT)"), required=False)
    transcript = blocks.RichTextBlock(label=_("Abschrift"), features=["bold", "link", "ul"])

    class Meta:
        icon = "media"
        label = _("Video in Gebärdensprache")
        template = "home/blocks/sign_video_block.html"


class SignLanguagePage(Page):
    """Information in German Sign Language (DGS), as BITV 2.0 § 4 asks of public bodies.

    The videos are documents of the site's own media library, played by the
    browser's own player: no third-party player, nothing embedded from elsewhere.
    """

    intro = models.TextField(_("Einleitung"), blank=True)
    videos = StreamField([("video", SignVideoBlock())], blank=True, verbose_name=_("Videos"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("videos")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/sign_language_page.html"

    class Meta:
        verbose_name = _("Seite in Gebärdensprache")
        verbose_name_plural = _("Seiten in Gebärdensprache")
