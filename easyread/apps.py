from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EasyreadConfig(AppConfig):
    """Leichte Sprache: the writing aid for editors (no models)."""

    name = "easyread"
    verbose_name = _("Leichte Sprache")
