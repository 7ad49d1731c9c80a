from django.apps import AppConfig


class OpendataConfig(AppConfig):
    """Every channel besides HTML: calendars, feeds, structured data, the open data export, the embed."""

    name = "opendata"
    verbose_name = "Offene Daten"
