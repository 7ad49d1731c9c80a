"""Shared fixtures: the demo site is built once per test run, tests roll back their own changes."""

import fcntl
import os
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from wagtail.models import Locale, Site

#: Names the run, so that the workers of one run (pytest-xdist) share one snapshot of the demo site.
RUN_VARIABLE = "CAMPUS_TEST_RUN"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


def pytest_configure(config):
    """The controlling process names the run before it starts the workers, which inherit the name."""
    if not hasattr(config, "workerinput"):
        os.environ.setdefault(RUN_VARIABLE, uuid.uuid4().hex[:12])


def pytest_sessionfinish(session):
    """The controlling process removes the run's snapshot once every worker is done."""
    if hasattr(session.config, "workerinput") or RUN_VARIABLE not in os.environ:
        return
    DemoSnapshot(os.environ[RUN_VARIABLE]).remove()
    (ARTIFACTS / f"demo-{os.environ[RUN_VARIABLE]}.lock").unlink(missing_ok=True)


class DemoSnapshot:
    """A copy of a test database with the demo site: a file for SQLite, a template database for PostgreSQL.

    The first worker of a run builds the demo site in its own database and copies
    it here; every other worker makes its database from the copy, which takes a
    second or two instead of the build's minute.
    """

    def __init__(self, run):
        self.run = run
        self.postgres = settings.DATABASES[DEFAULT_DB_ALIAS]["ENGINE"].endswith("postgresql")
        self.path = ARTIFACTS / f"demo-{run}.sqlite3"
        self.name = f"campus_demo_{run}"

    def _admin(self):
        """A connection to the server's maintenance database, outside any test database."""
        params = settings.DATABASES[DEFAULT_DB_ALIAS]
        return psycopg.connect(
            dbname="postgres",
            user=params.get("USER") or None,
            password=params.get("PASSWORD") or None,
            host=params.get("HOST") or None,
            port=params.get("PORT") or None,
            autocommit=True,
        )

    def exists(self):
        if not self.postgres:
            return self.path.exists()
        with self._admin() as admin:
            return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name]).fetchone() is not None

    def take(self):
        """Copy the worker's test database, which holds the finished demo site."""
        database = connection.settings_dict["NAME"]
        connection.close()
        if self.postgres:
            with self._admin() as admin:
                admin.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{database}"')
        else:
            with sqlite3.connect(database) as source, sqlite3.connect(self.path) as target:
                source.backup(target)

    def restore(self, database):
        """Make the test database ``database`` a copy of the snapshot."""
        if self.postgres:
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{database}" TEMPLATE "{self.name}"')
        else:
            Path(database).unlink(missing_ok=True)
            with sqlite3.connect(self.path) as source, sqlite3.connect(database) as target:
                source.backup(target)

    def remove(self):
        if self.postgres:
            with self._admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        else:
            self.path.unlink(missing_ok=True)


def build_test_database(verbosity):
    databases = setup_databases(
        verbosity=verbosity,
        interactive=False,
        aliases={DEFAULT_DB_ALIAS},
        serialized_aliases=set(),  # no test restores the database from a serialised copy
        keepdb=False,
    )
    call_command("load_demo_content", verbosity=0)
    return databases


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_keepdb, django_db_modify_db_settings
):
    """The test database with the demo site, built once for the whole run.

    Workers of one run (pytest-xdist) take turns: the first builds the demo site
    and keeps a snapshot; the others start from the snapshot.

    pytest-django's own fixture sets up only the databases that the collected
    tests ask for through ``db``; browser tests reach the database through the
    live server alone (see ``enable_db_access``), so a run of only browser tests
    would get none. This one always sets up the default database.
    """
    verbosity = request.config.option.verbose
    run = os.environ.get(RUN_VARIABLE) if hasattr(request.config, "workerinput") else None
    with django_db_blocker.unblock():
        if run is None:
            databases = build_test_database(verbosity)
        else:
            ARTIFACTS.mkdir(exist_ok=True)
            snapshot = DemoSnapshot(run)
            with open(ARTIFACTS / f"demo-{run}.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
                if snapshot.exists():
                    snapshot.restore(connection.creation._get_test_db_name())
                    # keepdb: Django connects to the copy and finds every migration applied.
                    databases = setup_databases(
                        verbosity=verbosity,
                        interactive=False,
                        aliases={DEFAULT_DB_ALIAS},
                        serialized_aliases=set(),
                        keepdb=True,
                    )
                else:
                    databases = build_test_database(verbosity)
                    snapshot.take()
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=verbosity)


def pytest_collection_modifyitems(items):
    """Browser tests run last: their live server commits what they do in the shared demo database."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def enable_db_access(request, django_db_blocker):
    """Every test reads the demo site; each runs in a transaction that is rolled back.

    Browser tests change the site through the live server, whose threads commit;
    a transaction held open by the test itself would only block them. They may
    read the database in autocommit mode.
    """
    if request.node.get_closest_marker("browser") is None:
        request.getfixturevalue("db")
        yield
    else:
        with django_db_blocker.unblock():
            yield


@pytest.fixture(autouse=True)
def clear_cache():
    """Cached labels and renditions must not outlive the test's rolled-back transaction.

    Every cache, not only the default one: the renditions cache would otherwise
    hand a later test a rendition whose row was rolled back (ids are reused).
    """
    for backend in caches.all():
        backend.clear()
    yield
    for backend in caches.all():
        backend.clear()


@pytest.fixture(autouse=True)
def reset_language():
    """The active language leaks between tests otherwise."""
    yield
    translation.activate("de")


@pytest.fixture
def german(db):
    return Locale.objects.get(language_code="de")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home(db):
    return Site.objects.get(is_default_site=True).root_page.specific
