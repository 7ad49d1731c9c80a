"""Send again the mails the mail server refused (run it by a timer, e.g. every 15 minutes)."""

from django.core.management.base import BaseCommand

from editorial.mail import resend_failed_mail


class Command(BaseCommand):
    help = "Sends again every recorded mail that could not be delivered; exits non-zero while some still fail."

    def handle(self, *args, **options):
        sent, failing = resend_failed_mail()
        self.stdout.write(f"{sent} mail(s) sent, {failing} still failing.")
        if failing:
            raise SystemExit(1)
