"""Translators work in the translated trees only: page permissions on each translated home page."""

from django.contrib.auth.models import Permission
from wagtail.models import GroupPagePermission, Locale

from editorial.roles import TRANSLATORS, role_group

TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")


def grant_translators_on_home(sender, instance, created, raw=False, **kwargs):
    """A new home page of a translated locale (the English tree) is open to the translators."""
    if raw or not created or instance.depth != 2 or instance.locale_id == Locale.get_default().pk:
        return
    group = role_group(TRANSLATORS)
    if group is None:
        return
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=instance,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
