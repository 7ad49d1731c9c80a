"""The visitor's address, as the abuse limits (login lockout, form rate limit) count it."""

from django.conf import settings


def client_ip(request):
    """The address of the client, seen through ``CAMPUS_TRUSTED_PROXY_COUNT`` proxies of our own.

    Each proxy (Varnish, the TLS terminator) appends the address it received the request from to
    ``X-Forwarded-For``; entries further left come from the client and can be forged, so the
    client is the entry that the outermost trusted proxy added. Without trusted proxies it is
    ``REMOTE_ADDR``. (django-ipware reads the header from the left by default, which a client
    controls; the rule is short enough to state here exactly.)
    """
    count = settings.CAMPUS_TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def ratelimit_key(group, request):
    """Key function for django-ratelimit (``key=``): the same address."""
    return client_ip(request)
