"""The request being answered, for code that Wagtail calls without one.

Review tasks' ``on_action`` and the mail backend get no request, yet their
outcome (a decision not applied, a mail not sent) must be told to the person
who acted.
"""

import contextvars

from django.conf import settings
from django.contrib import messages

current_request = contextvars.ContextVar("campus_current_request", default=None)


def tell_user(level, message):
    """Add a message for the acting user, when there is one."""
    request = current_request.get()
    if request is not None and hasattr(request, "_messages"):
        messages.add_message(request, level, message)


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


def base_url():
    """The admin's address for links in mails: the one in use by the acting user, else the setting."""
    request = current_request.get()
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
