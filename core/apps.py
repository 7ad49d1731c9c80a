from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app uses: the visibility rule, arena keys, body blocks, field groups, taxonomy labels, role keys.

    Apps depend downward only: ``core`` imports no other app of the project.
    """

    name = "core"
    verbose_name = _("Gemeinsame Grundlagen")
