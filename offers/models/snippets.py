"""Translatable taxonomies of offers: formats, target groups, DigComp competence areas."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Taxonomy(TranslatableMixin, models.Model):
    """A label offers are tagged with.

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

    @classmethod
    def labels_cache_key(cls):
        return f"campus:labels:{cls._meta.label_lower}"

    @classmethod
    def labels_for(cls, locale):
        """Map translation keys to names in ``locale``, falling back to the source language.

        Cached for all locales at once; saving or deleting a term clears the cache.
        """
        locale_id = getattr(locale, "pk", locale)
        all_labels = cache.get(cls.labels_cache_key())
        if all_labels is None:
            all_labels = {}
            terms = cls.objects.select_related("locale").order_by("sort_order", "name")
            source = {t.translation_key: t.name for t in terms if t.locale.language_code == settings.LANGUAGE_CODE}
            for term in terms:
                all_labels.setdefault(term.locale_id, dict(source))[term.translation_key] = term.name
            cache.set(cls.labels_cache_key(), all_labels, 60 * 60)
        if locale_id in all_labels:
            return all_labels[locale_id]
        return next(iter(all_labels.values()), {})

    @classmethod
    def forget_labels(cls, **kwargs):
        cache.delete(cls.labels_cache_key())


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
