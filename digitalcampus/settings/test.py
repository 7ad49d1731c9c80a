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

# Security block: tests that check two-factor authentication switch it on themselves. SQLite's
# IMMEDIATE transactions would let each test's open transaction block the live server thread.
CAMPUS_2FA_REQUIRED = False
DATABASES["default"].get("OPTIONS", {}).pop("transaction_mode", None)  # noqa: F405
