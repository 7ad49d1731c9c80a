"""Test settings: fast hashing, in-memory mail, plain static storage."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
DEMO_CONTENT_ALLOWED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# A file database, so that the browser tests' live server thread sees the
# demo content that the session set-up committed.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    (BASE_DIR / "test-artifacts").mkdir(exist_ok=True)  # noqa: F405
    # One file per test run, so that runs side by side do not share a database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-artifacts" / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
    # The live server answers in several threads at once (pages, the editor's
    # background requests): writers take the lock when their transaction begins
    # and wait for each other instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=30)  # noqa: F405

# Static files come through the finders from the apps' static directories, as in
# development: tests run without ``collectstatic``, so there is no STATIC_ROOT for
# WhiteNoise to scan (it would warn about the missing directory on every new client).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Security block: tests that check two-factor authentication switch it on themselves.
CAMPUS_2FA_REQUIRED = False

# PostgreSQL: a test run's commits (the demo build, the live server behind the
# browser tests) need not wait for the disk; a crash loses only test data.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()
