from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app uses: the visibility rule, shared field groups, taxonomy labels.

    Apps depend downward only: ``core`` imports no other app of the project.
    """

    name = "core"
    verbose_name = _("Gemeinsame Grundlagen")
