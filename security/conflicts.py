"""Edit conflicts: the second of two editors who opened the same version does not overwrite the first.

Wagtail's editor posts the revision it was opened with (``loaded_revision_id`` and its
``loaded_revision_created_at``; ``overwrite_revision_id`` once it has autosaved), and its editing
sessions warn about other editors. But Wagtail refuses only an *autosave* that would overwrite a
newer version; a plain "Save" or "Publish" still overwrites it without a word. The page form below
turns that case into a validation error: the editor keeps everything typed, reads who saved in
between, and a second "Save" (the form now carries the newest revision) overwrites knowingly.

Two saves at the very same moment both pass the form check; ``guard_revision`` repeats it while the
new revision is written, inside the save's transaction (PostgreSQL: with the page row locked;
SQLite: ``transaction_mode = "IMMEDIATE"`` serialises writing transactions, see the settings), so
the later one fails with the same message instead of overwriting.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.models import Page, Revision


def conflict_message(page, base_revision_id, base_created_at=""):
    """A message naming the revision saved since ``base_revision_id`` was loaded; None if there is none."""
    if not page.pk or not base_revision_id:
        return None
    try:
        base_id = int(base_revision_id)
    except (TypeError, ValueError):
        return None
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).select_related("user")
    newer = revisions.filter(pk__gt=base_id).order_by("-pk").first()
    if newer is None and base_created_at:
        # An autosave of another editor may have overwritten the loaded revision in place.
        base = revisions.filter(pk=base_id).first()
        if base and base.created_at.isoformat() != base_created_at:
            newer = base
    if newer is None:
        return None
    user = (newer.user.get_full_name() or newer.user.get_username()) if newer.user else _("jemand")
    when = formats.date_format(timezone.localtime(newer.created_at), "DATETIME_FORMAT")
    return _(
        "Bearbeitungskonflikt: %(user)s hat diese Seite am %(when)s gespeichert, nachdem Sie sie geöffnet "
        "haben. Ihre Änderungen sind nicht gespeichert, stehen aber noch im Formular. Vergleichen Sie sie "
        "mit der neuen Fassung im Verlauf; erneutes Speichern überschreibt diese."
    ) % {"user": user, "when": when}


class ConflictCheckMixin:
    def clean(self):
        cleaned_data = super().clean()
        base_id = self.data.get("overwrite_revision_id") or self.data.get("loaded_revision_id")
        base_created_at = (
            "" if self.data.get("overwrite_revision_id") else self.data.get("loaded_revision_created_at", "")
        )
        message = conflict_message(self.instance, base_id, base_created_at)
        if message:
            raise ValidationError(message, code="edit_conflict")
        # Checked again when the revision is written (guard_revision), for saves at the same moment.
        self.instance._conflict_base = (base_id, base_created_at)
        return cleaned_data


class ConflictCheckingPageForm(ConflictCheckMixin, WagtailAdminPageForm):
    pass


class ConflictCheckingFormPageForm(ConflictCheckMixin, WagtailAdminFormPageForm):
    pass


def guard_revision(sender, instance, **kwargs):
    """``pre_save`` of a new page revision: refuse it if another revision arrived since the form check.

    ``PermissionDenied`` is what Wagtail's "Save" action catches to show its message and the form with
    the editor's input; on "Publish" it becomes a 403 page, still nothing is overwritten.
    """
    if not instance._state.adding:
        return
    # The page being saved, as save_revision() handed it over (no query).
    page = instance._state.fields_cache.get("content_object")
    base = getattr(page, "_conflict_base", None) if isinstance(page, Page) else None
    if base is None:
        return
    del page._conflict_base
    if connection.in_atomic_block and connection.features.has_select_for_update:
        list(Page.objects.select_for_update().filter(pk=page.pk).values_list("pk"))
    message = conflict_message(page, *base)
    if message:
        raise PermissionDenied(message)
