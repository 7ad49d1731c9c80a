"""Builders for pages the tests need beyond the demo content."""

import datetime
import itertools
import uuid

from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page

from arenas.models import Arena
from offers import listing_facts
from offers.models import Format, OfferDate, OfferPage, ProviderPage, TargetGroup
from search import indexing
from search.models import SearchEntry

_counter = itertools.count(1)


def make_provider(offer_index, title=None, **fields):
    number = next(_counter)
    provider = ProviderPage(
        title=title or f"Testanbieter {number}",
        slug=f"testanbieter-{number}",
        kind="association",
        description="<p>Ein Verein für Tests.</p>",
        **fields,
    )
    offer_index.add_child(instance=provider)
    provider.save_revision().publish()
    return provider


def make_offer(provider, arenas=("bildung",), days_ahead=10, publish=True, dates=None, **fields):
    """An offer below ``provider``; ``dates`` is a list of day offsets (default one date)."""
    number = next(_counter)
    now = timezone.now()
    offsets = dates if dates is not None else [days_ahead]
    offer = OfferPage(
        title=fields.pop("title", f"Testangebot {number}"),
        slug=f"testangebot-{number}",
        summary="Ein Angebot für Tests.",
        description="<p>Beschreibung.</p>",
        format=Format.objects.get(locale=provider.locale, slug="workshop"),
        mode=fields.pop("mode", "online"),
        online_note=fields.pop("online_note", "Link per E-Mail."),
        live=False,
        **fields,
    )
    offer.arenas = list(Arena.objects.filter(key__in=arenas))
    offer.target_groups = list(TargetGroup.objects.filter(locale=provider.locale, slug="citizens"))
    offer.dates = [
        OfferDate(start=now + datetime.timedelta(days=d), end=now + datetime.timedelta(days=d, hours=2))
        for d in offsets
    ]
    provider.add_child(instance=offer)
    revision = offer.save_revision()
    if publish:
        revision.publish()
    return OfferPage.objects.get(pk=offer.pk)


def first_provider(locale):
    return ProviderPage.objects.live().filter(locale=locale).order_by("path").first()


def clone(instance):
    """An unsaved instance with the field values of ``instance``."""
    return type(instance)(
        **{field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields}
    )


def copy_pages_in_bulk(template, parent, count, prepare=None):
    """``count`` copies of ``template`` as the last children of ``parent``, written in bulk.

    For tests that need many pages of one kind, not the way each is made: a
    page made through Wagtail (tree insert, revision, publish, indexes) costs
    about a hundred queries, a copy here a few. Each copy carries the
    template's field values, many-to-many choices and inline children (such as
    offer dates), a new translation key, and slug ``<template slug>-<n>``;
    ``prepare(copy, n, children)`` may change the copy's fields and its inline
    children (``{relation name: [unsaved rows]}``) before it is written. The
    copies have no revisions and are left out of Wagtail's own search and
    reference indexes; they are added to the campus search index, so listings
    and search see them like published pages. Returns the copies.
    """
    template = template.specific_class.objects.get(pk=template.pk)
    model = type(template)
    parent = Page.objects.get(pk=parent.pk)
    last_child = parent.get_last_child()
    last_step = last_child._get_lastpos_in_path() if last_child else 0
    many_to_many = {field: list(getattr(template, field.name).all()) for field in model._meta.many_to_many}
    child_relations = {
        relation.get_accessor_name(): list(getattr(template, relation.get_accessor_name()).all())
        for relation in get_all_child_relations(template)
    }

    copies, children_of = [], []
    for n in range(1, count + 1):
        page = clone(template)
        page.pk = page.id = None
        page.path = Page._get_path(parent.path, parent.depth + 1, last_step + n)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.slug = f"{template.slug}-{n}"
        page.translation_key = uuid.uuid4()
        page.latest_revision_id = page.live_revision_id = None
        page.has_unpublished_changes = False
        children = {name: [clone(row) for row in rows] for name, rows in child_relations.items()}
        if prepare is not None:
            prepare(page, n, children)
        page.draft_title = page.title
        page.url_path = f"{parent.url_path}{page.slug}/"
        copies.append(page)
        children_of.append(children)

    page_fields = [field.attname for field in Page._meta.concrete_fields]
    rows = Page.objects.bulk_create([Page(**{name: getattr(page, name) for name in page_fields}) for page in copies])
    for page, row in zip(copies, rows, strict=True):
        page.pk = page.id = page.page_ptr_id = row.pk
        # Only the subclass's own table: the Page row exists (as loaddata writes rows).
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)

    for field, targets in many_to_many.items():
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [through(**{source: page.pk, target: item.pk}) for page in copies for item in targets]
        )
    for name, relation in ((r.get_accessor_name(), r) for r in get_all_child_relations(template)):
        rows = []
        for page, children in zip(copies, children_of, strict=True):
            for row in children[name]:
                row.pk = None
                setattr(row, relation.field.attname, page.pk)
                rows.append(row)
        relation.related_model.objects.bulk_create(rows)
    if issubclass(model, OfferPage):
        # Bulk inserts send no signals: the offers' date facts are stored here (offers.listing_facts).
        listing_facts.refresh([page.pk for page in copies])
    if model in indexing.indexed_models():
        pks = [page.pk for page in copies]
        stored = model.objects.filter(pk__in=pks, live=True).select_related("locale")
        SearchEntry.objects.bulk_create([indexing.build_entry(page) for page in stored])
        indexing.update_vectors(SearchEntry.objects.filter(page_id__in=pks))
    return copies


def make_offers_in_bulk(provider, count, arenas=("bildung",), days_ahead=lambda n: 10):
    """``count`` published offers below ``provider``: one made by ``make_offer``, the rest copied in bulk.

    ``days_ahead(n)`` gives the day offset of the n-th offer's date (n from 0).
    """
    template = make_offer(provider, arenas=arenas, days_ahead=days_ahead(0))

    def shift_date(offer, n, children):
        offer.title = f"{template.title} ({n})"
        shift = datetime.timedelta(days=days_ahead(n) - days_ahead(0))
        for date in children["dates"]:
            date.start += shift
            date.end += shift

    return [template, *copy_pages_in_bulk(template, provider, count - 1, prepare=shift_date)]


def make_translated_offer(german_provider, language, title, **fields):
    """A German offer below ``german_provider`` and its published translation titled ``title``.

    Pages of other languages are translations of German pages: one without a
    German source is never shown (``core.visibility``).
    """
    source = make_offer(german_provider, title=f"Quelle: {title}", **fields)
    locale = Locale.objects.get(language_code=language)
    translation = source.copy_for_translation(locale, copy_parents=False, alias=False).specific
    translation.title = title
    translation.slug = f"{source.slug}-{language}"
    translation.save()
    translation.save_revision().publish()
    return OfferPage.objects.get(pk=translation.pk)
