"""Alternative text rules shared by every page type that carries a picture.

Alt text belongs to the place an image is used, not to the image: the same
photo may need different words on an offer and in a news item, and may be
decorative in one place. So each page stores its own alt text (and, where a
picture may be mere decoration, a "decorative" flag) next to its image field,
as Wagtail's own ``ImageBlock`` does for StreamField. The image's title (by
default its file name) is never used as alt text.
"""

from collections import defaultdict
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.db.models.query import ModelIterable
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import Filter

ALT_TEXT_MAX_LENGTH = 250

ALT_TEXT_HELP = _(
    "Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist und für den Inhalt wichtig ist "
    "(z. B. „Zwei Frauen löten an einer Platine“). Nicht „Bild von …“, nicht der Dateiname. "
    "Pflicht, wenn ein Bild gewählt ist."
)
ALT_TEXT_OPTIONAL_HELP = _(
    "Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist und für den Inhalt wichtig ist. "
    "Leer lassen nur, wenn das Bild als dekorativ markiert ist."
)
DECORATIVE_HELP = _(
    "Ankreuzen, wenn das Bild nur schmückt und nichts zeigt, was der Text nicht schon sagt. "
    "Screenreader überspringen es dann."
)


def alt_text_field(optional_with_decorative=False):
    """The alt text of a page's picture; translated with the page."""
    return models.CharField(
        _("Alternativtext"),
        max_length=ALT_TEXT_MAX_LENGTH,
        blank=True,
        help_text=ALT_TEXT_OPTIONAL_HELP if optional_with_decorative else ALT_TEXT_HELP,
    )


def decorative_field():
    return models.BooleanField(_("Dekoratives Bild"), default=False, help_text=DECORATIVE_HELP)


def check_alt_text(image, alt_text, decorative=False, alt_field="image_alt"):
    """Raise a ``ValidationError`` for a picture that has neither alt text nor the decorative flag.

    ``decorative`` is only offered where a picture may be mere decoration; offers
    always show a picture as content, so they pass ``decorative=False``.
    """
    if image is None:
        return
    if decorative:
        return
    if not (alt_text or "").strip():
        raise ValidationError(
            {alt_field: _("Bitte beschreiben Sie das Bild mit einem Alternativtext.")},
        )
    if alt_text.strip().lower() in {image.filename.lower(), image.title.strip().lower()}:
        raise ValidationError(
            {alt_field: _("Der Alternativtext beschreibt das Bild, er ist nicht sein Titel oder Dateiname.")},
        )


class PictureVariant:
    """One way of showing pictures: rendition specs (widths × formats), ``sizes`` and loading.

    The specs live here, in one place, so that listings can prefetch exactly the
    renditions the template tag will ask for (``prefetch_specs``).
    """

    def __init__(self, resize, formats, sizes, eager=False):
        self.resize = resize
        self.formats = formats
        self.sizes = sizes
        self.eager = eager

    @property
    def specs(self):
        return [f"{resize}|format-{fmt}" for resize in self.resize for fmt in self.formats]

    @cached_property
    def filters(self):
        """The specs as Wagtail ``Filter`` objects, parsed once per process, as Wagtail's own
        ``{% image %}`` node keeps its filter for every rendering."""
        return [Filter(spec=spec) for spec in self.specs]


# Cards: 16:9 crops around the focal point. WebP with a JPEG fallback; AVIF is left
# to the lead pictures because encoding it costs ten times as long (one rendition
# per image and width is made once, but a list makes many at once).
CARD = PictureVariant(
    resize=["fill-400x225", "fill-800x450"],
    formats=["webp", "jpeg"],
    sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw",
)
# The one large picture at the top of an offer, news item or arena page.
LEAD = PictureVariant(
    resize=["fill-480x270", "fill-800x450", "fill-1200x675"],
    formats=["avif", "webp", "jpeg"],
    sizes="(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw",
    eager=True,
)
# Provider logos: never cropped, PNG fallback keeps transparency.
LOGO = PictureVariant(resize=["max-96x96", "max-192x192"], formats=["webp", "png"], sizes="6rem")
LOGO_SMALL = PictureVariant(resize=["max-48x48", "max-96x96"], formats=["webp", "png"], sizes="3rem")

# Pictures inside the body (the figure block), as wide as the text column.
FIGURE = PictureVariant(
    resize=["width-480", "width-960", "width-1440"],
    formats=["webp", "jpeg"],
    sizes="(min-width: 48rem) 44rem, 100vw",
)

VARIANTS = {"card": CARD, "lead": LEAD, "logo": LOGO, "logo_small": LOGO_SMALL, "figure": FIGURE}


class _PicturesIterable(ModelIterable):
    """Rows of a queryset whose pictures get their renditions once all rows are read."""

    pictures = ()

    def __iter__(self):
        rows = list(super().__iter__())
        for field, variant in self.pictures:
            prefetch_pictures(rows, field, variant)
        yield from rows


def with_pictures(queryset, field, variant):
    """``queryset`` with the ``field`` image joined and its ``variant`` renditions attached.

    Like ``prefetch_pictures`` for a queryset that is sliced or paginated later:
    the renditions come with the rows, from the renditions cache or one query.
    The parameters ride on the iterable class, which Django carries through
    every clone (slicing, filtering) of the queryset.
    """
    pictures = (*getattr(queryset._iterable_class, "pictures", ()), (field, variant))
    iterable = type("PicturesIterable", (_PicturesIterable,), {"pictures": pictures})
    queryset = queryset.select_related(field)
    queryset._iterable_class = iterable
    return queryset


def prefetch_pictures(pages, field, variant):
    """Load the ``field`` images of ``pages`` (a list) and their renditions: two queries at most.

    The images take one query; their renditions, when needed, come from Wagtail's
    renditions cache when it holds every one of them, else from one more query.
    """
    prefetch_related_objects(pages, field)
    images = {page_image.pk: page_image for page in pages if (page_image := getattr(page, field)) is not None}
    attach_renditions(list(images.values()), variant)
    return pages


def attach_renditions(images, variant):
    """Give each image the ``prefetched_renditions`` that ``variant`` uses, for ``get_renditions()``.

    Wagtail reads either prefetched renditions or, per image, its renditions cache
    (one cache round trip per image) and the database. Its prefetch path never
    writes to the cache, so a list would query the renditions on every view. Here
    the renditions of all images of a list are read together, when the first of
    them is needed: from the cache in one call, and for the images it cannot
    serve completely from the database in one query, whose renditions then go
    into the cache. Mostly none is needed: the picture's markup is kept
    (``picture_tags``). A rendition not made yet is created by
    ``get_renditions()`` on first view, as before.
    """
    group = _RenditionsOfList(images, variant)
    for image in images:
        image.prefetched_renditions = _LazyRenditions(group, image.pk)


class _LazyRenditions(list):
    """One image's prefetched renditions, read for its whole list on first use."""

    def __init__(self, group, image_pk):
        super().__init__()
        self.group = group
        self.image_pk = image_pk
        self.loaded = False

    def load(self):
        if not self.loaded:
            self.loaded = True
            super().extend(self.group.renditions_of(self.image_pk))

    def __iter__(self):
        self.load()
        return super().__iter__()

    def __len__(self):
        self.load()
        return super().__len__()

    def append(self, rendition):
        self.load()
        super().append(rendition)


class _RenditionsOfList:
    def __init__(self, images, variant):
        self.images = images
        self.variant = variant
        self.found = None

    def renditions_of(self, image_pk):
        if self.found is None:
            self.found = self.read()
        return self.found[image_pk]

    def read(self):
        images, variant = self.images, self.variant
        Rendition = get_image_model().get_rendition_model()
        cache = Rendition.cache_backend
        keys = {}
        for image in images:
            for image_filter in variant.filters:
                key = Rendition.construct_cache_key(image, image_filter.get_cache_key(image), image_filter.spec)
                keys[key] = image
        found = defaultdict(list)
        for key, rendition in cache.get_many(list(keys)).items():
            rendition.image = keys[key]
            found[rendition.image_id].append(rendition)
        incomplete = {image.pk: image for image in images if len(found[image.pk]) < len(variant.filters)}
        if incomplete:
            wanted = {
                (image.pk, image_filter.spec, image_filter.get_cache_key(image))
                for image in incomplete.values()
                for image_filter in variant.filters
            }
            additions = {}
            for image_pk in incomplete:
                found[image_pk] = []
            for rendition in Rendition.objects.filter(image_id__in=incomplete, filter_spec__in=variant.specs):
                if (rendition.image_id, rendition.filter_spec, rendition.focal_point_key) not in wanted:
                    continue  # made for an earlier focal point
                image = rendition.image = incomplete[rendition.image_id]
                found[image.pk].append(rendition)
                key = Rendition.construct_cache_key(image, rendition.focal_point_key, rendition.filter_spec)
                additions[key] = rendition
            if additions:
                cache.set_many(additions)
        return found
