from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """German and English kept in step: tree synchronisation, translation review, the status report."""

    name = "translations"
    verbose_name = _("Übersetzungen")

    def ready(self):
        from wagtail.signals import page_published
        from wagtail_localize.models import StringTranslation

        from home.models import HomePage

        from .facts import share_facts_on_publish
        from .pages import keep_aliases_of_scheduled_pages_offline, update_translation_source
        from .permissions import grant_translators_on_home
        from .slugs import check_translated_slug

        post_save.connect(grant_translators_on_home, sender=HomePage, dispatch_uid="grant-translators-on-home")
        page_published.connect(update_translation_source, dispatch_uid="update-translation-source")
        post_save.connect(check_translated_slug, sender=StringTranslation, dispatch_uid="check-translated-slug")
        page_published.connect(share_facts_on_publish, dispatch_uid="share-facts-on-publish")
        page_published.connect(keep_aliases_of_scheduled_pages_offline, dispatch_uid="keep-scheduled-aliases-offline")
