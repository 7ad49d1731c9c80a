"""Response headers for caching and content security."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from .cache import seconds_to_keep

CACHEABLE_STATUS = {200, 404, 410}


def is_shareable(request, response):
    """May a shared cache (Varnish, a CDN) keep this response and hand it to anyone?

    Only a GET or HEAD from a visitor without a session, answered with no cookie and no CSRF
    token, and not from the admin, documents or a restricted page.
    """
    if request.method not in ("GET", "HEAD") or response.status_code not in CACHEABLE_STATUS:
        return False
    if request.path_info.startswith(tuple(settings.CAMPUS_CACHE_PRIVATE_PREFIXES)):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not getattr(request, "campus_private", False)


class CacheControlMiddleware:
    """``Cache-Control`` on every response that does not set its own (static files, media do).

    Shareable responses: ``public, max-age=0, s-maxage=…``: the shared cache keeps them (and is
    purged on publish), browsers ask again each time. Everything else: ``private, no-store``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_shareable(request, response):
            # Not beyond the moment a live page expires: that page is hidden then, purge or not.
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=seconds_to_keep(settings.CAMPUS_CACHE_S_MAXAGE)
            )
        else:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            if request.method in ("GET", "HEAD"):
                # A cache must not hand a logged-in visitor's or a restricted page to anyone else.
                patch_vary_headers(response, ["Cookie"])
        return response


class ScopedCSPMiddleware(CSPMiddleware):
    """django-csp with two policies: the strict one of ``CONTENT_SECURITY_POLICY`` for the public site,
    and ``CAMPUS_ADMIN_CSP_DIRECTIVES`` for the admin (and its previews), whose own templates and
    editors use inline styles and scripts."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.CAMPUS_ADMIN_PREFIX):
            parts.config = settings.CAMPUS_ADMIN_CSP_DIRECTIVES
        return parts
