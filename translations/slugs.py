"""A translated slug must be a slug: checked as the translator types it in the translation editor.

wagtail-localize stores each translated string as it is typed and applies it on
publish without validating the slug ("…-stadtteilladen [EN]" was accepted).
Marking the string with wagtail-localize's own field error shows the message
next to the field in its editor, and wagtail-localize leaves strings with an
error out when it writes the page.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug, validate_unicode_slug
from django.utils.translation import gettext as _

SLUG_PATH = "slug"


def slug_error(value):
    """The message for an invalid slug, or None."""
    validator = validate_unicode_slug if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True) else validate_slug
    try:
        validator(value)
    except ValidationError:
        return _(
            "Die Kurzform der Adresse darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, "
            "z. B. „smartphone-sprechstunde“."
        )
    return None


def check_translated_slug(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    """post_save of wagtail-localize's StringTranslation: flag an invalid translated slug."""
    if raw or (update_fields is not None and "data" not in update_fields) or instance.has_error:
        return
    if instance.context_id is None or instance.context.path != SLUG_PATH:
        return
    message = slug_error(instance.data)
    if message:
        # wagtail-localize keeps the first message of a list of errors.
        instance.set_field_error([ValidationError(message)])
