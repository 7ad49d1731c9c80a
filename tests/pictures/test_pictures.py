"""Pictures on public pages: responsive markup, alt text rules, share cards."""

import io
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction

from arenas.models import ArenaPage
from core.share_cards import card_version
from news.models import NewsPage
from offers.models import OfferIndexPage, OfferPage, ProviderPage
from tests.factories import make_offer, make_provider
from tests.page_types import CONTENT_PAGE_TYPES


class ImgCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.imgs = []
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.imgs.append(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")


def parse(response):
    assert response.status_code == 200
    collector = ImgCollector()
    collector.feed(response.content.decode())
    return collector


def make_image(title="Foto.png", size=(640, 360)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, "#0f766e").save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=title))


def first_with_picture(model, locale):
    """A live page of ``model`` in ``locale``, preferring one with a picture."""
    pages = model.objects.live().filter(locale=locale).order_by("path")
    field = {"ProviderPage": "logo"}.get(model.__name__, "image")
    if any(f.name == field for f in model._meta.get_fields()):
        with_picture = pages.filter(**{f"{field}__isnull": False}).first()
        if with_picture is not None:
            return with_picture
    return pages.first()


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("page_type", CONTENT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_img_has_width_height_srcset_and_alt(client, page_type, language):
    page = first_with_picture(page_type, language_locale(language))
    html = parse(client.get(page.get_url()))
    for img in html.imgs:
        for attribute in ("width", "height", "srcset", "alt"):
            assert attribute in img, f"{page.url}: <img> without {attribute}: {img}"
        assert int(img["width"]) > 0 and int(img["height"]) > 0


def language_locale(code):
    return Locale.objects.get(language_code=code)


def test_demo_pages_show_pictures_with_editor_alt_text_never_the_file_name(client, german, english):
    offer = OfferPage.objects.live().filter(locale=english, image__isnull=False).first()
    html = parse(client.get(offer.get_url()))
    lead = [img for img in html.imgs if "offer__image" in img.get("class", "")]
    assert len(lead) == 1
    assert lead[0]["alt"] == offer.image_alt and offer.image_alt.startswith("Drawing:")
    assert lead[0].get("loading") != "lazy"  # the lead picture is above the fold
    titles = {offer.image.title, offer.image.filename}
    for img in html.imgs:
        assert img["alt"] not in titles

    home_html = parse(client.get("/de/"))
    cards = [img for img in home_html.imgs if "offer-card__image" in img.get("class", "")]
    assert cards, "the home page shows offers with pictures"
    assert all(img["loading"] == "lazy" and img["alt"] for img in cards)


def test_picture_offers_modern_formats_with_a_fallback(client, german):
    offer = OfferPage.objects.live().filter(locale=german, image__isnull=False).first()
    body = client.get(offer.get_url()).content.decode()
    assert 'type="image/avif"' in body and 'type="image/webp"' in body
    assert "format-jpeg" in body  # the <img> fallback for browsers without either


def test_provider_logo_next_to_the_name_is_decorative(client, german):
    provider = ProviderPage.objects.live().filter(locale=german, logo__isnull=False).first()
    html = parse(client.get(provider.get_url()))
    logos = [img for img in html.imgs if "provider-head__logo" in img.get("class", "")]
    assert len(logos) == 1 and logos[0]["alt"] == ""


def test_decorative_picture_renders_empty_alt(client, german):
    arena = ArenaPage.objects.get(locale=german, arena__key="bildung")
    arena.image = make_image()
    arena.image_alt = ""
    arena.image_decorative = True
    arena.save_revision().publish()
    html = parse(client.get(arena.get_url()))
    hero = [img for img in html.imgs if "hero__picture" in img.get("class", "")]
    assert len(hero) == 1 and hero[0]["alt"] == ""

    arena.image_decorative = False
    arena.image_alt = "Schülerinnen programmieren einen kleinen Roboter."
    arena.save_revision().publish()
    html = parse(client.get(arena.get_url()))
    hero = [img for img in html.imgs if "hero__picture" in img.get("class", "")]
    assert hero[0]["alt"] == "Schülerinnen programmieren einen kleinen Roboter."


def test_offer_image_without_alt_text_cannot_be_saved_or_published(german):
    index = OfferIndexPage.objects.get(locale=german)
    offer = make_offer(make_provider(index), publish=False)
    offer.image = make_image("IMG_2041.png")
    offer.image_alt = ""
    with pytest.raises(ValidationError) as error:
        offer.save_revision()
    assert "image_alt" in error.value.message_dict
    # The file name is not an alt text either.
    offer.image_alt = "IMG_2041.png"
    with pytest.raises(ValidationError):
        offer.save_revision()
    assert not OfferPage.objects.get(pk=offer.pk).live

    offer.image_alt = "Ein Laptop auf einem Tisch in der Stadtbibliothek."
    offer.save_revision().publish()
    assert OfferPage.objects.get(pk=offer.pk).live


def test_news_picture_needs_alt_text_unless_decorative(german):
    news = NewsPage.objects.live().filter(locale=german, image__isnull=True).first()
    news.image = make_image()
    news.image_alt = ""
    with pytest.raises(ValidationError):
        news.save_revision()
    news.image_decorative = True
    news.save_revision().publish()


def test_page_without_picture_shares_a_generated_card(client, german):
    offer = OfferPage.objects.live().filter(locale=german, image__isnull=True).first()
    html = parse(client.get(offer.get_url()))
    url = html.meta["og:image"]
    assert f"/share-card/{offer.pk}/{card_version(offer)}.png" in url
    assert html.meta["twitter:card"] == "summary_large_image"
    assert offer.title in html.meta["og:image:alt"]
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "max-age" in response["Cache-Control"]
    card = PillowImage.open(io.BytesIO(b"".join(response)))
    assert card.size == (1200, 630)
    # The arena colour is on the card's left edge.
    assert card.convert("RGB").getpixel((10, 300)) == tuple(int(offer.share_accent[i : i + 2], 16) for i in (1, 3, 5))


def test_page_with_picture_shares_its_picture(client, english):
    news = NewsPage.objects.live().filter(locale=english, image__isnull=False).first()
    html = parse(client.get(news.get_url()))
    assert "fill-1200x630" in html.meta["og:image"]
    assert html.meta["og:image:width"] == "1200"
    assert html.meta["og:image:alt"] == news.image_alt


def test_share_card_of_draft_or_private_page_is_not_found(client, german):
    index = OfferIndexPage.objects.get(locale=german)
    draft = make_offer(make_provider(index), publish=False)
    assert client.get(f"/share-card/{draft.pk}/{card_version(draft)}.png").status_code == 404
    private = make_offer(make_provider(index))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(f"/share-card/{private.pk}/{card_version(private)}.png").status_code == 404
    assert client.get("/share-card/999999/abc.png").status_code == 404


def test_picture_markup_follows_alt_text_focal_point_and_file(german):
    """The markup kept per process changes with everything it shows."""
    from core.templatetags.picture_tags import responsive_picture

    image = get_image_model().objects.filter(title__startswith="Zeichnung").first()
    first = responsive_picture(image, "Zwei Frauen an einer Platine", "card")
    assert 'alt="Zwei Frauen an einer Platine"' in first
    assert responsive_picture(image, "Zwei Frauen an einer Platine", "card") == first
    assert 'alt="Ein Lötkolben"' in responsive_picture(image, "Ein Lötkolben", "card")
    assert 'class="offer-card__image"' in responsive_picture(image, "x", "card", "offer-card__image")

    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 10, 10, 20, 20
    image.save()
    moved = responsive_picture(image, "Zwei Frauen an einer Platine", "card")
    assert moved != first, "a new focal point must give new crops"

    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), "teal").save(buffer, "PNG")
    image.file = ImageFile(buffer, name="neu.png")
    image.save()
    image.renditions.all().delete()  # as Wagtail's image editor does when the file is replaced
    replaced = responsive_picture(image, "Zwei Frauen an einer Platine", "card")
    assert "neu" in replaced and replaced != moved
