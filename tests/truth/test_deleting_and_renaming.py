"""Deleting a German page takes every language with it; renaming a provider keeps its group and collection."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, Page

from editorial.onboarding import add_provider, add_provider_user, provider_group
from offers.models import OfferPage, ProviderPage
from tests.factories import first_provider


def redaktion_client(client):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    return client


def test_delete_confirmation_lists_every_language_and_deletion_takes_them_all(client, german, english):
    provider = first_provider(german)
    english_provider = provider.get_translation(english)
    english_offers = list(OfferPage.objects.child_of(english_provider).values_list("title", flat=True))
    assert english_offers
    url = reverse("wagtailadmin_pages:delete", args=[provider.pk])

    page = redaktion_client(client).get(url).content.decode()
    assert "Was gelöscht wird, in jeder Sprache" in page
    assert english_provider.title in page
    for title in english_offers:
        assert title in page

    doomed = list(Page.objects.descendant_of(english_provider, inclusive=True).values_list("pk", flat=True))
    response = client.post(url, {"confirm_site_name": "Digital Campus Leipzig"})
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=doomed).exists()
    assert not Page.objects.filter(pk=provider.pk).exists()


def test_deleting_a_translation_leaves_the_german_page(client, german, english):
    provider = first_provider(german)
    english_offer = OfferPage.objects.child_of(provider.get_translation(english)).first()
    german_offer = english_offer.get_translation(german)
    response = redaktion_client(client).post(
        reverse("wagtailadmin_pages:delete", args=[english_offer.pk]), {"confirm_site_name": "Digital Campus Leipzig"}
    )
    assert response.status_code == 302
    assert Page.objects.filter(pk=german_offer.pk, live=True).exists()


def test_renaming_a_provider_keeps_group_and_collection_and_invitations_reuse_them(english):
    provider = add_provider("Stadtteilladen Grünau", "association")
    group, collection = provider_group(provider), provider.collection
    assert group is not None and collection is not None
    assert ProviderPage.objects.get(pk=provider.get_translation(english).pk).editors_group == group

    provider.title = "Stadtteilzentrum Grünau"
    provider.save_revision().publish()
    renamed = ProviderPage.objects.get(pk=provider.pk)
    assert provider_group(renamed) == group
    assert renamed.collection == collection

    groups_before = Group.objects.count()
    user, created = add_provider_user(renamed.slug, "lena", "lena@example.org", send_mail=False)
    assert created and list(user.groups.all()) == [group]
    assert Group.objects.count() == groups_before
    assert Collection.objects.filter(name__contains="Grünau").count() == 1
