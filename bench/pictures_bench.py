#!/usr/bin/env python
"""Pictures benchmark: p50/p95 (concurrency 1) and queries of the pages that show pictures.

Run it once on the code before pictures and once after, each over its own demo
database (``DATABASE_URL``; built if empty); it appends one labelled block to
``bench/results-pictures.txt`` with the commit and the load average, because
the machine is shared and the load changes the figures::

    BENCH_COMMIT=$(git rev-parse --short HEAD) DATABASE_URL=sqlite:///… python bench/pictures_bench.py after
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "digitalcampus.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from arenas.models import ArenaPage  # noqa: E402
from bench.measure import measure  # noqa: E402
from offers.models import OfferPage  # noqa: E402

RUNS = 40


def offer_url():
    """An offer that has a picture where the code knows pictures, else the same offer."""
    offers = OfferPage.objects.live().filter(locale__language_code="de").order_by("path")
    return offers.first().url  # the first offer gets a demo picture (every fifth, from the first)


def main(label, results):
    call_command("migrate", verbosity=0)
    if not OfferPage.objects.exists():
        call_command("load_demo_content", verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    urls = {
        "home (de)": "/de/",
        "home (en)": "/en/",
        "arena": ArenaPage.objects.get(locale__language_code="de", arena__key="bildung").url,
        "offer index": "/de/angebote/",
        "offer": offer_url(),
    }
    commit = os.environ.get("BENCH_COMMIT", "?")
    lines = [
        f"{label}: commit {commit}, {connection.vendor}, load average {os.getloadavg()[0]:.2f}",
        f"{'page':16} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}",
    ]
    for name, url in urls.items():
        p50, p95, queries = measure(client, url, RUNS)
        lines.append(f"{name:16} {p50:8.1f} {p95:8.1f} {queries:8d}")
    lines.append(f"load average after: {os.getloadavg()[0]:.2f}")
    output = "\n".join(lines) + "\n\n"
    print(output)
    with open(results, "a", encoding="utf-8") as handle:
        handle.write(output)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "run", ROOT / "bench" / "results-pictures.txt")
