#!/usr/bin/env python
"""Admin speed with many providers: explorer and dashboard of a provider, review list of a curator.

Seeds PROVIDERS providers with OFFERS offers each (plus one group and collection
per provider, and one offer in review per provider), then measures p50/p95 and
SQL query counts at a tenth of the providers and at all of them, so growth shows.
Writes bench/results-admin-<vendor>.txt. Uses DATABASE_URL when set, else a fresh
SQLite file.
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "digitalcampus.settings.dev")
(ROOT / "test-artifacts").mkdir(exist_ok=True)
SQLITE = ROOT / "test-artifacts" / "bench-admin.sqlite3"
if "DATABASE_URL" not in os.environ:
    SQLITE.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE}"

PROVIDERS = int(os.environ.get("BENCH_PROVIDERS", "300"))
OFFERS = int(os.environ.get("BENCH_OFFERS", "20"))
RUNS = 20

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core import mail  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from arenas.models import Arena  # noqa: E402
from bench.measure import measure  # noqa: E402
from editorial.onboarding import grant_provider_permissions  # noqa: E402
from offers.models import Format, OfferDate, OfferIndexPage, OfferPage, ProviderPage  # noqa: E402

KEYS = ["wirtschaft", "stadtgesellschaft", "bildung", "wissenschaft"]


def seed(index, start, stop, formats, arenas, user_model):
    for number in range(start, stop):
        provider = ProviderPage(title=f"Anbieter {number:04d}", slug=f"anbieter-{number:04d}", description="<p>x</p>")
        index.add_child(instance=provider)
        grant_provider_permissions(provider)
        user = user_model.objects.create(username=f"bench-{number:04d}", email=f"bench-{number:04d}@example.org")
        user.groups.add(*user.groups.model.objects.filter(name=f"Anbieter: {provider.title}"))
        for offer_number in range(OFFERS):
            draft = offer_number == 0
            offer = OfferPage(
                title=f"Kurs {number}-{offer_number}",
                slug=f"kurs-{offer_number}",
                summary="Kurzbeschreibung",
                description="<p>Beschreibung</p>",
                format=formats[offer_number % len(formats)],
                mode="online",
                online_note="Link",
                live=not draft,
            )
            now = timezone.now()
            offer.dates = [
                OfferDate(
                    start=now + timezone.timedelta(days=offer_number),
                    end=now + timezone.timedelta(days=offer_number, hours=2),
                )
            ]
            provider.add_child(instance=offer)
            offer.arenas.set([arenas[KEYS[(number + offer_number) % 4]]])
            if draft:
                offer.save_revision(user=user)
                offer.get_workflow().start(offer, user)


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    mail.outbox = []
    index = OfferIndexPage.objects.get(locale=Locale.get_default())
    formats = list(Format.objects.filter(locale=Locale.get_default()))
    arenas = {arena.key: arena for arena in Arena.objects.all()}
    User = get_user_model()
    curator = User.objects.get(username="kuratorin-bildung")
    lines = [f"Admin benchmark, {connection.vendor}, {RUNS} runs per page, {OFFERS} offers per provider"]
    lines.append(f"{'providers':>9} {'page':34} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    small = max(1, PROVIDERS // 10)
    seeded = 0
    for target in (small, PROVIDERS):
        started = time.perf_counter()
        seed(index, seeded, target, formats, arenas, User)
        seeded = target
        print(f"seeded {target} providers in {time.perf_counter() - started:.0f} s", flush=True)
        provider_user = User.objects.get(username="bench-0000")
        provider = ProviderPage.objects.get(slug="anbieter-0000", locale=Locale.get_default())
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(provider_user)
        for name, url in (
            ("provider: explorer of own page", f"/admin/pages/{provider.pk}/"),
            ("provider: dashboard", "/admin/"),
        ):
            p50, p95, queries = measure(client, url, RUNS)
            lines.append(f"{target:9d} {name:34} {p50:8.1f} {p95:8.1f} {queries:8d}")
        client.force_login(curator)
        p50, p95, queries = measure(client, "/admin/", RUNS)
        lines.append(f"{target:9d} {'curator: dashboard with reviews':34} {p50:8.1f} {p95:8.1f} {queries:8d}")
    output = "\n".join(lines) + "\n"
    print(output)
    (ROOT / "bench" / f"results-admin-{connection.vendor}.txt").write_text(output, encoding="utf-8")


if __name__ == "__main__":
    main()
