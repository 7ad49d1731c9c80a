"""Builders for pages the tests need beyond the demo content."""

import datetime
import itertools

from django.utils import timezone
from wagtail.models import Locale

from arenas.models import Arena
from offers.models import Format, OfferDate, OfferPage, ProviderPage, TargetGroup

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
        mode="online",
        online_note="Link per E-Mail.",
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
