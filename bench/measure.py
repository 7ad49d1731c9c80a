"""Shared measuring for the benchmarks: latency percentiles and query counts of one URL."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def measure(client, url, runs):
    """Request ``url`` ``runs`` times after one warm-up; return (p50 ms, p95 ms, SQL queries of one request)."""
    client.get(url)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    ordered = sorted(timings)
    return statistics.median(timings), ordered[int(round(0.95 * (len(ordered) - 1)))], len(queries)
