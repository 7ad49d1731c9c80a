from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Protection of the running site: HTTP caching and purging, abuse limits, private media, edit conflicts."""

    name = "security"
    verbose_name = _("Sicherheit und Cache")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.contrib.forms.models import AbstractForm
        from wagtail.models import Page, Revision

        from . import cache, conflicts

        # Wagtail's own admin app sets ``Page.base_form_class`` the same way in its ready();
        # this app comes after it, so every page editor checks for edit conflicts.
        Page.base_form_class = conflicts.ConflictCheckingPageForm
        AbstractForm.base_form_class = conflicts.ConflictCheckingFormPageForm
        cache.connect_signals()
        pre_save.connect(conflicts.guard_revision, sender=Revision, dispatch_uid="security-guard-revision")
