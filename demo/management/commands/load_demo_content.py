"""Create the demo site: arenas, providers, offers, news and pages in German and English.

Idempotent: a second run finds everything in place and changes nothing.
Refused unless the settings allow demo content (development and tests only).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.builder import DEMO_PASSWORD, DemoContentBuilder


class Command(BaseCommand):
    help = "Creates the demo site in German and English, with demo accounts for each role."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Demo content is only available in development (DEMO_CONTENT_ALLOWED).")
        builder = DemoContentBuilder(stdout=self.stdout if options["verbosity"] > 1 else None)
        created = builder.build()
        if options["verbosity"] == 0:
            return
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for username, role in builder.accounts:
            self.stdout.write(f"  {username:32} {role}")
        self.stdout.write("Admin: http://127.0.0.1:8000/admin/")
