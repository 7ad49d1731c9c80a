#!/usr/bin/env python
"""Benchmarks: page latency and query counts of the public pages over the demo site.

Builds a fresh SQLite (or DATABASE_URL) database with the demo content, then
requests each page type repeatedly through Django's test client and writes
p50/p95 latency and the number of SQL queries to bench/results-pages.txt.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "digitalcampus.settings.dev")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'test-artifacts' / 'bench.sqlite3'}")
(ROOT / "test-artifacts").mkdir(exist_ok=True)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from arenas.models import ArenaPage  # noqa: E402
from bench.measure import measure  # noqa: E402
from news.models import NewsPage  # noqa: E402
from offers.models import OfferPage, ProviderPage  # noqa: E402

RUNS = 30


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    urls = {
        "home (de)": "/de/",
        "home (en)": "/en/",
        "arena": ArenaPage.objects.filter(locale__language_code="de").first().url,
        "offer index": "/de/angebote/",
        "offer index, filtered": "/de/angebote/?arena=bildung&format=workshop",
        "provider": ProviderPage.objects.filter(locale__language_code="de").first().url,
        "offer": OfferPage.objects.filter(locale__language_code="de").first().url,
        "news": NewsPage.objects.filter(locale__language_code="en").first().url,
        "search": "/de/suche/?q=Daten",
    }
    lines = [
        f"Page benchmark, {connection.vendor}, {OfferPage.objects.count()} offer pages, {RUNS} runs each",
        f"{'page':28} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}",
    ]
    for name, url in urls.items():
        p50, p95, queries = measure(client, url, RUNS)
        lines.append(f"{name:28} {p50:8.1f} {p95:8.1f} {queries:8d}")
    output = "\n".join(lines) + "\n"
    print(output)
    (ROOT / "bench" / f"results-pages-{connection.vendor}.txt").write_text(output, encoding="utf-8")


if __name__ == "__main__":
    main()
