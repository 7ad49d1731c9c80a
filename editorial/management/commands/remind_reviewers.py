"""Remind reviewers of reviews waiting too long (run daily by a timer)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from editorial.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Mails each reviewer the reviews they may decide that wait longer than --days "
        "(default: CAMPUS_REVIEW_REMINDER_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.CAMPUS_REVIEW_REMINDER_DAYS)

    def handle(self, *args, **options):
        count = send_reminders(options["days"])
        self.stdout.write(f"{count} reminder(s) sent.")
