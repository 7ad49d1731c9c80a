"""Translating and approving a page never changes a taxonomy term, in any language."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from offers.models import CompetenceArea, Format, OfferIndexPage, OfferPage, TargetGroup
from tests.factories import first_provider, make_offer
from translations.pages import enabled_translation, save_translation_draft

TERM_MODELS = (Format, TargetGroup, CompetenceArea)


def term_labels():
    return {
        model.__name__: sorted(model.objects.values_list("locale__language_code", "slug", "name"))
        for model in TERM_MODELS
    }


def test_translating_offers_of_every_term_leaves_all_labels_unchanged(german):
    english = Locale.objects.get(language_code="en")
    translator = get_user_model().objects.get(username="uebersetzung")
    before = term_labels()
    assert ("en", "consultation", "Consultation") in before["Format"]

    provider = first_provider(german)
    assert OfferIndexPage.objects.get(locale=german).pk == provider.get_parent().pk
    offers = []
    for term in Format.objects.filter(locale=german):
        offer = make_offer(provider, title=f"Angebot im Format {term.name}")
        offer.format = term
        offer.target_groups = list(TargetGroup.objects.filter(locale=german))
        offer.competence_areas = list(CompetenceArea.objects.filter(locale=german))
        offer.save_revision().publish()
        offers.append(OfferPage.objects.get(pk=offer.pk))

    for offer in offers:
        # "Translate this page" in the admin, then submit and approve the translation.
        TranslationCreator(translator, [english]).create_translations(offer)
        target = offer.get_translation(english)
        translation = enabled_translation(target) or Translation.objects.get(
            source__object_id=offer.translation_key, target_locale=english
        )
        save_translation_draft(translation, translator).publish()
        # A sync after a German change goes through the same machinery.
        TranslationCreator(translator, [english]).create_translations(OfferPage.objects.get(pk=offer.pk))

    assert term_labels() == before
    for offer in offers:
        target = OfferPage.objects.get(pk=offer.get_translation(english).pk)
        assert target.format_id == offer.format_id


def admin_url(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def test_term_admin_lists_each_term_once_with_english_label_and_usage(client, german):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    html = client.get(admin_url(Format, "list")).content.decode()
    assert html.count(">Beratung<") == 1
    assert "Consultation" in html
    consultation = Format.objects.get(locale=german, slug="consultation")
    usage = Format.with_usage(Format.objects.filter(pk=consultation.pk)).get().usage
    assert usage == consultation.pages_using().count() > 0


def test_providers_cannot_open_the_term_admin(client):
    provider_user = get_user_model().objects.filter(username__startswith="anbieter-").first()
    client.force_login(provider_user)
    response = client.get(admin_url(Format, "list"))
    assert response.status_code in (302, 403)
    term = Format.source_terms().first()
    assert client.post(admin_url(Format, "merge", term.pk), {"target": term.pk}).status_code in (302, 403)
    assert Format.objects.filter(pk=term.pk).exists()


def test_a_term_in_use_cannot_be_deleted_but_merged(client, german):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    talk = Format.objects.get(locale=german, slug="talk")
    event = Format.objects.get(locale=german, slug="event")
    users = list(talk.pages_using().values_list("pk", flat=True))
    assert users

    response = client.post(admin_url(Format, "delete", talk.pk))
    assert response.status_code == 302
    assert Format.objects.filter(translation_key=talk.translation_key).count() == 2

    response = client.post(admin_url(Format, "merge", talk.pk), {"target": event.pk})
    assert response.status_code == 302
    assert not Format.objects.filter(translation_key=talk.translation_key).exists()
    assert set(OfferPage.objects.filter(pk__in=users).values_list("format_id", flat=True)) == {event.pk}


def test_an_unused_term_is_deleted_in_every_language(client, german):
    client.force_login(get_user_model().objects.get(username="redaktion"))
    response = client.post(
        admin_url(Format, "add"),
        {"name": "Lernreise", "english_name": "Learning journey", "slug": "learning-journey", "sort_order": 9},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    term = Format.objects.get(locale=german, slug="learning-journey")
    assert term.label_in("en") == "Learning journey"
    response = client.post(admin_url(Format, "delete", term.pk))
    assert response.status_code == 302
    assert not Format.objects.filter(translation_key=term.translation_key).exists()


def test_offer_editor_pickers_show_each_term_once_in_the_editors_language(client, german):
    editor = get_user_model().objects.get(username="redaktion")
    client.force_login(editor)
    offer = OfferPage.objects.filter(locale=german).first()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk])).content.decode()
    assert html.count(">Beratung</option>") == 1
    assert ">Consultation</option>" not in html

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk])).content.decode()
    assert html.count(">Consultation</option>") == 1
    assert ">Beratung</option>" not in html
