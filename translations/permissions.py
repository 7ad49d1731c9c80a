"""Translators and Leichte-Sprache writers work in their own trees only: page permissions on its home page."""

from django.contrib.auth.models import Permission
from wagtail.models import GroupPagePermission, Locale

from editorial.roles import ROLES, role_group, tree_of_home


def grant_translators_on_home(sender, instance, created, raw=False, **kwargs):
    """A new home page of a translated locale is open to the role(s) declared for that tree.

    The English home page to the translators, the Leichte-Sprache home page to
    the Leichte-Sprache writers. Between two runs of ``sync_roles`` this keeps
    the declared page permissions on every translated home page.
    """
    if raw or not created or instance.depth != 2 or instance.locale_id == Locale.get_default().pk:
        return
    tree = tree_of_home(Locale.objects.get(pk=instance.locale_id).language_code)
    for declaration in ROLES:
        group = role_group(declaration.key) if declaration.pages == tree else None
        if group is None:
            continue
        for codename in declaration.page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=instance,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
