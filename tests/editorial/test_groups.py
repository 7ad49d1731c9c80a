"""The fixed roles exist as groups, found by key, with exactly their declared permissions."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from core.arenas import ARENA_KEYS
from core.models import Role
from editorial.models import ArenaReviewTask
from editorial.role_sync import RoleSyncError, sync_roles
from editorial.roles import EDITORIAL_TEAM, ROLES, TRANSLATORS, curator_role, is_editorial, role_group
from offers.models import OfferIndexPage


def page_grants(group):
    return set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))


def snapshot():
    return {
        role.key: (
            role_group(role.key).name,
            set(role_group(role.key).permissions.values_list("content_type__app_label", "codename")),
            page_grants(role_group(role.key)),
            set(GroupCollectionPermission.objects.filter(group=role_group(role.key)).values_list("permission_id")),
        )
        for role in ROLES
    }


def test_every_declared_role_has_its_group_after_migrate():
    assert set(Role.objects.values_list("key", flat=True)) >= {role.key for role in ROLES}
    for role in ROLES:
        assert role_group(role.key).name == role.label


def test_groups_and_page_permissions_match_the_declarations(home, english):
    root = Page.get_first_root_node()
    redaktion = role_group(EDITORIAL_TEAM)
    assert {(root.pk, "add_page"), (root.pk, "change_page"), (root.pk, "publish_page")} <= page_grants(redaktion)
    assert redaktion.permissions.filter(codename="add_synonym").exists()
    translators = role_group(TRANSLATORS)
    english_home = home.get_translation(english)
    assert page_grants(translators) == {(english_home.pk, "add_page"), (english_home.pk, "change_page")}
    for key in ARENA_KEYS:
        curators = role_group(curator_role(key))
        # Curators get no page permissions: the review task opens exactly their reviews to them.
        assert page_grants(curators) == set()
        assert curators.permissions.filter(codename="access_admin").exists()
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


def test_the_editorial_team_decides_every_review_and_curators_decide_by_arena():
    redaktion = role_group(EDITORIAL_TEAM)
    for task in ArenaReviewTask.objects.all():
        assert list(task.groups.all()) == [redaktion]
    root_workflow = WorkflowPage.objects.get(page__depth=1).workflow
    assert redaktion in GroupApprovalTask.objects.get(workflow_tasks__workflow=root_workflow).groups.all()


def test_sync_is_idempotent_and_restores_the_declaration(home):
    before = snapshot()
    redaktion = role_group(EDITORIAL_TEAM)
    curators = role_group(curator_role("bildung"))
    # Hand-made drift: a renamed group, an extra permission, an extra page grant, a curator as a task group.
    redaktion.name = "Redaktionsteam"
    redaktion.save()
    curators.permissions.add(Permission.objects.get(codename="publish_page"))
    GroupPagePermission.objects.create(
        group=curators, page=home, permission=Permission.objects.get(codename="change_page")
    )
    GroupCollectionPermission.objects.create(
        group=curators,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="add_image"),
    )
    ArenaReviewTask.objects.first().groups.add(curators)

    call_command("sync_roles", verbosity=0)
    assert snapshot() == before
    assert list(ArenaReviewTask.objects.first().groups.all()) == [redaktion]
    call_command("sync_roles", verbosity=0)
    assert snapshot() == before


def test_code_finds_a_renamed_group_by_key(users):
    """Names are labels: renaming the group keeps its members in their role."""
    group = role_group(EDITORIAL_TEAM)
    group.name = "Editorial board"
    group.save()
    user = type(users["redaktion"]).objects.get(pk=users["redaktion"].pk)
    assert is_editorial(user)


def test_sync_refuses_to_adopt_an_unlinked_group_of_the_same_name():
    role = Role.objects.get(key=TRANSLATORS)
    name = role.group.name
    role.group.delete()
    Group.objects.create(name=name)
    with pytest.raises(RoleSyncError):
        sync_roles()
    with pytest.raises(CommandError, match="holds no role"):
        call_command("sync_roles", verbosity=0)


def test_workflows_are_assigned_in_both_languages():
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == "Redaktionelle Freigabe"
    offer_workflow = Workflow.objects.get(name="Angebotsprüfung")
    indexes = OfferIndexPage.objects.all()
    assert indexes.count() == len(settings.LANGUAGES)
    for index in indexes:
        assert index.get_workflow() == offer_workflow
        for offer in index.get_descendants()[:3]:
            assert offer.get_workflow() == offer_workflow


def test_editorial_pages_use_the_editorial_review(home):
    assert home.get_workflow().name == "Redaktionelle Freigabe"
    for child in home.get_children().not_type(OfferIndexPage)[:5]:
        assert child.get_workflow().name == "Redaktionelle Freigabe"
