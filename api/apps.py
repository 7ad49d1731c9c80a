from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The read API for the city app and partners (Wagtail API v2) and its OpenAPI description."""

    name = "api"
    verbose_name = "API"
