from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app uses: the visibility rule, arena keys, body blocks, field groups, taxonomy labels, role keys.

    Apps depend downward only: ``core`` imports no other app of the project.
    """

    name = "core"
    verbose_name = _("Gemeinsame Grundlagen")

    def ready(self):
        from wagtail.models import PageViewRestriction

        from .visibility import forget_restricted_paths

        for signal in (post_save, post_delete):
            signal.connect(forget_restricted_paths, sender=PageViewRestriction, dispatch_uid=f"restrictions-{signal}")
