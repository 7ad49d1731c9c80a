"""Production settings: gunicorn behind a reverse proxy, PostgreSQL, Redis, Elasticsearch."""

from .base import *  # noqa: F403

SECRET_KEY = require_secret_key(SECRET_KEY)  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"  # noqa: F405
DEMO_CONTENT_ALLOWED = False

# Security block (``check --deploy`` passes without warnings; tests/security/test_headers.py).
# HSTS for the host and its subdomains, ready for the browsers' preload list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1") == "1"  # noqa: F405
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "1") == "1"  # noqa: F405
# Nothing of the site in frames of other sites; the admin's preview sets SAMEORIGIN itself.
X_FRAME_OPTIONS = "DENY"
# Redis for the cache (application cache, form rate limits) is expected in production.
if not os.environ.get("REDIS_URL"):  # noqa: F405
    raise ImproperlyConfigured("REDIS_URL must be set in production (cache and rate limits).")  # noqa: F405
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
