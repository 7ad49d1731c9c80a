"""Translatable taxonomies of offers: formats, target groups, DigComp competence areas."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.taxonomy import LabelledTermMixin

from .. import listing_facts


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

    # Managing terms: one entry per term (the German row), used by every language --------

    @classmethod
    def source_terms(cls):
        """One row per term: the German one, which offers point at."""
        return cls.objects.filter(locale__language_code=settings.LANGUAGE_CODE)

    @classmethod
    def _usage(cls):
        """The pages' field that points at this taxonomy (``format``, ``target_groups``, …) and its model."""
        relation = cls._meta.get_field("offers")
        return relation.related_model, relation.field.name

    @classmethod
    def with_usage(cls, queryset):
        """``queryset`` annotated with ``usage``: how many offer pages (any language, drafts too) use the term."""
        pages, field_name = cls._usage()
        counts = (
            pages.objects.filter(**{f"{field_name}__translation_key": OuterRef("translation_key")})
            .order_by()
            .values(f"{field_name}__translation_key")
            .annotate(count=Count("pk", distinct=True))
            .values("count")
        )
        return queryset.annotate(usage=Coalesce(Subquery(counts, output_field=IntegerField()), 0))

    def all_languages(self):
        """This term in every language (the rows sharing its translation key)."""
        return type(self).objects.filter(translation_key=self.translation_key)

    def pages_using(self):
        pages, field_name = self._usage()
        return pages.objects.filter(**{f"{field_name}__translation_key": self.translation_key}).distinct()

    def label_in(self, language_code):
        row = self.all_languages().filter(locale__language_code=language_code).first()
        return row.name if row else ""

    @transaction.atomic
    def merge_into(self, target):
        """Point every page using this term (in any language) at ``target``, then remove this term everywhere.

        Returns the number of pages changed. The pages' live rows change; their
        search entries are refreshed by the caller.
        """
        if target.translation_key == self.translation_key:
            raise ValueError("A term cannot be merged into itself.")
        pages, field_name = self._usage()
        field = pages._meta.get_field(field_name)
        old_ids = list(self.all_languages().values_list("pk", flat=True))
        page_ids = list(self.pages_using().values_list("pk", flat=True))
        if field.many_to_many:
            through = field.remote_field.through
            page_column, term_column = f"{pages._meta.model_name}_id", f"{type(self)._meta.model_name}_id"
            already = set(
                through.objects.filter(**{term_column: target.pk, f"{page_column}__in": page_ids}).values_list(
                    page_column, flat=True
                )
            )
            through.objects.bulk_create(
                [
                    through(**{page_column: page_id, term_column: target.pk})
                    for page_id in page_ids
                    if page_id not in already
                ]
            )
            through.objects.filter(**{f"{term_column}__in": old_ids}).delete()
            # Bulk writes send no signals: the offers' stored facet values follow here.
            listing_facts.refresh(page_ids)
        else:
            pages.objects.filter(pk__in=page_ids).update(**{field.attname: target.pk})
        self.all_languages().delete()
        return len(page_ids)


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
