"""The editorial groups exist as data, with the permissions of their role."""

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from offers.models import OfferIndexPage


def test_groups_and_page_permissions_exist():
    root = Page.get_first_root_node()
    redaktion = Group.objects.get(name="Redaktion")
    codenames = set(
        GroupPagePermission.objects.filter(group=redaktion, page=root).values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= codenames
    translators = Group.objects.get(name="Übersetzung")
    assert "publish_page" not in set(
        GroupPagePermission.objects.filter(group=translators).values_list("permission__codename", flat=True)
    )
    for arena in ("Wirtschaft", "Stadtgesellschaft", "Bildung", "Wissenschaft"):
        curators = Group.objects.get(name=f"Arena-Redaktion {arena}")
        # Curators get no page permissions: the review task opens exactly their reviews to them.
        assert not GroupPagePermission.objects.filter(group=curators).exists()
        assert curators.permissions.filter(codename="access_admin").exists()
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


def test_workflows_are_assigned_in_both_languages():
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == "Redaktionelle Freigabe"
    offer_workflow = Workflow.objects.get(name="Angebotsprüfung")
    indexes = OfferIndexPage.objects.all()
    assert indexes.count() == 2
    for index in indexes:
        assert index.get_workflow() == offer_workflow
        for offer in index.get_descendants()[:3]:
            assert offer.get_workflow() == offer_workflow


def test_editorial_pages_use_the_editorial_review(home):
    assert home.get_workflow().name == "Redaktionelle Freigabe"
    for child in home.get_children().not_type(OfferIndexPage)[:5]:
        assert child.get_workflow().name == "Redaktionelle Freigabe"
