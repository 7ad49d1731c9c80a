"""``/api/v2/``: Wagtail's API router with the campus endpoints, and the OpenAPI description."""

from django.urls import path, re_path
from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import ArenaAPIViewSet, NewsAPIViewSet, OfferAPIViewSet, ProviderAPIViewSet, VisiblePagesAPIViewSet
from .views import not_found, openapi

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("offers", OfferAPIViewSet)
api_router.register_endpoint("providers", ProviderAPIViewSet)
api_router.register_endpoint("arenas", ArenaAPIViewSet)
api_router.register_endpoint("news", NewsAPIViewSet)

urlpatterns = [
    path("api/v2/openapi.json", openapi, name="api_openapi"),
    path("api/v2/", api_router.urls),
    # Anything else below /api/v2/ (e.g. /api/v2/pages/abc/) gets the API's JSON 404, not an HTML page.
    re_path(r"^api/v2/", not_found),
]
