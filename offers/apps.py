from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Angebote")

    def ready(self):
        from . import listing_facts
        from .models import CompetenceArea, Format, OfferDate, OfferPage, ProviderPage, TargetGroup

        post_save.connect(listing_facts.date_saved, sender=OfferDate, dispatch_uid="offers-date-saved")
        post_delete.connect(listing_facts.date_deleted, sender=OfferDate, dispatch_uid="offers-date-deleted")
        for name, (relation, _value) in listing_facts.FACETS.items():
            through = OfferPage._meta.get_field(relation).remote_field.through
            m2m_changed.connect(listing_facts.links_changed, sender=through, dispatch_uid=f"offers-links-{name}")
        for model in (TargetGroup, CompetenceArea):
            uid = f"offers-term-{model.__name__}"
            pre_save.connect(listing_facts.term_saving, sender=model, dispatch_uid=f"{uid}-saving")
            post_save.connect(listing_facts.term_saved, sender=model, dispatch_uid=f"{uid}-saved")

        for model in (Format, TargetGroup, CompetenceArea):
            for signal in (post_save, post_delete):
                signal.connect(model.forget_labels, sender=model, dispatch_uid=f"labels-{model.__name__}-{signal}")
        page_published.connect(reindex_provider_offers, sender=ProviderPage, dispatch_uid="offers-provider-reindex")


def reindex_provider_offers(sender, instance, **kwargs):
    """A provider's name is part of its offers' search document (``OfferPage.provider_name``)."""
    for offer in instance.get_children().live().specific():
        insert_or_update_object(offer)
