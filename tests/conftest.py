"""Shared fixtures: the demo site is built once per test session, tests roll back their own changes."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale, Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def enable_db_access(db):
    """Every test reads the demo site; each runs in a transaction that is rolled back."""


@pytest.fixture(autouse=True)
def clear_cache():
    """Cached restrictions and labels must not outlive the test's rolled-back transaction."""
    cache.clear()
    yield
    cache.clear()


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
