"""The daily reminder of reviews that wait too long."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from core.arenas import ARENA_KEYS

from .queue import decidable_reviews, queue_rows
from .roles import EDITORIAL_TEAM, curator_role, users_with_roles


def reviewers():
    """Everyone who may decide reviews, with an address to write to."""
    return (
        users_with_roles([EDITORIAL_TEAM, *(curator_role(key) for key in ARENA_KEYS)]).exclude(email="").order_by("pk")
    )


def send_reminders(days):
    """One mail per reviewer listing the reviews they may decide that wait more than ``days`` days."""
    cutoff = timezone.now() - timedelta(days=days)
    queue_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("campus_review_queue") + f"?waiting={days}"
    sent = 0
    for user in reviewers():
        rows = queue_rows(decidable_reviews(user).filter(started_at__lte=cutoff).order_by("started_at"), user)
        if not rows:
            continue
        language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language):
            context = {"user": user, "rows": rows, "days": days, "queue_url": queue_url}
            subject = render_to_string("editorial/mail/reminder_subject.txt", context).strip()
            body = render_to_string("editorial/mail/reminder.txt", context)
        send_mail(subject, body, None, [user.email])
        sent += 1
    return sent
