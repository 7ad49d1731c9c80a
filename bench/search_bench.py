#!/usr/bin/env python
"""Search benchmark: latency of the search view over 10,000 and 50,000 offers on PostgreSQL.

Creates its own database (SEARCH_BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/searchbench), loads the demo site, then adds
generated offers in German and English (half each, the English ones linked to
their German source) with bulk inserts, rebuilds the search index (timed) and
requests 30 queries with and without filters through Django's test client.
Writes p50/p95 latencies to bench/results-search.txt.

    .venv/bin/python bench/search_bench.py            # 10,000 then 50,000 offers
    .venv/bin/python bench/search_bench.py 10000      # only the sizes given
"""

import datetime
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATABASE_URL = os.environ.get("SEARCH_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/searchbench")
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "digitalcampus.settings.test")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from arenas.models import Arena  # noqa: E402
from offers import listing_facts  # noqa: E402
from offers.models import CompetenceArea, Format, OfferDate, OfferPage, ProviderPage, TargetGroup  # noqa: E402
from search.indexing import rebuild  # noqa: E402
from search.query import Search  # noqa: E402

SIZES = [int(arg) for arg in sys.argv[1:]] or [10_000, 50_000]
RUNS = 7  # per query; the first is a warm-up and not counted
RESULTS = ROOT / "bench" / "results-search.txt"
TARGETS = {"one word, text only": 0.100, "one word, full page with facet counts": 0.400}

TOPICS = [
    ("Künstliche Intelligenz", "artificial intelligence"),
    ("KI-Werkzeuge", "AI tools"),
    ("Datenschutz", "data protection"),
    ("Python", "Python"),
    ("Tabellenkalkulation", "spreadsheets"),
    ("Datenvisualisierung", "data visualisation"),
    ("IT-Sicherheit", "IT security"),
    ("Open Data", "open data"),
    ("Smartphone", "smartphone"),
    ("Online-Banking", "online banking"),
    ("Barrierefreiheit im Web", "web accessibility"),
    ("3D-Druck", "3D printing"),
    ("Robotik", "robotics"),
    ("Podcasts", "podcasts"),
    ("Videokonferenzen", "video conferencing"),
    ("Cloud-Dienste", "cloud services"),
    ("Programmieren", "programming"),
    ("Digitale Verwaltung", "digital administration"),
    ("Social Media", "social media"),
    ("Falschmeldungen", "false news"),
    ("Maschinelles Lernen", "machine learning"),
    ("Elektronik und Löten", "electronics and soldering"),
    ("Bildbearbeitung", "photo editing"),
    ("Datenbanken", "databases"),
]
FORMATS = [
    ("Workshop", "Workshop", "workshop"),
    ("Kurs", "Course", "course"),
    ("Vortrag", "Talk", "talk"),
    ("Online-Kurs", "Online course", "online-course"),
    ("Sprechstunde", "Consultation", "consultation"),
    ("Labor", "Lab", "lab"),
]
AUDIENCES = [
    ("für Einsteigerinnen und Einsteiger", "for beginners"),
    ("für die Verwaltung", "for public administration"),
    ("für Vereine", "for associations"),
    ("für Lehrkräfte", "for teachers"),
    ("für Seniorinnen und Senioren", "for older adults"),
    ("für kleine Unternehmen", "for small businesses"),
    ("für Jugendliche", "for young people"),
    ("für Studierende", "for students"),
]
SENTENCES = [
    (
        "Wir zeigen Schritt für Schritt, wie {topic} im Alltag funktioniert.",
        "We show step by step how {topic} works in everyday life.",
    ),
    (
        "Sie arbeiten an eigenen Beispielen und nehmen Vorlagen mit nach Hause.",
        "You work on your own examples and take templates home.",
    ),
    ("Vorkenntnisse sind nicht nötig, Neugier genügt.", "No previous knowledge is needed, curiosity is enough."),
    (
        "Am Ende wissen Sie, wo die Grenzen von {topic} liegen und worauf Sie achten müssen.",
        "At the end you know where the limits of {topic} are and what to watch out for.",
    ),
    (
        "Die Veranstaltung findet in kleinen Gruppen statt, Fragen sind ausdrücklich erwünscht.",
        "The event takes place in small groups, questions are explicitly welcome.",
    ),
    (
        "Bringen Sie gern ein eigenes Gerät mit; Leihgeräte sind vorhanden.",
        "Feel free to bring your own device; loan devices are available.",
    ),
]
VENUES = ["Volkshochschule Leipzig", "Stadtbibliothek Leipzig", "HTWK Leipzig, Zuse-Bau", "naTo, Saal", "Werkbank"]

QUERIES = [
    # one word
    {"q": "Datenschutz"},
    {"q": "Workshop"},
    {"q": "Python"},
    {"q": "Kurse"},
    {"q": "Verwaltung"},
    {"q": "Robotik"},
    {"q": "Podcasts"},
    {"q": "Leipzig"},
    {"q": "KI"},
    {"q": "Smartphone"},
    # several words
    {"q": "KI-Kurs für Verwaltung"},
    {"q": "Datenschutz für Vereine"},
    {"q": "Python für Einsteiger"},
    {"q": "künstlicher Intelligenz Lehrkräfte"},
    {"q": "Online-Banking Senioren"},
    {"q": "3D-Druck Jugendliche"},
    {"q": "Tabellenkalkulation kleine Unternehmen"},
    {"q": "Maschinelles Lernen Studierende"},
    {"q": "Bildbearbeitung Workshop"},
    {"q": "Falschmeldungen erkennen"},
    # with filters
    {"q": "Datenschutz", "arena": "wirtschaft"},
    {"q": "Workshop", "format": "workshop", "free": "1"},
    {"q": "Python", "level": "beginner", "mode": "online"},
    {"q": "KI", "arena": ["bildung", "wissenschaft"]},
    {"arena": "stadtgesellschaft"},
    {"format": "course", "target": "citizens"},
    {"q": "Kurse", "sort": "date"},
    {"q": "Verwaltung", "past": "1"},
    {"mode": "online", "free": "1", "page": "3"},
    {"q": "Smartphone", "language": "de", "page": "2"},
]
ONE_WORD = QUERIES[:10]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def recreate_database():
    params = connection.settings_dict
    admin = psycopg.connect(
        host=params["HOST"], port=params["PORT"] or 5432, user=params["USER"], dbname="postgres", autocommit=True
    )
    connection.close()
    name = params["NAME"]
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def path_segment(number):
    alphabet = Page.alphabet
    digits = ""
    for _ in range(Page.steplen):
        number, remainder = divmod(number, len(alphabet))
        digits = alphabet[remainder] + digits
    return digits


class OfferGenerator:
    """Bulk-creates offers below the demo providers, German and English pairs sharing a translation key."""

    def __init__(self, seed=2026):
        self.random = random.Random(seed)
        self.now = timezone.now()
        self.locales = {code: Locale.objects.get(language_code=code) for code in ("de", "en")}
        self.providers = {
            code: list(ProviderPage.objects.filter(locale=locale).order_by("path"))
            for code, locale in self.locales.items()
        }
        self.formats = {
            (term.slug, term.locale.language_code): term for term in Format.objects.select_related("locale")
        }
        self.target_groups = list(TargetGroup.objects.filter(locale=self.locales["de"]))
        self.areas = list(CompetenceArea.objects.filter(locale=self.locales["de"]))
        self.arenas = list(Arena.objects.all())
        from django.contrib.contenttypes.models import ContentType

        self.content_type = ContentType.objects.get_for_model(OfferPage)
        self.created = 0

    def texts(self, number):
        topic = self.random.choice(TOPICS)
        format_de, format_en, format_slug = self.random.choice(FORMATS)
        audience = self.random.choice(AUDIENCES)
        sentences = self.random.sample(SENTENCES, 3)
        return format_slug, {
            "de": {
                "title": f"{format_de}: {topic[0]} {audience[0]} ({number})",
                "summary": f"{topic[0]} verständlich erklärt, {audience[0]}.",
                "description": "".join(f"<p>{s[0].format(topic=topic[0])}</p>" for s in sentences),
            },
            "en": {
                "title": f"{format_en}: {topic[1]} {audience[1]} ({number})",
                "summary": f"{topic[1].capitalize()} explained clearly, {audience[1]}.",
                "description": "".join(f"<p>{s[1].format(topic=topic[1])}</p>" for s in sentences),
            },
        }

    def create(self, count, batch=1000):
        pairs = count // 2
        for start in range(0, pairs, batch):
            with transaction.atomic():
                self._create_batch(min(batch, pairs - start))

    def _create_batch(self, size):
        specs = []
        for _ in range(size):
            self.created += 1
            format_slug, texts = self.texts(self.created)
            provider_index = self.random.randrange(len(self.providers["de"]))
            day = self.random.randint(-60, 180)
            specs.append(
                {
                    "texts": texts,
                    "format": format_slug,
                    "provider": provider_index,
                    "key": uuid.uuid4(),
                    "level": self.random.choice(["beginner", "intermediate", "advanced"]),
                    "language": self.random.choice(["de", "de", "en", "de_en"]),
                    "mode": self.random.choice(["on_site", "online", "hybrid"]),
                    "is_free": self.random.random() < 0.6,
                    "venue": self.random.choice(VENUES),
                    "dates": [day + offset * 7 for offset in range(self.random.randint(1, 3))],
                    "arenas": self.random.sample(self.arenas, self.random.randint(1, 2)),
                    "groups": self.random.sample(self.target_groups, self.random.randint(1, 2)),
                    "areas": self.random.sample(self.areas, self.random.randint(0, 2)),
                }
            )
        for code in ("de", "en"):
            self._insert(code, specs)

    def _insert(self, code, specs):
        locale = self.locales[code]
        providers = self.providers[code]
        pages = []
        for spec in specs:
            provider = providers[spec["provider"]]
            provider.numchild += 1
            texts = spec["texts"][code]
            slug = f"bench-{spec['key'].hex[:12]}"
            pages.append(
                Page(
                    path=provider.path + path_segment(provider.numchild + 100),
                    depth=provider.depth + 1,
                    numchild=0,
                    title=texts["title"],
                    draft_title=texts["title"],
                    slug=slug,
                    url_path=f"{provider.url_path}{slug}/",
                    content_type=self.content_type,
                    locale=locale,
                    translation_key=spec["key"],
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=self.now,
                    last_published_at=self.now,
                )
            )
        Page.objects.bulk_create(pages)
        offers = []
        for page, spec in zip(pages, specs, strict=True):
            texts = spec["texts"][code]
            offer = OfferPage(
                page_ptr_id=page.pk,
                summary=texts["summary"],
                description=texts["description"],
                format=self.formats[(spec["format"], code)],
                level=spec["level"],
                language=spec["language"],
                mode=spec["mode"],
                venue_name=spec["venue"],
                venue_city="Leipzig",
                online_note="Der Link kommt per E-Mail.",
                is_free=spec["is_free"],
                price=None if spec["is_free"] else 25,
            )
            offers.append(offer)
        fields = list(OfferPage._meta.local_concrete_fields)
        OfferPage.objects._insert(offers, fields=fields)
        through = OfferPage.arenas.through
        through.objects.bulk_create(
            through(offerpage_id=page.pk, arena_id=arena.pk)
            for page, spec in zip(pages, specs, strict=True)
            for arena in spec["arenas"]
        )
        through = OfferPage.target_groups.through
        through.objects.bulk_create(
            through(offerpage_id=page.pk, targetgroup_id=group.pk)
            for page, spec in zip(pages, specs, strict=True)
            for group in spec["groups"]
        )
        through = OfferPage.competence_areas.through
        through.objects.bulk_create(
            through(offerpage_id=page.pk, competencearea_id=area.pk)
            for page, spec in zip(pages, specs, strict=True)
            for area in spec["areas"]
        )
        OfferDate.objects.bulk_create(
            OfferDate(
                page_id=page.pk,
                sort_order=number,
                start=self.now + datetime.timedelta(days=day, hours=18 - self.now.hour),
                end=self.now + datetime.timedelta(days=day, hours=20 - self.now.hour),
            )
            for page, spec in zip(pages, specs, strict=True)
            for number, day in enumerate(spec["dates"])
        )
        listing_facts.refresh([page.pk for page in pages])
        for provider in providers:
            Page.objects.filter(pk=provider.pk).update(numchild=provider.numchild)


def measure(client, url, params_list):
    durations = []
    for params in params_list:
        for run in range(RUNS):
            started = time.perf_counter()
            response = client.get(url, params)
            elapsed = time.perf_counter() - started
            assert response.status_code == 200, (params, response.status_code)
            if run:
                durations.append(elapsed)
    return durations


def measure_text_only(params_list):
    """The search without rendering or facet counts: count and the first page of hits."""
    from django.test import RequestFactory

    factory = RequestFactory()
    locale = Locale.objects.get(language_code="de")
    durations = []
    for params in params_list:
        for run in range(RUNS):
            request = factory.get("/de/suche/", params)
            started = time.perf_counter()
            search = Search(request, locale)
            search.count  # noqa: B018 - the count query is part of the work
            search.hits  # noqa: B018
            elapsed = time.perf_counter() - started
            if run:
                durations.append(elapsed)
    return durations


def line(label, durations):
    return (
        f"{label:<42} p50 {statistics.median(durations) * 1000:7.1f} ms   "
        f"p95 {percentile(durations, 0.95) * 1000:7.1f} ms   (n={len(durations)})"
    )


def main():
    setup_test_environment()
    recreate_database()
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print(f"demo site loaded in {time.perf_counter() - started:.0f} s", flush=True)
    generator = OfferGenerator()
    client = Client()
    with translation.override("de"):
        from django.urls import reverse

        url = reverse("search")
    report = [
        "Search benchmark (bench/search_bench.py) on PostgreSQL, "
        f"{os.cpu_count()} CPU cores, {timezone.now():%Y-%m-%d}",
        f"{len(QUERIES)} queries ({len(ONE_WORD)} one-word, 10 multi-word, 10 with filters), "
        f"{RUNS - 1} timed runs each after one warm-up; latency through Django's test client.",
        "",
    ]
    p95 = {}
    for size in SIZES:
        started = time.perf_counter()
        generator.create(size - generator.created * 2)
        created_in = time.perf_counter() - started
        total = OfferPage.objects.count()
        started = time.perf_counter()
        entries = rebuild()
        index_time = time.perf_counter() - started
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        results = {
            "one word, text only": measure_text_only(ONE_WORD),
            "one word, full page with facet counts": measure(client, url, ONE_WORD),
            "all 30 queries, full page": measure(client, url, QUERIES),
            "multi-word, full page": measure(client, url, QUERIES[10:20]),
            "with filters, full page": measure(client, url, QUERIES[20:]),
        }
        report.append(
            f"== {size} generated offers, half German, half English ({total} with the demo's), "
            f"{entries} index entries: "
            f"generated in {created_in:.1f} s, index built in {index_time:.1f} s"
        )
        for label, durations in results.items():
            report.append(line(label, durations))
            p95[(size, label)] = percentile(durations, 0.95)
        report.append("")
        print("\n".join(report[-len(results) - 2 :]), flush=True)
    report.append("Targets at the largest size:")
    largest, smallest = max(SIZES), min(SIZES)
    for label, target in TARGETS.items():
        value = p95[(largest, label)]
        report.append(
            f"  {label}: p95 {value * 1000:.1f} ms, target <= {target * 1000:.0f} ms: "
            + ("met" if value <= target else "MISSED")
        )
    if largest != smallest:
        for label in ("one word, full page with facet counts", "all 30 queries, full page"):
            ratio = p95[(largest, label)] / p95[(smallest, label)]
            report.append(
                f"  {label}: p95 at {largest} / p95 at {smallest} = {ratio:.2f} (target <= 3): "
                + ("met" if ratio <= 3 else "MISSED")
            )
    RESULTS.write_text("\n".join(report) + "\n")
    print("\n".join(report[-5:]))
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
