"""Rebuild the search app's per-language index (``SearchEntry``) from the live pages."""

import time

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index of the search page from all live pages (German and English stemming)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = rebuild()
        self.stdout.write(f"Indexed {count} pages in {time.perf_counter() - started:.1f} s.")
