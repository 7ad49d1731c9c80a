"""Share cards: the picture social networks and messengers show when a page is shared.

A page with its own picture is shared with a 1200×630 crop of it (around the
focal point). Every other page gets a generated card: the campus mark, the
page's title and the colour of its arena (``page.share_accent``, a hex colour
each page type may declare). Wagtail has no such generator, so it is drawn
here with Pillow; the PNG is cached by content hash, so it is drawn once per
title and colour, and its URL changes when they do.
"""

import hashlib
import io
import textwrap
from pathlib import Path

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from PIL import Image, ImageDraw, ImageFont
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page

from core.visibility import visible

CARD_SIZE = (1200, 630)
SHARE_RENDITION = "fill-1200x630|format-jpeg"
CAMPUS_BLUE = "#0b5c8c"
MARK_COLOURS = ("#9a3412", "#0f766e", "#6d28d9", "#1d4ed8")
TEXT_COLOUR = "#1b1f24"
SITE_NAME = "Digital Campus Leipzig"
# DejaVu ships with most Linux systems; Pillow's own font is the fallback.
BOLD_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
REGULAR_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CACHE_SECONDS = 60 * 60 * 24 * 30


def load_font(path, size):
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def accent_of(page):
    """The page's arena colour, or the campus blue for pages of no arena."""
    return getattr(page, "share_accent", None) or CAMPUS_BLUE


def card_version(page):
    """A short hash of what the card shows: its URL and cache key change with it."""
    text = f"{page.title}|{accent_of(page)}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def draw_campus_mark(draw, left, top, size):
    """The campus mark: four quarter discs in the arena colours around a square courtyard."""
    gap = size // 24
    half = size // 2
    boxes = [
        ((left, top, left + size - gap, top + size - gap), 180, 270),
        ((left + gap, top, left + size, top + size - gap), 270, 360),
        ((left, top + gap, left + size - gap, top + size), 90, 180),
        ((left + gap, top + gap, left + size, top + size), 0, 90),
    ]
    for (box, start, end), colour in zip(boxes, MARK_COLOURS, strict=True):
        draw.pieslice(box, start, end, fill=colour)
    court = size * 7 // 24
    draw.rectangle(
        (left + half - court // 2, top + half - court // 2, left + half + court // 2, top + half + court // 2),
        fill="#ffffff",
    )


def render_card(title, accent):
    """A PNG (bytes) of the generated card."""
    width, height = CARD_SIZE
    card = Image.new("RGB", CARD_SIZE, "#ffffff")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 28, height), fill=accent)
    draw_campus_mark(draw, 80, 64, 96)
    draw.text((200, 88), SITE_NAME, font=load_font(BOLD_FONT, 40), fill=TEXT_COLOUR)
    title_font = load_font(BOLD_FONT, 68)
    lines = textwrap.wrap(title, width=28)[:4]
    if len(textwrap.wrap(title, width=28)) > 4:
        lines[-1] = lines[-1].rstrip(" .,;:") + " …"
    y = 220
    for line in lines:
        draw.text((80, y), line, font=title_font, fill=TEXT_COLOUR)
        y += 84
    stripe = (width - 80) // 4
    for number, colour in enumerate(MARK_COLOURS):
        draw.rectangle((80 + number * stripe, height - 52, 80 + (number + 1) * stripe - 8, height - 40), fill=colour)
    buffer = io.BytesIO()
    card.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def share_image(page, request):
    """What ``og:image`` shows for ``page``: a dict with absolute ``url``, ``width``, ``height``, ``alt``."""
    picture = getattr(page, "image", None)
    if picture is not None:
        rendition = get_rendition_or_not_found(picture, SHARE_RENDITION)
        alt = "" if getattr(page, "image_decorative", False) else getattr(page, "image_alt", "")
        return {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": alt or page.title,
        }
    path = reverse("share_card", kwargs={"page_id": page.pk, "version": card_version(page)})
    return {
        "url": request.build_absolute_uri(path),
        "width": CARD_SIZE[0],
        "height": CARD_SIZE[1],
        "alt": f"{SITE_NAME}: {page.title}",
    }


def share_card(request, page_id, version):
    """Serve the generated card of a visible page; 404 for drafts, private pages and unknown ids."""
    page = visible(Page.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404
    page = page.specific
    current = card_version(page)
    key = f"share-card:{page.pk}:{current}"
    png = cache.get(key)
    if png is None:
        png = render_card(page.title, accent_of(page))
        cache.set(key, png, CACHE_SECONDS)
    response = HttpResponse(png, content_type="image/png")
    # An outdated version in the URL still gets the current card, but only briefly cached.
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS if version == current else 300)
    return response
