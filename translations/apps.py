from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """German and English kept in step: tree synchronisation, translation review, the status report."""

    name = "translations"
    verbose_name = _("Übersetzungen")
