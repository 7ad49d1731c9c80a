import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core import signing
from django.test import override_settings
from django.test.testcases import LiveServerThread
from wagtail.contrib.forms.models import FormSubmission

from home.models import FormPage
from security.spam import SIGNING_SALT, STARTED_FIELD


@pytest.fixture
def form_page(german):
    return FormPage.objects.live().get(locale=german, slug="rueckmeldung")


def started(seconds_ago=10):
    return signing.dumps(int(time.time()) - seconds_ago, salt=SIGNING_SALT)


def person_data(page, **overrides):
    """What a person fills in: every field, and the form's time stamp from ten seconds ago."""
    data = {STARTED_FIELD: started()}
    for field in page.get_form_fields():
        if field.field_type == "email":
            value = "lena@example.org"
        elif field.field_type == "dropdown":
            value = field.choices.splitlines()[0].strip()
        else:
            value = "Mehr Abendkurse in Grünau, bitte."
        data[field.clean_name] = value
    data.update(overrides)
    return data


def submissions(page):
    return FormSubmission.objects.filter(page=page).count()


# --- A real Varnish in front of a live server --------------------------------------------------

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "default.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def app_server(django_db_setup, django_db_blocker):
    """The application on a loopback port, over the session's committed demo content."""
    with django_db_blocker.unblock():
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield server
        server.terminate()


class Varnish(str):
    """The cache's URL, with its working directory (for ``varnishstat``)."""

    workdir: Path

    def counter(self, name):
        """A counter of the running varnishd, e.g. ``MAIN.bans_added``."""
        output = subprocess.run(  # noqa: S603 - Debian's varnishstat, arguments of our own
            [shutil.which("varnishstat") or "/usr/bin/varnishstat", "-n", str(self.workdir / "n"), "-1", "-f", name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return int(output.split()[1])


@pytest.fixture(scope="session")
def varnish(app_server):
    """varnishd from Debian (installed by `make test` / `make serve` when missing) with the
    repository's VCL, its backend pointed at the live server; purges go to it."""
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        pytest.fail("varnishd is missing: `apt-get install varnish` (make test installs it)")
    # varnishd reads the VCL as its own user: a directory of its own that it may enter.
    workdir = Path(tempfile.mkdtemp(prefix="campus-varnish-"))
    workdir.chmod(0o755)
    vcl = workdir / "default.vcl"
    vcl.write_text(re.sub(r'\.port = "\d+";', f'.port = "{app_server.port}";', VCL.read_text(), count=1))
    vcl.chmod(0o644)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - the Debian varnishd, arguments of our own
        [varnishd, "-F", "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-n", str(workdir / "n"), "-s", "malloc,64m",
         "-p", "ban_lurker_sleep=0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = Varnish(f"http://127.0.0.1:{port}")
    url.workdir = workdir
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stdout.read().decode(errors='replace')}")
            time.sleep(0.1)
    overrides = override_settings(
        WAGTAILFRONTENDCACHE={"varnish": {"BACKEND": "security.cache.VarnishBanBackend", "LOCATION": url}}
    )
    overrides.enable()
    yield url
    overrides.disable()
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)
