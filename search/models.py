"""The search app's own tables: the per-language index, editable synonyms, anonymous query statistics."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

KIND_OFFER = "offer"
KIND_PROVIDER = "provider"
KIND_ARENA = "arena"
KIND_NEWS = "news"
KIND_PAGE = "page"

KINDS = [
    (KIND_OFFER, _("Angebot")),
    (KIND_PROVIDER, _("Anbieter")),
    (KIND_ARENA, _("Arena")),
    (KIND_NEWS, _("Nachricht")),
    (KIND_PAGE, _("Seite")),
]


class SearchEntry(models.Model):
    """The searchable text of one page, as it was last published.

    Rows are written when a page is published (never from drafts or revisions
    in review), so what is indexed is always the live content, and deleted
    when it is unpublished; deleting a page deletes its row. View restrictions
    are checked at query time against ``path`` (rewritten when a page moves),
    so restricting a page changes results at once without touching this table.

    ``vector`` is filled on PostgreSQL only, with the text search
    configuration of the page's language (``german`` or ``english``); its GIN
    index is created by a PostgreSQL-only migration step.
    The ``*_plain`` columns hold lower-cased text for the SQLite fallback and
    for the search page's other pages. Offers are filtered and counted by
    ``offers.finder`` on ``OfferPage`` itself.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="search_entry", primary_key=True)
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=KINDS, db_index=True)
    # A copy of the page's tree path, for view restrictions (kept in step on move).
    path = models.CharField(max_length=255, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    extra = models.TextField(blank=True, help_text="Provider name, taxonomy labels, venue.")
    title_plain = models.CharField(max_length=255, db_index=True)
    text_plain = models.TextField(blank=True)
    vector = SearchVectorField(null=True)

    class Meta:
        verbose_name = _("Suchindex-Eintrag")
        verbose_name_plural = _("Suchindex-Einträge")

    def __str__(self):
        return self.title


class Synonym(models.Model):
    """Words the search treats as the same, e.g. „KI“ and „Künstliche Intelligenz“."""

    terms = models.CharField(
        _("Begriffe"),
        max_length=255,
        unique=True,
        help_text=_("Gleichbedeutende Begriffe, durch Kommas getrennt, z. B. „KI, Künstliche Intelligenz“."),
    )

    class Meta:
        verbose_name = _("Synonym")
        verbose_name_plural = _("Synonyme")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]


class QueryStat(models.Model):
    """How often a query was searched on one day, in one language, and how many results it had.

    Deliberately nothing else: no IP address, no user, no cookie.
    """

    date = models.DateField(_("Datum"))
    language = models.CharField(_("Sprache"), max_length=8)
    query = models.CharField(_("Suchanfrage"), max_length=200)
    searches = models.PositiveIntegerField(_("Anzahl Suchen"), default=0)
    result_count = models.PositiveIntegerField(_("Treffer"), default=0)

    class Meta:
        verbose_name = _("Suchanfrage-Statistik")
        verbose_name_plural = _("Suchanfrage-Statistiken")
        constraints = [
            models.UniqueConstraint(fields=["date", "language", "query"], name="unique_query_stat_per_day"),
        ]

    def __str__(self):
        return f"{self.date} {self.language} {self.query}"
