"""Settings shared by every environment.

Safe for production by default: DEBUG is off and every secret comes from the
environment. ``dev`` and ``test`` loosen what they need.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import dj_email_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "digitalcampus"


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "easyread",
    "home",
    "arenas",
    "offers",
    "news",
    "search.apps.SearchConfig",
    "api",
    "opendata",
    "demo",
    # Before wagtail_localize: its admin URLs take precedence over some of wagtail-localize's.
    "translations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: its ready() replaces one of Wagtail's signal handlers.
    "editorial",
    # After wagtail.admin and wagtail.contrib.forms: replaces their page form classes (edit conflicts).
    "security",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "corsheaders",
]

MIDDLEWARE = [
    "digitalcampus.middleware.FreezeWarmObjects",
    "django.middleware.security.SecurityMiddleware",
    # Security block below: Cache-Control (sees the final response), CSP, Permissions-Policy.
    "security.middleware.CacheControlMiddleware",
    "security.middleware.ScopedCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CommonMiddleware, as django-cors-headers asks, so that its headers reach every answer.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "digitalcampus.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "security.twofactor.PublisherTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "editorial.boundaries.ProviderBoundaryMiddleware",
    "editorial.current.CurrentRequestMiddleware",
    "editorial.decisions.ReviewDecisionMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "digitalcampus.urls"
WSGI_APPLICATION = "digitalcampus.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Two editors saving at once: a writing transaction takes the write lock when it begins, and
    # waits up to 20 s for another one instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
elif DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # No JIT compilation: the listing queries' cost estimates pass jit_above_cost over a few
    # thousand offers, and compiling took seconds where running them takes milliseconds.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source locale; English and Leichte Sprache (easy-read German) are
# translations of it. "de-ls" is our own code: Django knows no such language, so it gets an entry
# in Django's language table (names, text direction); its interface strings fall back to German
# (gettext tries de_LS, then de), as do its date formats (digitalcampus/formats/de).
LANGUAGE_CODE = "de"
EASYREAD_LANGUAGE_CODE = "de-ls"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch")), (EASYREAD_LANGUAGE_CODE, _("Leichte Sprache"))]
LANG_INFO.setdefault(
    EASYREAD_LANGUAGE_CODE,
    {"bidi": False, "code": EASYREAD_LANGUAGE_CODE, "name": "Easy-read German", "name_local": "Leichte Sprache"},
)
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin itself speaks German and English; Leichte Sprache is a content language only.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES[:2]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
# One date style per language, the same in lists, news and offers (digitalcampus/formats/<language>/).
FORMAT_MODULE_PATH = ["digitalcampus.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Search: the database backend by default, Elasticsearch 8 when configured. The
# search page itself matches text in the search app's own index (German and
# English stemming on PostgreSQL), or in Elasticsearch with the app's
# per-language analysers (search/backends/elasticsearch8.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "search.backends.elasticsearch8",
        "URLS": [os.environ["ELASTICSEARCH_URL"]],
        "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "digitalcampus"),
        "TIMEOUT": 5,
        "OPTIONS": {},
        "INDEX_SETTINGS": {},
    }

# Cache: Redis when REDIS_URL is set (production), local memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "digitalcampus",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail looks renditions up in a "renditions" cache when there is one. A page of cards
# writes dozens of entries; kept apart, they never push the site's other cached values
# (restricted paths, labels) out of a local-memory cache, which holds 300 entries.
CACHES["renditions"] = (
    {**CACHES["default"], "KEY_PREFIX": "renditions"}
    if os.environ.get("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
)
# The markup of each picture shown (``core.templatetags.picture_tags``), kept in each
# process's memory: asking Redis once per picture would cost as much as building it.
# Five minutes at most, so that renditions deleted by hand are made again soon.
CACHES["pictures"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pictures",
    "TIMEOUT": 300,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# E-mail: EMAIL_URL (e.g. smtp://user:pass@host:587/?tls=True) or Django's own variables.
if os.environ.get("EMAIL_URL"):
    _email = dj_email_url.parse(os.environ["EMAIL_URL"])
    EMAIL_BACKEND = _email["EMAIL_BACKEND"]
    EMAIL_HOST = _email["EMAIL_HOST"]
    EMAIL_PORT = _email["EMAIL_PORT"]
    EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
    EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
    EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
    EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
else:
    EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
# Every mail goes through a backend that records failures for `resend_failed_mail`;
# CAMPUS_MAIL_BACKEND is the one that delivers.
CAMPUS_MAIL_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "editorial.mail.RecordingEmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Digital Campus Leipzig <noreply@digitalcampus.example.org>")

WAGTAIL_SITE_NAME = "Digital Campus Leipzig"
# Translations go through review: translating a live page creates a draft, never a published page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in wagtail-localize's editor, only when a DeepL key is configured. The text of
# the page being translated is sent to DeepL; nothing else, and never from a visitor's browser.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"], "FORMALITY": "prefer_more", "TIMEOUT": 30},
    }
# Workflows: an edit during review restarts the review, so nothing unseen goes live.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
# Four eyes: nobody approves their own submission. "offers" (offers and provider profiles), "all" or "".
CAMPUS_FOUR_EYES = os.environ.get("CAMPUS_FOUR_EYES", "offers")
# Reviews waiting longer than this many days are in the daily reminder (`remind_reviewers`).
CAMPUS_REVIEW_REMINDER_DAYS = int(os.environ.get("CAMPUS_REVIEW_REMINDER_DAYS", "7"))
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflows.publish_reviewed_revision"
# Review mails go to the people who may decide, not to every administrator.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
# No third-party requests, in the admin either: no Gravatar avatars.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "key",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
    "webm",
    "mp4",
    "vtt",
]
# Sign-language videos and their captions are played by the browser's own player.
WAGTAILDOCS_CONTENT_TYPES = {"webm": "video/webm", "mp4": "video/mp4", "vtt": "text/vtt"}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain", "video/webm", "video/mp4", "text/vtt"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Visitors who only read get no cookies: sessions and CSRF cookies are set only
# by views that need them (forms, admin).
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"


# ---------------------------------------------------------------------------------------------
# Security, HTTP cache and abuse limits (the ``security`` app; README "Cache, limits, security")
# ---------------------------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out account or address before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login lockout: 5 failures lock the account (from any address) and, separately, the address
# (for any account) for 15 minutes. Recorded in the database, shown under Settings → Anmeldeversuche.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "security.clients.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False
# The number of our own proxies in front of gunicorn that append to X-Forwarded-For (Varnish: 1;
# Varnish behind a TLS terminator: 2). 0: REMOTE_ADDR is the client.
CAMPUS_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Two-factor authentication (django-otp TOTP, security.twofactor) for every account that may
# publish: on unless switched off by the environment (dev and test switch it off).
CAMPUS_2FA_REQUIRED = os.environ.get("TWO_FACTOR_REQUIRED", "1") == "1"
OTP_TOTP_ISSUER = "Digital Campus Leipzig"

# Public forms: accepted submissions per address (django-ratelimit, in the cache), time between
# showing and sending (seconds), age of a form that may still be sent, size of each field.
CAMPUS_FORM_RATE = os.environ.get("FORM_RATE", "5/h")
CAMPUS_FORM_MIN_SECONDS = 3
CAMPUS_FORM_MAX_AGE = 60 * 60 * 24
CAMPUS_FORM_MAX_LENGTH = {"singleline": 200, "multiline": 5000, "email": 254, "url": 500}
RATELIMIT_USE_CACHE = "default"
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024  # form and admin posts, without uploaded files

# Content-Security-Policy (django-csp): strict for the public site: no inline script or style,
# nothing from elsewhere. The admin (and its previews) uses inline styles and scripts of Wagtail's.
_CSP_COMMON = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**_CSP_COMMON, "script-src": ["'self'"], "style-src": ["'self'"]},
}
CAMPUS_ADMIN_PREFIX = "/admin/"
CAMPUS_ADMIN_CSP_DIRECTIVES = {
    **_CSP_COMMON,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}
# The admin's "new Wagtail version" check asks releases.wagtail.org: a third-party request the
# admin policy refuses anyway; updates are the operators' business.
WAGTAIL_ENABLE_UPDATE_CHECK = False
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen",
        "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb",
    )
}  # fmt: skip

# HTTP cache: shared caches keep public responses for CAMPUS_CACHE_S_MAXAGE seconds (lists of
# upcoming offers change with the date, too) unless purged; browsers always ask again.
CAMPUS_CACHE_S_MAXAGE = int(os.environ.get("CACHE_S_MAXAGE", "600"))
CAMPUS_MEDIA_MAX_AGE = 60 * 60 * 24
CAMPUS_CACHE_PRIVATE_PREFIXES = ["/admin/", "/dokumente/", "/django-admin/"]
# Purged with every published, unpublished, moved or deleted page (security.cache.pages_listing).
CAMPUS_LISTING_PAGE_MODELS = ["home.HomePage", "arenas.ArenaPage", "offers.OfferIndexPage", "news.NewsIndexPage"]
CAMPUS_CACHE_LIST_SUFFIXES = ["feed/", "feed/rss/", "calendar.ics"]
CAMPUS_CACHE_PURGE_URL_NAMES = ["search", "search_suggest", "sitemap"]
# Wagtail's frontend cache module sends the purges to Varnish (VARNISH_URL, e.g. http://127.0.0.1:6081).
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "security.cache.VarnishBanBackend",
            "LOCATION": os.environ["VARNISH_URL"],
        }
    }
    if os.environ.get("VARNISH_URL")
    else {}
)
WAGTAILFRONTENDCACHE_LANGUAGES = []  # translations are purged by their own URLs

# Private files: documents through their view (which checks collection restrictions), every
# other file under MEDIA_URL through security.media.serve_media.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# ---------------------------------------------------------------------------------------------


def require_secret_key(secret_key):
    if not secret_key:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
    return secret_key


# Read API and open data (api/, opendata/). CORS with django-cors-headers rather than a
# middleware of our own: it answers preflight requests and sets Vary correctly. Only
# GET (and HEAD/OPTIONS) from any origin, without credentials, on the public channels.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_URLS_REGEX = r"^/(api/v2|opendata)/.*$"
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = False  # Offers are searched with the finder's ``q``, like on the site.
# ``?format=`` is the finder's format filter, not DRF's renderer switch.
REST_FRAMEWORK = {"URL_FORMAT_OVERRIDE": None}
OPENDATA_UID_DOMAIN = "digitalcampus.leipzig.de"
