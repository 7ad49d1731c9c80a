"""The one way public templates show an uploaded image: ``{% responsive_picture %}``.

It renders Wagtail's own ``Picture`` (``<picture>`` with one ``<source>`` per
modern format, ``srcset``/``sizes``, width and height of the fallback ``<img>``),
with the alt text chosen by the editor for this place, and lazy loading unless
the variant is the lead picture at the top of a page. The variant's specs come
from ``core.pictures`` so listings can prefetch exactly these renditions.
"""

import hashlib

from django import template
from django.core.cache import caches
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page

from core.pictures import VARIANTS
from core.share_cards import share_image

register = template.Library()


@register.simple_tag
def responsive_picture(image, alt, variant="card", css_class=""):
    """``alt`` is required: pass ``""`` for a decorative image, never the image's title."""
    if not image:
        return ""
    if alt is None:
        raise ValueError("responsive_picture needs an alt text ('' for a decorative image)")
    key = picture_key(image, alt, variant, css_class)
    markup = caches["pictures"].get(key)
    if markup is None:
        chosen = VARIANTS[variant]
        renditions = get_renditions_or_not_found(image, chosen.filters)
        attrs = {"alt": alt, "sizes": chosen.sizes, "decoding": "async", "class": css_class or None}
        if not chosen.eager:
            attrs["loading"] = "lazy"
        markup = Picture(renditions, attrs).__html__()
        caches["pictures"].set(key, markup)
    return mark_safe(markup)  # noqa: S308 - Wagtail's Picture escapes every attribute


def picture_key(image, alt, variant, css_class):
    """What the markup depends on: the image's file and focal point, the variant, alt text and class.

    A new file or focal point gives new renditions (and a new key); the rest of
    the image's fields do not appear in the markup.
    """
    parts = (
        image.file.name,
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
        variant,
        alt,
        css_class,
    )
    digest = hashlib.md5(repr(parts).encode(), usedforsecurity=False).hexdigest()
    return f"picture:{image.pk}:{digest}"


@register.inclusion_tag("core/includes/share_image.html", takes_context=True)
def share_image_meta(context):
    """OpenGraph and Twitter-card image tags for the page being shown (none outside pages)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None or page.pk is None:
        return {"share": None}
    return {"share": share_image(page, request)}


@register.simple_tag
def arena_illustration(key):
    """The decorative SVG illustration of an arena, inline (no request, coloured by CSS)."""
    if not key or not key.isalpha():
        return ""
    try:
        return render_to_string(f"core/illustrations/{key}.svg")
    except TemplateDoesNotExist:
        return ""
