"""What lists need of an offer's dates and terms, stored on the offer's own row.

The offer finder counts and orders every offer of a locale on each request. Read from the dates
table, "has a date still to come" and "next date" cost one index look-up per offer (at 50,000
offers about 100 ms of each finder request, PostgreSQL 15, ``bench/finder_bench.py``), and each
many-to-many facet joins its whole link table. Stored on the offer, they are columns of the row the
finder reads anyway.

Stored per offer (``refresh``):

``dates_last_end``
    The end of the offer's last date. An offer has a date still to come exactly when this is at or
    after now, so the stored value never goes stale as time passes.
``dates_next_start``, ``dates_next_end``
    The start of the next date as of the last refresh (the earliest start among the dates that had
    not ended), and the end of that date. It stays the next date until that end passes: dates that
    end in between are dropped from the candidates, and it was the earliest of them all. After its
    end, ``next_start()`` looks the next date up in the dates table; ``manage.py refresh_listing_facts``
    (run by the scheduler, see README) stores the new next dates, so few offers need the look-up.
``facet_arenas``, ``facet_target_groups``, ``facet_competence_areas``
    The keys of the offer's arenas and the slugs of its target groups and competence areas (JSON
    arrays; on PostgreSQL ``jsonb`` with a GIN index, migration offers 0013). The finder counts the
    options from them and, on PostgreSQL, filters by them (``?|``). A term that is deleted leaves its
    slug behind until the offer is saved again: no option shows it, so nothing counts or finds it.

The facts are refreshed whenever an offer is saved, one of its dates is saved or deleted, its
terms are linked or unlinked, or a term's slug changes (signals, connected in ``OffersConfig.ready``),
so also when Wagtail publishes a revision, wagtail-localize synchronises a translation or an alias
follows its source. Code that writes dates or links in bulk (``bulk_create``, ``update``), which sends
no signals, calls ``refresh`` itself (as ``Taxonomy.merge_into`` does).
"""

import contextvars
from contextlib import contextmanager

from django.apps import apps
from django.db.models import Case, DateTimeField, F, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

DATE_FIELDS = ("dates_last_end", "dates_next_start", "dates_next_end")
#: Stored facet field -> (many-to-many field of ``OfferPage``, field of the related model that is the value).
FACETS = {
    "facet_arenas": ("arenas", "key"),
    "facet_target_groups": ("target_groups", "slug"),
    "facet_competence_areas": ("competence_areas", "slug"),
}
FIELDS = (*DATE_FIELDS, *FACETS)
#: The offer's relations the stored facts come from.
RELATIONS = ("dates", *(relation for relation, _value in FACETS.values()))
BATCH = 500

_pending = contextvars.ContextVar("listing_facts_pending", default=None)


def _offers():
    return apps.get_model("offers", "OfferPage").objects


def _dates():
    return apps.get_model("offers", "OfferDate").objects


def facts_of(dates, now):
    """The stored facts of one offer from its dates (``(start, end)`` pairs)."""
    if not dates:
        return dict.fromkeys(DATE_FIELDS)
    to_come = [(start, end) for start, end in dates if end >= now]
    # Of the dates starting first, the one ending last keeps the stored next start valid longest.
    next_start, next_end = min(to_come, key=lambda date: (date[0], -date[1].timestamp()), default=(None, None))
    return {
        "dates_last_end": max(end for _start, end in dates),
        "dates_next_start": next_start,
        "dates_next_end": next_end,
    }


def _values_by_offer(model, name, chunk):
    """Per offer of ``chunk``: the sorted values of its many-to-many facet ``name`` (a ``FACETS`` key)."""
    relation, value = FACETS[name]
    field = model._meta.get_field(relation)
    own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
    rows = field.remote_field.through.objects.filter(**{f"{own}_id__in": chunk})
    values = {pk: set() for pk in chunk}
    for pk, term in rows.values_list(f"{own}_id", f"{other}__{value}"):
        values[pk].add(term)
    return {pk: sorted(terms) for pk, terms in values.items()}


def refresh(offer_ids, now=None, models=None):
    """Store the facts of the offers ``offer_ids`` (ids of ``OfferPage`` rows) from their dates and terms.

    ``models``: the ``(OfferPage, OfferDate)`` classes to use (a migration's historical ones).
    """
    now = now or timezone.now()
    offers, dates_of = (models[0].objects, models[1].objects) if models else (_offers(), _dates())
    ids = sorted(set(offer_ids))
    for first in range(0, len(ids), BATCH):
        chunk = ids[first : first + BATCH]
        dates = {pk: [] for pk in chunk}
        for page_id, start, end in dates_of.filter(page_id__in=chunk).values_list("page_id", "start", "end"):
            dates[page_id].append((start, end))
        terms = {name: _values_by_offer(offers.model, name, chunk) for name in FACETS}
        stored = {pk: tuple(row) for pk, *row in offers.filter(pk__in=chunk).values_list("pk", *FIELDS)}
        changed = []
        for pk, row in stored.items():
            facts = facts_of(dates[pk], now)
            facts.update({name: terms[name][pk] for name in FACETS})
            if tuple(facts[name] for name in FIELDS) != row:
                changed.append(offers.model(pk=pk, **facts))
        if changed:
            offers.bulk_update(changed, FIELDS)


def refresh_passed(now=None):
    """Store new next dates for the offers whose stored next date has ended (the scheduled refresh)."""
    now = now or timezone.now()
    ids = list(_offers().filter(dates_next_end__lt=now).values_list("pk", flat=True))
    refresh(ids, now)
    return len(ids)


def changed(offer_id):
    """An offer's dates changed: refresh its facts now, or at the end of ``collecting()``."""
    pending = _pending.get()
    if pending is None:
        refresh([offer_id])
    else:
        pending.add(offer_id)


@contextmanager
def collecting():
    """Refresh each offer whose dates change within the block once, at its end.

    Saving an offer with three dates writes each date (a signal each) and then the offer: one
    refresh at the end instead of four.
    """
    if _pending.get() is not None:  # already collecting: the outer block refreshes
        yield
        return
    pending = set()
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    refresh(pending)


def date_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.page_id:
        changed(instance.page_id)


def date_deleted(sender, instance, **kwargs):
    if instance.page_id:
        changed(instance.page_id)


def links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """An offer's terms were linked or unlinked (``m2m_changed`` of the three facet relations)."""
    if not action.startswith("post_"):
        if reverse and action == "pre_clear":
            # From the term's side a clear names no offers: they are read before it.
            instance._offers_before_clear = list(instance.offers.values_list("pk", flat=True))
        return
    if not reverse:
        changed(instance.pk)
        return
    # From the term's side ``pk_set`` names the offers.
    offer_ids = instance.__dict__.pop("_offers_before_clear", []) if action == "post_clear" else pk_set or []
    with collecting():
        for pk in offer_ids:
            changed(pk)


def term_saving(sender, instance, raw=False, **kwargs):
    """Remember the slug a term had, so that its offers are refreshed only when it changes."""
    if not raw and instance.pk:
        instance._slug_before = sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()


def term_saved(sender, instance, raw=False, created=False, **kwargs):
    """A term's slug is stored on its offers: refresh them when it changed."""
    if raw or created or getattr(instance, "_slug_before", instance.slug) == instance.slug:
        return
    with collecting():
        for pk in instance.offers.values_list("pk", flat=True):
            changed(pk)


# Conditions on OfferPage querysets -----------------------------------------------------------------


def upcoming_q(now):
    """Offers with a date that has not ended at ``now``."""
    return Q(dates_last_end__gte=now)


def next_start(now):
    """The start of the offer's next date at ``now`` (NULL when none is to come), mostly from the row itself."""
    look_up = Subquery(_dates().filter(page=OuterRef("pk"), end__gte=now).order_by("start").values("start")[:1])
    return Case(
        When(Q(dates_last_end__isnull=True) | Q(dates_last_end__lt=now), then=Value(None)),
        When(dates_next_end__gte=now, then=F("dates_next_start")),
        default=look_up,
        output_field=DateTimeField(),
    )
