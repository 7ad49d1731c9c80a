"""URLs of the open data channels.

``urlpatterns`` are site-wide (``/opendata/…``, ``/robots.txt``); ``page_patterns``
hang below page URLs inside the language prefix and must come before
Wagtail's catch-all pattern.
"""

from django.urls import path, re_path

from . import views

PAGE_PATH = r"(?P<path>(?:[-\w]+/)*)"
EMBED_SEGMENT = "einbetten/"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("opendata/offers.csv", views.offers_csv, name="opendata_offers_csv"),
    path("opendata/offers.json", views.offers_json, name="opendata_offers_json"),
    path("opendata/catalog.jsonld", views.catalog, name="opendata_catalog"),
]

page_patterns = [
    re_path(rf"^{PAGE_PATH}calendar\.ics$", views.page_calendar, name="page_calendar"),
    re_path(rf"^{PAGE_PATH}feed/$", views.page_feed, name="page_feed"),
    re_path(rf"^{PAGE_PATH}feed/rss/$", views.page_feed, {"rss": True}, name="page_feed_rss"),
    re_path(rf"^{PAGE_PATH}{EMBED_SEGMENT}$", views.provider_embed, name="provider_embed"),
]
