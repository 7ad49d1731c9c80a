#!/usr/bin/env python
# ruff: noqa: E501, S603, S607 - a benchmark driving local tools (wrk, varnishd, gunicorn, manage.py) with long one-line snippets
"""HTTP cache benchmark: the production stack (gunicorn + Varnish) under `wrk -t2 -c8 -d15s`.

Builds a demo database (SQLite file, or DATABASE_URL), starts gunicorn with the production
settings (2 sync workers) and Varnish with deploy/varnish/default.vcl in front, then measures,
each run twice and the slower figure kept:
- a static file through Varnish (the reference),
- the home, arena, offer index and offer pages through Varnish (cached) and straight from
  gunicorn (uncached), each as a ratio to the static file,
- publish-to-visible: while wrk loads the home page through Varnish, an offer's title is changed
  and published; the time until the new title shows on the offer page and on the home page
  through Varnish.
Writes bench/results-cache.txt with the commit and the load average. The machine is shared: the
figures move with whatever else runs on it.
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import commit  # noqa: E402

PYTHON = sys.executable
APP_PORT, VARNISH_PORT = 18901, 18902
WRK = ["wrk", "-t2", "-c8", "-d15s"]


def env_for(settings_module, database_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6"),
        "VARNISH_URL": f"http://127.0.0.1:{VARNISH_PORT}",
        "TRUSTED_PROXY_COUNT": "1",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def shell(env, code):
    result = subprocess.run([PYTHON, "manage.py", "shell", "--no-imports", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True)  # fmt: skip
    return result.stdout.strip()


def wait_for(url):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


def wrk(url):
    """Requests per second, the slower of two runs."""
    figures = []
    for _ in range(2):
        output = subprocess.run([*WRK, url], capture_output=True, text=True, check=True).stdout
        figures.append(float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)))
    return min(figures)


def main():
    if not shutil.which("wrk") or not shutil.which("varnishd"):
        raise SystemExit("wrk and varnishd are needed: apt-get install wrk varnish")
    workdir = Path(tempfile.mkdtemp(prefix="campus-bench-"))
    workdir.chmod(0o755)
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    dev = env_for("digitalcampus.settings.dev", database_url)
    dev.pop("VARNISH_URL")  # no Varnish yet while the demo content is built
    prod = env_for("digitalcampus.settings.production", database_url)
    manage(dev, "migrate", "--no-input", "-v0")
    manage(dev, "load_demo_content", "-v0")
    manage(prod, "collectstatic", "--no-input", "-v0")
    subprocess.run(["redis-cli", "-u", prod["REDIS_URL"], "flushdb"], check=False, capture_output=True)
    urls = {
        name: shell(prod, code)
        for name, code in {
            "home": "from home.models import HomePage; print(HomePage.objects.get(locale__language_code='de').url)",
            "arena": "from arenas.models import ArenaPage; print(ArenaPage.objects.filter(locale__language_code='de').first().url)",
            "offer index": "from offers.models import OfferIndexPage; print(OfferIndexPage.objects.get(locale__language_code='de').url)",
            "offer": "from offers.models import OfferPage; print(OfferPage.objects.upcoming(OfferPage.objects.filter(locale__language_code='de').first().locale_id).first().url)",
        }.items()
    }  # fmt: skip
    static = "/static/css/site.css"
    vcl = workdir / "default.vcl"
    vcl.write_text(re.sub(r'\.port = "\d+";', f'.port = "{APP_PORT}";', (ROOT / "deploy/varnish/default.vcl").read_text(), count=1))  # fmt: skip
    vcl.chmod(0o644)
    gunicorn = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "digitalcampus.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{APP_PORT}",
         "--forwarded-allow-ips", "127.0.0.1"],
        cwd=ROOT, env=prod, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    varnish = subprocess.Popen(
        ["varnishd", "-F", "-a", f"127.0.0.1:{VARNISH_PORT}", "-f", str(vcl), "-n", str(workdir / "n"), "-s", "malloc,128m"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    app, cache = f"http://127.0.0.1:{APP_PORT}", f"http://127.0.0.1:{VARNISH_PORT}"
    try:
        wait_for(app + "/de/")
        wait_for(cache + "/de/")
        load_before = os.getloadavg()
        reference = wrk(cache + static)
        lines = [
            f"Cache benchmark ({'PostgreSQL' if database_url.startswith('postgres') else 'SQLite'}), commit {commit()}, "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
            f"{' '.join(WRK)}, gunicorn 2 sync workers, Varnish 7; each figure the slower of two runs",
            f"load average before: {' '.join(f'{x:.2f}' for x in load_before)} (shared machine, 2 cores)",
            "",
            f"{'page':14} {'cached req/s':>13} {'ratio':>7} {'uncached req/s':>15} {'ratio':>7}",
            f"{'static file':14} {reference:13.0f} {1:7.2f}",
        ]
        for name, path in urls.items():
            requests.get(cache + path, timeout=30)  # into the cache
            cached = wrk(cache + path)
            uncached = wrk(app + path)
            lines.append(
                f"{name:14} {cached:13.0f} {cached / reference:7.2f} {uncached:15.1f} {uncached / reference:7.3f}"
            )
        # Publish to visible, with the home page under load through the cache.
        offer_path = urls["offer"]
        for path in (offer_path, urls["home"]):
            requests.get(cache + path, timeout=30)
        load = subprocess.Popen([*WRK, cache + urls["home"]], stdout=subprocess.DEVNULL)
        time.sleep(2)
        title = f"Benchmarkprobe {secrets.token_hex(3)}"
        started = time.monotonic()
        shell(
            prod,
            "from offers.models import OfferPage; from wagtail.models import Page; "
            f"page = Page.objects.get(url_path__endswith='{offer_path.rstrip('/').split('/')[-1]}/', locale__language_code='de').specific; "
            f"page.title = '{title}'; page.save_revision().publish()",
        )
        published = time.monotonic()
        seen = {}
        while len(seen) < 2 and time.monotonic() - published < 30:
            for name, path in (("offer page", offer_path), ("home page", urls["home"])):
                if name not in seen and title in requests.get(cache + path, timeout=30).text:
                    seen[name] = time.monotonic() - published
            time.sleep(0.02)
        load.wait()
        lines += [
            "",
            f"publish under load (wrk on the home page through Varnish): the publish command took {published - started:.1f} s "
            "(a new Python process);",
        ]
        for name in ("offer page", "home page"):
            figure = f"{seen[name]:.2f} s" if name in seen else "not within 30 s"
            lines.append(f"  after it, visible through the cache on the {name}: {figure}")
        lines.append(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        output = "\n".join(lines) + "\n"
        print(output)
        (ROOT / "bench" / "results-cache.txt").write_text(output, encoding="utf-8")
    finally:
        for process in (varnish, gunicorn):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
