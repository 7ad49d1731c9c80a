"""What every benchmark writes beside its figures: the commit, the load average and the machine's speed.

The same code measured on another day can come out much slower when the machine
itself is slower (a shared host, another CPU). ``speed()`` times a fixed
pure-Python workload, so two results files can be compared: when the reference
took twice as long, expect the page figures to be about twice as high too.
"""

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit():
    """The checked-out commit (short hash), or "unknown" outside a Git checkout."""
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def load():
    """The load average over 1, 5 and 15 minutes."""
    return "/".join(f"{value:.2f}" for value in os.getloadavg())


def speed():
    """Milliseconds for a fixed pure-Python loop (the fastest of three), as a reference of the machine's speed."""
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for number in range(2_000_000):
            total += number * number
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings)
