"""Make the groups of the declared roles (``editorial.roles.ROLES``) match their declarations.

Idempotent: run after every ``migrate`` and by the ``sync_roles`` command. A
role's group gets exactly its declared model, page and collection permissions;
anything else granted to it by hand is taken away, so the declaration stays
the one place that says what a role may do.
"""

from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    WorkflowPage,
)

from core.models import Role

from .models import ArenaReviewTask
from .roles import ROLES, WHOLE_TREE, tree_of_home


class RoleSyncError(Exception):
    pass


def _permission(label):
    app_label, codename = label.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as error:
        raise RoleSyncError(f"The permission {label} does not exist; run migrate first.") from error


def _pages(where):
    if where == WHOLE_TREE:
        return list(Page.objects.filter(depth=1))
    homes = Page.objects.filter(depth=2).exclude(locale=Locale.get_default()).select_related("locale")
    return [home for home in homes if tree_of_home(home.locale.language_code) == where]


def _review_tasks():
    """The tasks whose deciders are roles: every task of the root page's workflow, every arena review."""
    tasks = list(ArenaReviewTask.objects.all())
    assignment = WorkflowPage.objects.filter(page__depth=1).select_related("workflow").first()
    if assignment is not None:
        tasks += list(GroupApprovalTask.objects.filter(workflow_tasks__workflow=assignment.workflow))
    return tasks


def _group_for(declaration):
    role = Role.objects.select_related("group").filter(key=declaration.key).first()
    if role is not None:
        group = role.group
        if group.name != declaration.label:
            group.name = declaration.label
            group.save(update_fields=["name"])
        return group
    if Group.objects.filter(name=declaration.label).exists():
        raise RoleSyncError(
            f"A group named {declaration.label!r} exists but holds no role: link it to the role "
            f"{declaration.key!r} (Role in the core app) or rename it."
        )
    group = Group.objects.create(name=declaration.label)
    Role.objects.create(key=declaration.key, group=group)
    return group


def _sync_page_permissions(group, declaration):
    wanted = {
        (page.pk, _permission(f"wagtailcore.{codename}").pk)
        for page in _pages(declaration.pages)
        for codename in declaration.page_permissions
    }
    for grant in GroupPagePermission.objects.filter(group=group):
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    for page_id, permission_id in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)


def _sync_collection_permissions(group, declaration):
    root = Collection.get_first_root_node()
    wanted = {_permission(label).pk for label in declaration.collection_permissions}
    for grant in GroupCollectionPermission.objects.filter(group=group):
        if grant.collection_id != root.pk or grant.permission_id not in wanted:
            grant.delete()
    for permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission_id=permission_id)


@transaction.atomic
def sync_roles():
    """Create or update the group of every declared role; returns the groups in declaration order.

    Translated home pages created later are granted to the translators as they
    appear (``translations.permissions``).
    """
    tasks = _review_tasks()
    groups = []
    for declaration in ROLES:
        group = _group_for(declaration)
        group.permissions.set([_permission(label) for label in declaration.permissions])
        _sync_page_permissions(group, declaration)
        _sync_collection_permissions(group, declaration)
        for task in tasks:
            if declaration.decides_reviews:
                task.groups.add(group)
            else:
                task.groups.remove(group)
        groups.append(group)
    return groups


def sync_roles_after_migrate(sender, using="default", plan=None, **kwargs):
    """``post_migrate`` handler; skipped when migrating backwards to before the role table existed."""
    if plan is not None and any(backwards for _migration, backwards in plan):
        return
    # Django creates each app's permissions in that app's own post_migrate; some of ours
    # (this app's, e.g. ``editorial.view_failedmail``) may not exist yet at this point.
    for app_config in django_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    sync_roles()
