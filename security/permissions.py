"""Who counts as a publisher (and so needs a second factor to sign in to the admin)."""

from wagtail.models import GroupPagePermission


def may_publish(user):
    """Superusers, and members of any group with a publish permission on some part of the page tree."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_campus_may_publish", None)
    if cached is None:
        cached = GroupPagePermission.objects.filter(group__user=user, permission__codename="publish_page").exists()
        user._campus_may_publish = cached
    return cached
