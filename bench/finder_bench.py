#!/usr/bin/env python
"""Offer finder benchmark: the listing pages and the search over 10,000 and 50,000 offers on PostgreSQL.

Creates its own database (FINDER_BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/finderbench), loads the demo site, then adds
generated offers in bulk (``bench.search_bench.OfferGenerator``: German and
English pairs), 500 of them below one provider of their own, and indexes them
for Wagtail's search backend and the search app. For each size it requests
every page below 200 times at concurrency 1 through Django's test client and
reports the p95; each figure is measured twice and the slower run is reported,
with the load average before and after it. Query counts are given at demo
size and at every size. Writes bench/results-finder.txt with the commit.

    .venv/bin/python bench/finder_bench.py              # 10,000 then 50,000 offers
    .venv/bin/python bench/finder_bench.py 10000        # only the sizes given
    FINDER_BENCH_REQUESTS=20 .venv/bin/python bench/finder_bench.py 10000   # a quick check

While working on the finder, a database prepared by an earlier run can be measured again
without rebuilding it (``FINDER_BENCH_REUSE=1``: migrations are applied, offers are only added
up to the size given), with the report written elsewhere (``FINDER_BENCH_RESULTS=/tmp/f.txt``).
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SEARCH_BENCH_DATABASE_URL"] = os.environ.get(
    "FINDER_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/finderbench"
)

from bench import search_bench  # noqa: E402 - sets DATABASE_URL from the variable above and sets up Django

OfferGenerator, percentile, recreate_database = (
    search_bench.OfferGenerator,
    search_bench.percentile,
    search_bench.recreate_database,
)

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from arenas.models import ArenaPage  # noqa: E402
from bench.machine import commit, load, speed  # noqa: E402
from offers.models import OfferIndexPage, OfferPage, ProviderPage  # noqa: E402
from search.indexing import rebuild  # noqa: E402

SIZES = [int(arg) for arg in sys.argv[1:]] or [10_000, 50_000]
REQUESTS = int(os.environ.get("FINDER_BENCH_REQUESTS", 200))
PROVIDER_OFFERS = 500
RESULTS = Path(os.environ.get("FINDER_BENCH_RESULTS") or ROOT / "bench" / "results-finder.txt")
#: Measure the database of an earlier run again instead of recreating it.
REUSE = os.environ.get("FINDER_BENCH_REUSE") == "1"
#: p95 targets in ms per number of offers (issue 10).
TARGETS = {10_000: 150, 50_000: 300}


def bench_provider():
    """A German provider with an English translation, for the offers of the provider page measured."""
    german = Locale.objects.get(language_code="de")
    existing = ProviderPage.objects.filter(locale=german, slug="bench-akademie").first()
    if existing is not None:
        return existing, ProviderPage.objects.get(translation_key=existing.translation_key, locale__language_code="en")
    index = OfferIndexPage.objects.get(locale=german)
    provider = index.add_child(
        instance=ProviderPage(
            title="Bench-Akademie Leipzig",
            slug="bench-akademie",
            kind="association",
            description="<p>Ein Anbieter mit vielen Angeboten.</p>",
        )
    )
    provider.save_revision().publish()
    english = provider.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    return ProviderPage.objects.get(pk=provider.pk), ProviderPage.objects.get(pk=english.pk)


def index_offers(since_pk, batch=1000):
    """Add the generated offers to Wagtail's search index (the finder's text match), in batches."""
    backend = get_search_backend()
    providers = {page.path: page for page in ProviderPage.objects.all()}
    offers = OfferPage.objects.filter(pk__gt=since_pk).order_by("pk")
    last = since_pk
    while True:
        chunk = list(offers.filter(pk__gt=last)[:batch])
        if not chunk:
            return
        for offer in chunk:
            offer.__dict__["provider"] = providers.get(offer.path[: -offer.steplen])
        with transaction.atomic():
            backend.add_bulk(OfferPage, chunk)
        last = chunk[-1].pk


def urls(provider):
    arena = ArenaPage.objects.get(locale__language_code="de", arena__key="bildung")
    return {
        "home": "/de/",
        "offer index, page 1": "/de/angebote/",
        "offer index, page 50": "/de/angebote/?page=50",
        "arena page": arena.url,
        f"provider page ({PROVIDER_OFFERS} offers)": provider.url,
        "filtered index (3 filters + when=week)": "/de/angebote/?arena=bildung&mode=online&free=1&when=week",
        "search, one word": "/de/suche/?q=Datenschutz",
        "search, three words": "/de/suche/?q=Python+Kurs+Einsteiger",
    }


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def p95(client, url):
    """The p95 in ms of REQUESTS requests after one warm-up, with the load average before and after."""
    client.get(url)
    before = load()
    durations = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(url)
        durations.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return percentile(durations, 0.95), before, load()


def slower_of_two(client, url):
    runs = [p95(client, url) for _ in range(2)]
    return max(runs, key=lambda run: run[0]), runs


def measure_all(client, pages, size, report):
    target = TARGETS.get(size)
    for name, url in pages.items():
        (value, before, after), runs = slower_of_two(client, url)
        verdict = "" if target is None else (" met" if value <= target else " MISSED")
        report.append(
            f"{name:42} p95 {value:7.1f} ms (runs {runs[0][0]:.1f} / {runs[1][0]:.1f})"
            f"  load {before} -> {after}{verdict}"
        )
        print(report[-1], flush=True)
    report.append("")


def database_exists():
    """Whether the bench database exists and holds a migrated site."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM wagtailcore_page LIMIT 1")
            return cursor.fetchone() is not None
    except Exception:  # noqa: BLE001 - a missing database or table both mean: build it
        connection.close()
        return False


def main():
    setup_test_environment()
    reused = REUSE and database_exists()
    if not reused:
        recreate_database()
    call_command("migrate", verbosity=0)
    if not reused:
        call_command("load_demo_content", verbosity=0)
    client = Client()
    german_provider, english_provider = bench_provider()
    pages = urls(german_provider)
    # A reused database is no longer at demo size: its counts are those of the sizes below.
    counts = {} if reused else {"demo": {name: query_count(client, url) for name, url in pages.items()}}
    report = [
        f"Offer finder benchmark (bench/finder_bench.py), commit {commit()}, PostgreSQL, {os.cpu_count()} CPU cores,"
        f" speed reference {speed():.0f} ms (bench/machine.py: lower is a faster machine)",
        f"p95 of {REQUESTS} requests per page at concurrency 1 (Django test client, after one warm-up); "
        "each figure measured twice, the slower reported; load average (1/5/15 min) before and after it.",
        "",
    ]
    generator = OfferGenerator()
    # The generated offers go below the demo's providers; the bench provider gets its 500 only.
    bench_providers = {german_provider.pk, english_provider.pk}
    generator.providers = {
        code: [provider for provider in providers if provider.pk not in bench_providers]
        for code, providers in generator.providers.items()
    }
    for size in SIZES:
        last_pk = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        started = time.perf_counter()
        missing = size - OfferPage.objects.filter(slug__startswith="bench-").count()
        if reused and missing <= 0:
            counts[size] = {name: query_count(client, url) for name, url in pages.items()}
            report.append(f"== {size} generated offers (database reused)")
            measure_all(client, pages, size, report)
            continue
        if not generator.created and not reused:
            # 500 German offers (and their English translations) below the bench provider.
            providers = generator.providers
            generator.providers = {"de": [german_provider], "en": [english_provider]}
            generator.create(PROVIDER_OFFERS * 2)
            generator.providers = providers
            missing -= PROVIDER_OFFERS * 2
        generator.create(missing)
        index_offers(last_pk)
        rebuild()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        prepared = time.perf_counter() - started
        total = OfferPage.objects.count()
        counts[size] = {name: query_count(client, url) for name, url in pages.items()}
        report.append(
            f"== {size} generated offers ({total} offer pages with the demo's), prepared in {prepared:.0f} s"
        )
        measure_all(client, pages, size, report)
    report.append("Queries per page:")
    sizes = list(counts)
    report.append(f"{'page':42} " + " ".join(f"{str(size):>7}" for size in sizes))
    for name in pages:
        report.append(f"{name:42} " + " ".join(f"{counts[size][name]:7d}" for size in sizes))
    generated = [size for size in sizes if size != "demo"]
    flat = all(len({counts[size][name] for size in generated}) == 1 for name in pages)
    report.append("The same number of queries at every generated size: " + ("yes" if flat else "NO"))
    report.append(
        "At demo size a page may differ by what it shows, not by size: demo offers have pictures (two"
        " queries), generated ones none; an empty list (the bench provider before its offers, a filter"
        " without results) loads nothing for cards."
    )
    if TARGETS:
        report.append(f"Targets: p95 <= {TARGETS[10_000]} ms at 10,000 and <= {TARGETS[50_000]} ms at 50,000 offers.")
    RESULTS.write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report[-len(pages) - 4 :]))
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
