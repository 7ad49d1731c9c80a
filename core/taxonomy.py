"""Labels of translatable taxonomy terms in the language of a page.

Offers point at the German terms; visitors read them in the page's language.
This is the one place that turns a term into its label: ``labels_for(locale)``
answers for a whole listing from one cache read, ``TermLabels.of(term)`` for
each term, falling back to the term's own name where no translation exists.
"""

from django.conf import settings
from django.core.cache import cache

LABELS_CACHE_SECONDS = 60 * 60
SOURCE_LABELS = "source"  # the key of the source language's labels in the cached mapping


class TermLabels(dict):
    """Translation key → name in one locale."""

    def of(self, term):
        return self.get(term.translation_key, term.name)

    def all_of(self, terms):
        return [self.of(term) for term in terms]


class LabelledTermMixin:
    """For a ``TranslatableMixin`` model with ``name``, ``slug`` and ``sort_order``.

    ``slug`` is shared by all translations of a term, so choices built from the
    source terms mean the same in every language.
    """

    @classmethod
    def labels_cache_key(cls):
        return f"campus:labels:{cls._meta.label_lower}"

    @classmethod
    def labels_for(cls, locale):
        """The labels in ``locale`` (a Locale or its id), falling back to the source language.

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
            all_labels[SOURCE_LABELS] = source
            cache.set(cls.labels_cache_key(), all_labels, LABELS_CACHE_SECONDS)
        if locale_id in all_labels:
            return TermLabels(all_labels[locale_id])
        # A language without terms of its own (Leichte Sprache, so far) reads the German ones.
        return TermLabels(all_labels[SOURCE_LABELS])

    @classmethod
    def forget_labels(cls, **kwargs):
        cache.delete(cls.labels_cache_key())

    @classmethod
    def choices_for(cls, locale):
        """(slug, label) of every source term in their order, labelled in ``locale``: filter choices."""
        labels = cls.labels_for(locale)
        terms = cls.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("sort_order", "name")
        return [(term.slug, labels.of(term)) for term in terms]
