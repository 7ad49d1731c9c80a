"""Permission boundaries of provider editors and curators, through the real admin URLs."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page

from arenas.models import Arena
from offers.models import Format, OfferPage, TargetGroup
from tests.editorial.helpers import new_offer_form_data, offer_form_data
from tests.factories import make_offer

DENIED = (302, 403, 404)
# GET on a POST-only view (lock, unlock) is refused before any permission check.
GET_DENIED = (*DENIED, 405)


def png_upload():
    return SimpleUploadedFile("bild.png", get_test_image_file().file.getvalue(), content_type="image/png")


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return (page.title, page.draft_title, page.live, page.latest_revision_id, page.path, page.has_unpublished_changes)


def page_urls(page):
    """GET views of one page that a stranger must not reach."""
    revision = page.latest_revision
    return [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", revision.pk]),
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        reverse("wagtailadmin_pages:move", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        reverse("wagtailadmin_pages:lock", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
    ]


@pytest.mark.parametrize("which", ["other_live_offer", "other_draft_offer", "other_provider"])
def test_provider_cannot_touch_another_organisations_pages(request, provider_client, which):
    page = request.getfixturevalue(which)
    before = snapshot(page)
    for url in page_urls(page):
        response = provider_client.get(url)
        assert response.status_code in GET_DENIED, f"GET {url} answered {response.status_code}"
    for url in page_urls(page):
        response = provider_client.post(url, {})
        assert response.status_code in DENIED, f"POST {url} answered {response.status_code}"
    if isinstance(page.specific, OfferPage):
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        for action in ({}, {"action-publish": "publish"}, {"action-submit": "submit"}):
            data = offer_form_data(page.specific, title="Übernommen", **action)
            assert provider_client.post(edit, data).status_code in DENIED
        preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        assert provider_client.post(preview, offer_form_data(page.specific)).status_code in DENIED
        assert provider_client.get(preview).status_code in DENIED
    assert snapshot(page) == before


def test_provider_cannot_act_on_another_organisations_review(provider_client, other_draft_offer, users):
    workflow_state = other_draft_offer.get_workflow().start(other_draft_offer, users["anbieter-htwk-leipzig"])
    task_state = workflow_state.current_task_state
    before = snapshot(other_draft_offer)
    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[other_draft_offer.pk, action, task_state.pk])
        assert provider_client.post(url, {"comment": "nein"}).status_code in DENIED
    preview = reverse("wagtailadmin_pages:workflow_preview", args=[other_draft_offer.pk, task_state.task_id])
    assert provider_client.get(preview).status_code in DENIED
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    assert snapshot(other_draft_offer) == before


def test_provider_explorer_search_and_chooser_hide_other_drafts(provider_client, other_draft_offer, own_provider):
    index = own_provider.get_parent()
    explorer = provider_client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    assert explorer.status_code in (200, 302)
    assert other_draft_offer.title not in explorer.content.decode()
    search = provider_client.get(reverse("wagtailadmin_pages:search"), {"q": "Zaunkönig"})
    assert other_draft_offer.title not in search.content.decode()
    chooser = provider_client.get(reverse("wagtailadmin_choose_page_child", args=[other_draft_offer.get_parent().pk]))
    assert other_draft_offer.title not in chooser.content.decode()
    chooser_search = provider_client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Zaunkönig"})
    assert other_draft_offer.title not in chooser_search.content.decode()
    reports = provider_client.get(reverse("wagtailadmin_reports:workflow"))
    assert other_draft_offer.title not in reports.content.decode()


def test_provider_edits_adds_and_submits_own_offers(provider_client, own_provider):
    offer = make_offer(own_provider, arenas=["bildung"], title="Eigenes Angebot")
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    assert provider_client.get(edit).status_code == 200
    response = provider_client.post(edit, offer_form_data(offer, title="Eigenes Angebot, überarbeitet"))
    assert response.status_code == 302, response.content.decode()[:2000]
    offer.refresh_from_db()
    assert offer.draft_title == "Eigenes Angebot, überarbeitet"
    assert offer.title == "Eigenes Angebot"  # the live version is untouched

    response = provider_client.post(
        edit, offer_form_data(offer.get_latest_revision_as_object(), **{"action-submit": "1"})
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.workflow_in_progress
    assert offer.current_workflow_task.name == "Angebotsprüfung"

    add = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", own_provider.pk])
    assert provider_client.get(add).status_code == 200
    data = new_offer_form_data(
        Format.objects.get(locale=own_provider.locale, slug="talk").pk,
        [Arena.objects.get(key="wissenschaft").pk],
        [TargetGroup.objects.get(locale=own_provider.locale, slug="students").pk],
        title="Ganz neues Angebot",
        slug="ganz-neues-angebot",
    )
    response = provider_client.post(add, {**data, "action-publish": "1"})
    assert response.status_code in (200, 302)
    created = OfferPage.objects.child_of(own_provider).get(slug="ganz-neues-angebot")
    assert not created.live  # publishing is not theirs to do


def test_provider_cannot_publish_unpublish_move_or_delete_own_live_offer(provider_client, own_provider):
    offer = make_offer(own_provider, arenas=["bildung"], title="Eigenes Live-Angebot")
    before = snapshot(offer)
    edit = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    provider_client.post(edit, offer_form_data(offer, title="Sofort live?", **{"action-publish": "1"}))
    offer.refresh_from_db()
    assert offer.title == "Eigenes Live-Angebot"
    for name in ("unpublish", "delete", "move"):
        url = reverse(f"wagtailadmin_pages:{name}", args=[offer.pk])
        assert provider_client.post(url, {}).status_code in DENIED
    assert OfferPage.objects.get(pk=offer.pk).live
    assert snapshot(offer)[2:5] == before[2:5] or snapshot(offer)[2] is True


def test_provider_images_stay_in_their_collection(provider_client, own_provider, other_provider):
    other_collection = Collection.objects.get(name=other_provider.title)
    own_collection = Collection.objects.get(name=own_provider.title)
    image = Image.objects.create(title="Fremdes Bild", file=get_test_image_file(), collection=other_collection)
    assert provider_client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code in DENIED
    assert provider_client.post(reverse("wagtailimages:delete", args=[image.pk])).status_code in DENIED
    assert Image.objects.filter(pk=image.pk).exists()
    upload = {"title": "Eingeschmuggelt", "collection": other_collection.pk, "file": png_upload()}
    provider_client.post(reverse("wagtailimages:add"), upload)
    # Wagtail files it into the one collection the user may add to, never into the foreign one.
    assert not Image.objects.filter(title="Eingeschmuggelt", collection=other_collection).exists()
    upload = {"title": "Eigenes Bild", "collection": own_collection.pk, "file": png_upload()}
    provider_client.post(reverse("wagtailimages:add"), upload)
    assert Image.objects.filter(title="Eigenes Bild", collection=own_collection).exists()
    documents = provider_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Fremdes Dokument", "collection": other_collection.pk, "file": SimpleUploadedFile("a.txt", b"x")},
    )
    assert documents.status_code in (200, 302, 403)
    assert (
        not Group.objects.get(name="Anbieter: HTWK Leipzig – Hochschule für Technik, Wirtschaft und Kultur")
        .user_set.filter(username="anbieter-universitaet-leipzig")
        .exists()
    )


def test_curator_decides_only_offers_of_their_arena(client, users, own_provider):
    offer = make_offer(own_provider, arenas=["stadtgesellschaft"], publish=False, title="Nur Stadtgesellschaft")
    offer.save_revision(user=users["anbieter-universitaet-leipzig"])
    workflow_state = offer.get_workflow().start(offer, users["anbieter-universitaet-leipzig"])
    task_state = workflow_state.current_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[offer.pk, "approve", task_state.pk])

    client.force_login(users["kuratorin-bildung"])
    assert client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk])).status_code in DENIED
    assert client.post(approve, {}).status_code in DENIED
    assert not OfferPage.objects.get(pk=offer.pk).live
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Nur Stadtgesellschaft" not in dashboard

    client.force_login(users["kuratorin-stadtgesellschaft"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Nur Stadtgesellschaft" in dashboard
    assert client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk])).status_code == 200
    preview = reverse("wagtailadmin_pages:workflow_preview", args=[offer.pk, task_state.task_id])
    assert client.get(preview).status_code == 200
    response = client.post(approve, {})
    assert response.status_code in (200, 302)
    assert OfferPage.objects.get(pk=offer.pk).live
