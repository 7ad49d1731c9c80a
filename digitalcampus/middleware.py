"""Django's LocaleMiddleware, except for the machine channels outside the language prefix."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Answers below these paths are for programs: a 404 stays a 404 (with its JSON message),
# instead of Django's redirect to ``/de/<path>`` (which Wagtail's catch-all would accept).
UNPREFIXED_CHANNELS = ("/api/", "/opendata/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_CHANNELS):
            return response
        return super().process_response(request, response)
