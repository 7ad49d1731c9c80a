"""StreamField blocks shared by the editorial page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the document outline intact under the page's h1."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Überschrift 2")), ("h3", _("Überschrift 3"))], default="h2", label=_("Ebene")
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "core/blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source."""

    text = blocks.TextBlock(label=_("Zitat"))
    source = blocks.CharBlock(label=_("Quelle"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "core/blocks/quote_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with its alternative text (from the image block) and an optional caption."""

    image = ImageBlock(label=_("Bild"))
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "core/blocks/figure_block.html"


class PictureParagraphBlock(blocks.StructBlock):
    """A paragraph with an optional picture beside it: the Leichte-Sprache way to show what a text says."""

    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "link", "document-link", "ol", "ul"])
    image = ImageBlock(label=_("Bild daneben"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Absatz mit Bild")
        template = "core/blocks/picture_paragraph_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body of home, arena, news and standard pages (here in core because news and arenas use it too)."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Absatz"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="core/blocks/paragraph_block.html",
    )
    picture_paragraph = PictureParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
