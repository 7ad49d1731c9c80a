from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api import urls as api_urls
from core.share_cards import share_card
from opendata import urls as opendata_urls
from search import views as search_views
from security.media import serve_media
from translations.sitemap import CampusSitemap

from .views import language_redirect

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": CampusSitemap}}, name="sitemap"),
    path("share-card/<int:page_id>/<slug:version>.png", share_card, name="share_card"),
    path("", include(api_urls)),
    path("", include(opendata_urls)),
    path("", language_redirect, name="language_redirect"),
]

# Uploaded files only through the view that checks collection restrictions (security.media).
urlpatterns += [path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", serve_media, name="media")]

urlpatterns += i18n_patterns(
    path(_("suche/"), search_views.search, name="search"),
    path(_("suche/vorschlaege/"), search_views.suggest, name="search_suggest"),
    # Calendars, feeds and the embed below page URLs: before Wagtail's catch-all.
    path("", include(opendata_urls.page_patterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
