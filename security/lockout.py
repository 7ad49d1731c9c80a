"""Login lockout (django-axes): the page a locked-out person sees."""

from django.conf import settings
from django.shortcuts import render


def lockout_response(request, credentials, *args, **kwargs):
    """AXES_LOCKOUT_CALLABLE: HTTP 429 with the admin's look and a plain explanation."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "security/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
