"""Shared fixtures: the demo site is built once per test session, tests roll back their own changes."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from wagtail.models import Locale, Site


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_keepdb, django_db_modify_db_settings
):
    """The test database with the demo site, built once for the whole run.

    pytest-django's own fixture sets up only the databases that the collected
    tests ask for through ``db``; browser tests reach the database through the
    live server alone (see ``enable_db_access``), so a run of only browser tests
    would get none. This one always sets up the default database.
    """
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={DEFAULT_DB_ALIAS},
            serialized_aliases=set(),  # no test restores the database from a serialised copy
            keepdb=django_db_keepdb,
        )
        call_command("load_demo_content", verbosity=0)
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=request.config.option.verbose)


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
