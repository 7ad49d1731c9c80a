"""Pictures for the demo site, drawn here with Pillow: no downloaded photos.

Provider logos are monograms in a colour of the provider's own; some offers and
news items get a simple drawing (a laptop, a network, a chart …) in the colour
of their arena, with an alt text that says what the drawing shows. Every image
is found again by its title, so a second run creates nothing. Images are small
PNGs of flat shapes; the site makes its renditions from them on first view.
"""

import io
import re

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.arenas import ARENA_COLOURS
from core.share_cards import BOLD_FONT, load_font
from demo.content import news as news_content
from news.models import NewsPage
from offers.models import OfferPage, ProviderPage

PICTURE_SIZE = (1200, 675)
LOGO_SIZE = 384
# Colours for provider monograms; white text on each has at least 4.5:1 contrast.
PROVIDER_COLOURS = ["#0b5c8c", "#7c2d12", "#065f46", "#5b21b6", "#9d174d", "#1e3a8a", "#854d0e", "#374151"]
# Every n-th offer gets a picture, so the lists show cards with and without one.
OFFER_PICTURE_EVERY = 5
NEWS_WITH_PICTURES = 4  # the newest ones, so the home page shows them
SMALL_WORDS = {"der", "die", "das", "für", "und", "e.", "v.", "e.v.", "gmbh", "ggmbh", "am", "im", "in"}

# What each drawing shows, in both languages: the alt text is true to the picture.
MOTIFS = {
    "laptop": (
        "Zeichnung: ein aufgeklappter Laptop, auf dem Bildschirm farbige Programmzeilen.",
        "Drawing: an open laptop with coloured lines of code on its screen.",
    ),
    "network": (
        "Zeichnung: runde Knoten, durch Linien zu einem Netz verbunden.",
        "Drawing: round nodes joined by lines into a network.",
    ),
    "chart": (
        "Zeichnung: ein Balkendiagramm mit vier steigenden Balken und einer Trendlinie.",
        "Drawing: a bar chart with four rising bars and a trend line.",
    ),
    "chat": (
        "Zeichnung: zwei Sprechblasen, die aufeinander antworten.",
        "Drawing: two speech bubbles answering each other.",
    ),
    "circuit": (
        "Zeichnung: ein Mikrochip, von dem Leiterbahnen ausgehen.",
        "Drawing: a microchip with circuit tracks leading away from it.",
    ),
    "lock": (
        "Zeichnung: ein geschlossenes Vorhängeschloss vor einem Schild.",
        "Drawing: a closed padlock in front of a shield.",
    ),
}
MOTIF_ORDER = list(MOTIFS)


def tint(colour, amount):
    """``colour`` mixed with white; ``amount`` 0 is white, 1 is the colour."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(255 - (255 - c) * amount) for c in (red, green, blue))


def draw_motif(motif, colour):
    """A 1200×675 drawing of ``motif`` in ``colour``; returns the Pillow image and its focal point box."""
    width, height = PICTURE_SIZE
    picture = PillowImage.new("RGB", PICTURE_SIZE, tint(colour, 0.12))
    draw = ImageDraw.Draw(picture)
    for x in range(0, width, 60):
        for y in range(0, height, 60):
            draw.ellipse((x + 28, y + 28, x + 32, y + 32), fill=tint(colour, 0.3))
    cx, cy = width // 2, height // 2
    strong, mid, light = tint(colour, 1), tint(colour, 0.6), tint(colour, 0.35)
    if motif == "laptop":
        draw.rounded_rectangle((cx - 260, cy - 200, cx + 260, cy + 110), 18, fill=strong)
        draw.rectangle((cx - 232, cy - 172, cx + 232, cy + 82), fill="white")
        for row, (indent, length) in enumerate([(0, 260), (40, 200), (40, 300), (80, 160), (40, 220), (0, 120)]):
            y = cy - 150 + row * 38
            draw.rounded_rectangle(
                (cx - 205 + indent, y, cx - 205 + indent + length, y + 18), 9, fill=(mid, light)[row % 2]
            )
        draw.polygon(
            [(cx - 330, cy + 150), (cx + 330, cy + 150), (cx + 270, cy + 110), (cx - 270, cy + 110)], fill=mid
        )
    elif motif == "network":
        nodes = [
            (cx - 300, cy + 60),
            (cx - 140, cy - 150),
            (cx, cy + 20),
            (cx + 170, cy - 120),
            (cx + 310, cy + 90),
            (cx + 60, cy + 200),
        ]
        for a, b in [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 5), (4, 5), (1, 3)]:
            draw.line([nodes[a], nodes[b]], fill=light, width=10)
        for number, (x, y) in enumerate(nodes):
            radius = 56 if number == 2 else 38
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=strong if number % 2 == 0 else mid)
    elif motif == "chart":
        draw.line([(cx - 340, cy + 200), (cx + 340, cy + 200)], fill=strong, width=8)
        for number, bar in enumerate([120, 200, 280, 380]):
            left = cx - 300 + number * 160
            draw.rounded_rectangle(
                (left, cy + 200 - bar, left + 110, cy + 196), 10, fill=(light, mid, mid, strong)[number]
            )
        draw.line(
            [(cx - 245, cy + 40), (cx - 85, cy - 40), (cx + 75, cy - 110), (cx + 235, cy - 220)], fill=strong, width=12
        )
    elif motif == "chat":
        draw.rounded_rectangle((cx - 360, cy - 210, cx + 60, cy - 10), 40, fill=strong)
        draw.polygon([(cx - 300, cy - 20), (cx - 320, cy + 50), (cx - 230, cy - 20)], fill=strong)
        draw.rounded_rectangle((cx - 60, cy + 10, cx + 360, cy + 190), 40, fill=mid)
        draw.polygon([(cx + 240, cy + 180), (cx + 300, cy + 240), (cx + 300, cy + 180)], fill=mid)
        for number in range(3):
            x = cx - 220 + number * 70
            draw.ellipse((x, cy - 130, x + 40, cy - 90), fill="white")
    elif motif == "circuit":
        for dx, dy in [(-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (1, -1), (-1, 1)]:
            end = (cx + dx * 420, cy + dy * 230)
            draw.line([(cx, cy), (cx + dx * 200, cy + dy * 120), end], fill=light, width=10)
            draw.ellipse((end[0] - 16, end[1] - 16, end[0] + 16, end[1] + 16), fill=mid)
        draw.rounded_rectangle((cx - 130, cy - 130, cx + 130, cy + 130), 20, fill=strong)
        draw.rounded_rectangle((cx - 70, cy - 70, cx + 70, cy + 70), 10, fill=mid)
    elif motif == "lock":
        draw.polygon(
            [
                (cx, cy - 250),
                (cx + 220, cy - 170),
                (cx + 190, cy + 120),
                (cx, cy + 250),
                (cx - 190, cy + 120),
                (cx - 220, cy - 170),
            ],
            fill=light,
        )
        draw.arc((cx - 90, cy - 170, cx + 90, cy + 10), 180, 360, fill=strong, width=34)
        draw.line([(cx - 73, cy - 80), (cx - 73, cy - 20)], fill=strong, width=34)
        draw.line([(cx + 73, cy - 80), (cx + 73, cy - 20)], fill=strong, width=34)
        draw.rounded_rectangle((cx - 140, cy - 30, cx + 140, cy + 160), 22, fill=strong)
        draw.ellipse((cx - 22, cy + 30, cx + 22, cy + 74), fill="white")
        draw.rectangle((cx - 9, cy + 60, cx + 9, cy + 120), fill="white")
    return picture, (cx - 220, cy - 200, 440, 400)


def monogram(name):
    """Up to three letters for a provider: an acronym as it is (``HTWK``), else initials."""
    # Dashes and other punctuation between words are no initials („Stadt Leipzig – Referat …“ is SLR).
    words = [word for word in re.split(r"[^\w.&]+", name) if word[:1].isalnum() and word.lower() not in SMALL_WORDS]
    if words and words[0].isupper() and 2 <= len(words[0]) <= 4:
        return words[0]
    return "".join(word[0] for word in words[:3]).upper()


def draw_logo(name, colour):
    logo = PillowImage.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    draw.rounded_rectangle((0, 0, LOGO_SIZE - 1, LOGO_SIZE - 1), LOGO_SIZE // 6, fill=colour)
    letters = monogram(name)
    font = load_font(BOLD_FONT, {1: 200, 2: 170, 3: 128}.get(len(letters), 100))
    draw.text((LOGO_SIZE / 2, LOGO_SIZE / 2), letters, font=font, fill="white", anchor="mm")
    return logo


def save_png(title, picture, focal=None):
    """The Wagtail image titled ``title``, created from ``picture`` if there is none yet."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    slug = "".join(char if char.isalnum() else "-" for char in title.lower()).strip("-")
    image = Image(title=title, file=ImageFile(buffer, name=f"{slug}.png"))
    if focal is not None:
        image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = (
            focal[0] + focal[2] // 2,
            focal[1] + focal[3] // 2,
            focal[2],
            focal[3],
        )
    image.save()
    return image


class DemoPictures:
    """Adds the demo pictures to pages the ``DemoContentBuilder`` has made, in both languages."""

    def __init__(self, builder):
        self.builder = builder
        self.german = builder.german
        self.english = builder.english

    def attach(self):
        self.attach_logos()
        self.attach_offer_pictures()
        self.attach_news_pictures()

    # The builder gives new pages their picture before it first publishes and translates
    # them (``logo_for``, ``offer_picture``, ``news_picture``); ``attach`` adds pictures
    # to pages of an earlier demo site that have none, publishing both languages again.

    @staticmethod
    def logo_for(number, name):
        """The monogram logo of the ``number``-th provider."""
        return save_png(f"Logo {name}", draw_logo(name, PROVIDER_COLOURS[number % len(PROVIDER_COLOURS)]))

    def offer_picture(self, number, offer):
        """Give the ``number``-th offer (in tree order) its drawing, if it is one of every fifth."""
        if number % OFFER_PICTURE_EVERY == 0:
            motif = MOTIF_ORDER[(number // OFFER_PICTURE_EVERY) % len(MOTIF_ORDER)]
            self.set_picture(offer, motif, offer.share_accent)

    def news_picture(self, item):
        """Give a news item its drawing if it is one of the newest ``NEWS_WITH_PICTURES``."""
        newest = sorted(news_content.NEWS, key=lambda data: (-data["day_offset"], data["slug"]))
        slugs = [data["slug"] for data in newest[:NEWS_WITH_PICTURES]]
        if item.slug in slugs:
            motif = MOTIF_ORDER[(slugs.index(item.slug) + 3) % len(MOTIF_ORDER)]
            self.set_picture(item, motif, item.share_accent or ARENA_COLOURS["bildung"])

    def attach_logos(self):
        providers = ProviderPage.objects.filter(locale=self.german, logo__isnull=True).order_by("path")
        for number, provider in enumerate(providers):
            provider.logo = self.logo_for(number, provider.title)
            self.publish_with_translation(provider)

    def attach_offer_pictures(self):
        offers = list(OfferPage.objects.live().filter(locale=self.german).order_by("path").prefetch_related("arenas"))
        for number, offer in enumerate(offers[::OFFER_PICTURE_EVERY]):
            if offer.image_id:
                continue
            self.illustrate(offer, MOTIF_ORDER[number % len(MOTIF_ORDER)], offer.share_accent)

    def attach_news_pictures(self):
        # Only news of the content module: the German-only item the builder adds later stays as it is.
        slugs = [item["slug"] for item in news_content.NEWS]
        news = list(
            NewsPage.objects.live()
            .filter(locale=self.german, slug__in=slugs)
            .order_by("-date", "slug")
            .prefetch_related("arenas")
        )
        for number, item in enumerate(news[:NEWS_WITH_PICTURES]):
            if item.image_id:
                continue
            motif = MOTIF_ORDER[(number + 3) % len(MOTIF_ORDER)]
            self.illustrate(item, motif, item.share_accent or ARENA_COLOURS["bildung"])

    def illustrate(self, page, motif, colour):
        self.set_picture(page, motif, colour)
        self.publish_with_translation(page)

    def set_picture(self, page, motif, colour):
        """Set the drawing and its alt text on ``page`` (not saved); the English alt text is learnt."""
        alt_de, alt_en = MOTIFS[motif]
        picture, focal = draw_motif(motif, colour)
        page.image = save_png(f"Zeichnung {motif} {colour}", picture, focal)
        page.image_alt = alt_de
        self.builder.dictionary[alt_de] = alt_en

    def publish_with_translation(self, page):
        """Publish the German change, then bring the English translation in step through wagtail-localize."""
        page.save_revision().publish()
        self.builder.log(f"Bild: {page.title}")
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation = Translation.objects.filter(source=source, target_locale=self.english).first()
        if translation is None:
            return
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            german = segment.string.data
            if german in self.builder.dictionary:
                StringTranslation.objects.get_or_create(
                    translation_of=segment.string,
                    locale=self.english,
                    context=segment.context,
                    defaults={"data": self.builder.dictionary[german]},
                )
        translation.save_target(publish=False)
        page.get_translation(self.english).get_latest_revision().publish()
