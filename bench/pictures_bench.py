#!/usr/bin/env python
"""Pictures benchmark: what the pictures cost the pages that show them.

The same pages with and without their pictures, on the code of one commit:
the demo site is built once (SQLite), copied, and in the copy every picture
field (offer image, news image, arena picture, provider logo) is emptied. Each
page is then requested at concurrency 1 through Django's test client (with
``DEBUG`` off, so templates are cached as in production), the two databases in
turn, two rounds each; the slower round of each is compared. The figures,
the commit and the load average are appended to ``bench/results-pictures.txt``::

    .venv/bin/python bench/pictures_bench.py            # build, compare, append the results
    BENCH_PICTURES_RUNS=40 .venv/bin/python bench/pictures_bench.py   # a quicker check

One measuring pass runs in a process of its own per database (Django is set up
once per process): ``pictures_bench.py measure LABEL`` with ``DATABASE_URL``.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import commit, load, speed  # noqa: E402

RESULTS = ROOT / "bench" / "results-pictures.txt"
WORK = ROOT / "test-artifacts" / "bench-pictures"
RUNS = int(os.environ.get("BENCH_PICTURES_RUNS", 200))
ROUNDS = 2
GOAL = 1.10
#: The picture fields emptied in the copy without pictures: (table, column).
PICTURE_COLUMNS = [
    ("offers_offerpage", "image_id"),
    ("offers_providerpage", "logo_id"),
    ("news_newspage", "image_id"),
    ("arenas_arenapage", "image_id"),
]


def setup_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "digitalcampus.settings.test"
    import django

    django.setup()


def build(database):
    """Migrate and load the demo site into ``database`` (run in a process of its own)."""
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)


def pages():
    from arenas.models import ArenaPage
    from offers.models import OfferPage

    # The first German offer has a demo picture (every fifth offer has one, from the first).
    offer = OfferPage.objects.live().filter(locale__language_code="de").order_by("path").first()
    return {
        "home (de)": "/de/",
        "home (en)": "/en/",
        "arena": ArenaPage.objects.get(locale__language_code="de", arena__key="bildung").url,
        "offer index": "/de/angebote/",
        "offer": offer.url,
    }


def measure_all(label):
    """One pass over the pages; prints one JSON line {page: [p50, p95, queries]}."""
    setup_django()
    from django.test import Client

    from bench.measure import measure

    client = Client(HTTP_HOST="127.0.0.1")
    figures = {name: measure(client, url, RUNS) for name, url in pages().items()}
    print(json.dumps({"label": label, "figures": figures}))


def run_pass(label, database):
    output = subprocess.run(  # noqa: S603 - this script, by its own path
        [sys.executable, __file__, "measure", label],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{database}"},
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])["figures"]


def compare():
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    with_pictures, without_pictures = WORK / "with.sqlite3", WORK / "without.sqlite3"
    subprocess.run(  # noqa: S603 - this script, by its own path
        [sys.executable, __file__, "build"],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{with_pictures}"},
        check=True,
        cwd=ROOT,
    )
    shutil.copyfile(with_pictures, without_pictures)
    with sqlite3.connect(without_pictures) as db:
        for table, column in PICTURE_COLUMNS:
            db.execute(f"UPDATE {table} SET {column} = NULL")  # noqa: S608 - fixed names above

    lines = [
        f"== commit {commit()}, SQLite, {RUNS} requests per page and round, load average before {load()},"
        f" speed reference {speed():.0f} ms (bench/machine.py: lower is a faster machine)",
        f"{'round':28} {'page':12} {'p50 ms':>7} {'p95 ms':>7} {'queries':>7}",
    ]
    slowest = {}  # (label, page) -> the slower round's figures
    for round_number in range(1, ROUNDS + 1):
        for label, database in (("without pictures", without_pictures), ("with pictures", with_pictures)):
            figures = run_pass(label, database)
            for page, (p50, p95, queries) in figures.items():
                lines.append(f"{label + ' ' + str(round_number):28} {page:12} {p50:7.1f} {p95:7.1f} {queries:7d}")
                previous = slowest.get((label, page))
                if previous is None or p95 > previous[1]:
                    slowest[(label, page)] = (p50, p95, queries)
            lines.append(f"{'':28} load average {load()}")
    lines.append("p95 of the slower round, with / without pictures:")
    verdicts = []
    for page in figures:
        before, after = slowest[("without pictures", page)], slowest[("with pictures", page)]
        ratio = after[1] / before[1]
        verdicts.append(ratio <= GOAL)
        lines.append(
            f"  {page:12} {after[1]:7.1f} / {before[1]:7.1f} = {ratio:4.2f}   queries {after[2]} / {before[2]}"
            f"   {'met' if ratio <= GOAL else 'MISSED'}"
        )
    verdict = "met" if all(verdicts) else "MISSED"
    lines.append(f"Goal: at most {round((GOAL - 1) * 100)} % slower with pictures: {verdict}")
    output = "\n".join(lines) + "\n\n"
    print(output)
    with open(RESULTS, "a", encoding="utf-8") as handle:
        handle.write(output)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compare"
    if command == "build":
        build(os.environ["DATABASE_URL"])
    elif command == "measure":
        measure_all(sys.argv[2])
    else:
        compare()
