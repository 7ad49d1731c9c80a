"""Translatable taxonomies of offers: formats, target groups, DigComp competence areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.taxonomy import LabelledTermMixin


class Taxonomy(LabelledTermMixin, TranslatableMixin, models.Model):
    """A label offers are tagged with, shown in the page's language (``labels_for``).

    The slug is shared by all translations of a term (it is synchronised, not
    translated), so filters in the URL mean the same in every language.
    """

    name = models.CharField(_("Name"), max_length=100)
    slug = models.SlugField(
        _("Kürzel"),
        max_length=100,
        help_text=_("Für Filter-Adressen, in allen Sprachen gleich."),
    )
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Format(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("Format")
        verbose_name_plural = _("Formate")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class CompetenceArea(Taxonomy):
    """One of the five competence areas of the EU's DigComp 2.2 framework."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("Kompetenzbereich")
        verbose_name_plural = _("Kompetenzbereiche")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
