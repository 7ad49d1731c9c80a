"""Facts are shared, text is translated: the German page's facts reach its translations when it is published.

A fact is a field that is the same in every language (a date, an address, a
price, a classification). Each page model names its facts as
``SynchronizedField(..., overridable=False)`` in ``override_translatable_fields``,
the same declaration wagtail-localize reads when it syncs a translation.

wagtail-localize copies synchronised fields only when a translator syncs and
publishes a translation, so English pages kept yesterday's date until then.
Here publishing the German page writes its facts into the live row of every
translation at once: English visitors, listings and search facets see the new
fact immediately, while the translation's text stays the reviewed one (no
revision is published). When a translation is published later (its text
approved), the facts are copied from the live German page again, so an older
draft can never bring back an old fact. Aliases need nothing: Wagtail
copies the whole German page into them on publish.
"""

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from core.visibility import source_language_code


def shared_fact_names(model):
    """The fields ``model`` declares as facts: synchronised and not overridable by translators."""
    return [
        field.field_name
        for field in getattr(model, "override_translatable_fields", [])
        if isinstance(field, SynchronizedField) and not field.overridable
    ]


def copy_facts(source, target, names):
    """Set the facts ``names`` of ``target`` to those of ``source`` (in memory; saved by ``target.save()``)."""
    for name in names:
        field = source._meta.get_field(name)
        if isinstance(field, ParentalManyToManyField):
            setattr(target, name, list(getattr(source, name).all()))
        elif field.one_to_many:
            # A child relation (e.g. the offer's dates): fresh copies of the source's rows.
            children = []
            for child in getattr(source, name).all():
                copy = type(child)()
                for child_field in child._meta.concrete_fields:
                    if child_field.primary_key or child_field.name == field.field.name:
                        continue
                    setattr(copy, child_field.attname, getattr(child, child_field.attname))
                children.append(copy)
            setattr(target, name, children)
        elif isinstance(field, models.ForeignKey):
            setattr(target, field.attname, getattr(source, field.attname))
        else:
            setattr(target, name, getattr(source, name))


def translations_of(source):
    """The other-language pages of ``source`` that have their own content (aliases follow by themselves)."""
    return (
        source.specific_class.objects.filter(translation_key=source.translation_key, alias_of__isnull=True)
        .exclude(pk=source.pk)
        .exclude(locale_id=source.locale_id)
    )


def live_source_of(page):
    """The live German page of the translation ``page``, or None."""
    return (
        page.specific_class.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=source_language_code(),
            alias_of__isnull=True,
            live=True,
        )
        .exclude(pk=page.pk)
        .first()
    )


def share_facts_on_publish(sender, instance, alias=False, **kwargs):
    """``page_published`` receiver: German facts go to the translations; a published translation takes them back."""
    if alias or not isinstance(instance, Page):
        return
    names = shared_fact_names(type(instance))
    if not names:
        return
    page = type(instance).objects.get(pk=instance.pk)
    if not page.live:
        return  # Only scheduled: the facts travel when it goes live.
    if page.locale.language_code == source_language_code():
        for target in translations_of(page):
            copy_facts(page, target, names)
            target.save(clean=False)
    else:
        source = live_source_of(page)
        if source is not None:
            copy_facts(source, page, names)
            page.save(clean=False)
