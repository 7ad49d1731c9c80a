from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Angebote")

    def ready(self):
        from .models import CompetenceArea, Format, TargetGroup

        for model in (Format, TargetGroup, CompetenceArea):
            for signal in (post_save, post_delete):
                signal.connect(model.forget_labels, sender=model, dispatch_uid=f"labels-{model.__name__}-{signal}")
