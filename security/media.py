"""Uploaded files through a view that checks collection restrictions.

Wagtail's document URLs (``/dokumente/<id>/<name>``) check a collection's view restriction, but the
file itself under ``MEDIA_URL`` does not; images have no view of their own at all. So nothing under
``MEDIA_URL`` is served directly: this view finds the document, image or rendition a path belongs
to, and serves it only if its collection (and every collection above) is unrestricted, or the
visitor passes the restriction. Public files are marked for shared caches (Varnish keeps them);
restricted ones are ``private, no-store``. Files that belong to nothing are not served.
"""

from django.conf import settings
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile


def owner_of(path):
    """The document or image whose file (or rendition) is ``path``, as (kind, object); None if none."""
    document = get_document_model().objects.filter(file=path).select_related("collection").first()
    if document:
        return "document", document
    image_model = get_image_model()
    image = image_model.objects.filter(file=path).select_related("collection").first()
    if image:
        return "image", image
    rendition = image_model.get_rendition_model().objects.filter(file=path).select_related("image__collection").first()
    if rendition:
        return "image", rendition.image
    return None


def serve_media(request, path):
    found = owner_of(path)
    if found is None:
        raise Http404(_("Diese Datei gibt es nicht."))
    kind, owner = found
    restrictions = list(owner.collection.get_view_restrictions())
    if restrictions and not all(restriction.accept_request(request) for restriction in restrictions):
        if kind == "document":
            # The document's own URL asks for the password or the login.
            return redirect(owner.url)
        return HttpResponseForbidden(_("Dieses Bild ist nicht öffentlich."), content_type="text/plain; charset=utf-8")
    local_path = owner.file.storage.path(path)
    if getattr(settings, "SENDFILE_BACKEND", None):
        # e.g. X-Accel-Redirect: the proxy sends the file after this check (as Wagtail's documents do).
        response = sendfile(request, local_path)
    else:
        response = sendfile(request, local_path, backend=sendfile_streaming_backend.sendfile)
    if restrictions:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(
            response, public=True, max_age=settings.CAMPUS_MEDIA_MAX_AGE, s_maxage=settings.CAMPUS_MEDIA_MAX_AGE
        )
    return response
