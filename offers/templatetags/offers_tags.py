"""Formatting helpers for offers: date ranges, prices and labels."""

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


def _day(value):
    # Translators: date format of a session day, see Django's date filter.
    return formats.date_format(value, _("D, j. M Y"))


@register.simple_tag
def date_range(offer_date):
    """A session as one readable line with machine-readable <time> elements."""
    start = timezone.localtime(offer_date.start)
    end = timezone.localtime(offer_date.end)
    start_time = formats.time_format(start, "H:i")
    end_time = formats.time_format(end, "H:i")
    if start.date() == end.date():
        return format_html(
            '<time datetime="{}">{}, {}</time>–<time datetime="{}">{}</time>',
            start.isoformat(),
            _day(start),
            start_time,
            end.isoformat(),
            end_time,
        )
    return format_html(
        '<time datetime="{}">{}, {}</time> – <time datetime="{}">{}, {}</time>',
        start.isoformat(),
        _day(start),
        start_time,
        end.isoformat(),
        _day(end),
        end_time,
    )


@register.simple_tag
def price_label(offer):
    if offer.is_free or offer.price is None:
        return _("kostenfrei")
    return _("%(price)s €") % {"price": formats.number_format(offer.price, decimal_pos=2, use_l10n=True)}
