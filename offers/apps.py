from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Angebote")

    def ready(self):
        from .models import CompetenceArea, Format, ProviderPage, TargetGroup

        for model in (Format, TargetGroup, CompetenceArea):
            for signal in (post_save, post_delete):
                signal.connect(model.forget_labels, sender=model, dispatch_uid=f"labels-{model.__name__}-{signal}")
        page_published.connect(reindex_provider_offers, sender=ProviderPage, dispatch_uid="offers-provider-reindex")


def reindex_provider_offers(sender, instance, **kwargs):
    """A provider's name is part of its offers' search document (``OfferPage.provider_name``)."""
    for offer in instance.get_children().live().specific():
        insert_or_update_object(offer)
