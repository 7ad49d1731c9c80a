from django.shortcuts import redirect
from django.utils import translation


def language_redirect(request):
    """Send ``/`` to the home page in the visitor's preferred language (German by default)."""
    language = translation.get_language_from_request(request, check_path=False)
    return redirect(f"/{language}/")
