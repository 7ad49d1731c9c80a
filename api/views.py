from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .openapi import openapi_document


@require_GET
def openapi(request):
    """The OpenAPI 3 description, with this server as its base URL."""
    return JsonResponse(
        openapi_document(request.build_absolute_uri("/").rstrip("/")), json_dumps_params={"ensure_ascii": False}
    )


def not_found(request):
    return JsonResponse({"message": "not found: see /api/v2/openapi.json"}, status=404)
