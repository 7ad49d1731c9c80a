"""Store the next dates of offers whose stored next date has ended (run by a timer, e.g. hourly)."""

from django.core.management.base import BaseCommand

from offers import listing_facts
from offers.models import OfferPage


class Command(BaseCommand):
    help = (
        "Stores each offer's next date where the stored one has ended (offers.listing_facts); "
        "--all recomputes the stored dates and terms of every offer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Recompute every offer, not only those whose next date passed."
        )

    def handle(self, *args, **options):
        if options["all"]:
            ids = list(OfferPage.objects.values_list("pk", flat=True))
            listing_facts.refresh(ids)
            count = len(ids)
        else:
            count = listing_facts.refresh_passed()
        self.stdout.write(f"{count} offer(s) refreshed.")
