"""Where each translation stands: page × locale as in step, source changed, not translated, in review.

Computed for all pages with a fixed number of queries, whatever their number.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import TranslationLog, TranslationSource

IN_STEP = "in-step"
SOURCE_CHANGED = "source-changed"
NOT_TRANSLATED = "not-translated"
IN_REVIEW = "in-review"
STATES = {
    IN_STEP: _("Aktuell"),
    SOURCE_CHANGED: _("Quelle seitdem geändert"),
    NOT_TRANSLATED: _("Nicht übersetzt (deutscher Inhalt)"),
    IN_REVIEW: _("Übersetzung in Prüfung"),
}


@dataclass
class TranslationStatus:
    """One source page in one target locale."""

    source_id: int
    source_title: str
    source_path: str
    locale: Locale
    target_id: int | None
    state: str
    source_changed_at: object = None
    translated_at: object = None

    @property
    def state_label(self):
        return STATES[self.state]


def translation_statuses(source_pages=None):
    """A ``TranslationStatus`` per page of ``source_pages`` (default: every source page) and target locale."""
    default = Locale.get_default()
    targets_locales = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    if source_pages is None:
        source_pages = Page.objects.all()
    sources = source_pages.filter(locale=default, depth__gt=1).order_by("path")
    keys = sources.values("translation_key")

    source_rows = list(sources.values("pk", "title", "path", "translation_key"))
    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale__in=targets_locales).values(
            "pk",
            "translation_key",
            "locale_id",
            "alias_of_id",
            "live_revision_id",
            "live_revision__object_id",
            "last_published_at",
        )
    }
    changed_at = dict(
        TranslationSource.objects.filter(locale=default, object_id__in=keys).values_list(
            "object_id", "last_updated_at"
        )
    )
    live_revisions = Page.objects.filter(translation_key__in=keys, locale__in=targets_locales).values(
        "live_revision_id"
    )
    translated_at = dict(
        TranslationLog.objects.filter(revision_id__in=live_revisions).values_list("revision_id", "created_at")
    )
    in_review = set(
        WorkflowState.objects.filter(
            Q(status=WorkflowState.STATUS_IN_PROGRESS) | Q(status=WorkflowState.STATUS_NEEDS_CHANGES),
            base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list("object_id", flat=True)
    )

    statuses = []
    for source in source_rows:
        for locale in targets_locales:
            target = targets.get((source["translation_key"], locale.pk))
            status = TranslationStatus(
                source_id=source["pk"],
                source_title=source["title"],
                source_path=source["path"],
                locale=locale,
                target_id=target["pk"] if target else None,
                state=NOT_TRANSLATED,
                source_changed_at=changed_at.get(source["translation_key"]),
            )
            if target is not None:
                status.state = _state(target, status, translated_at, in_review)
            statuses.append(status)
    return statuses


def _state(target, status, translated_at, in_review):
    if str(target["pk"]) in in_review:
        return IN_REVIEW
    own_live_revision = target["live_revision__object_id"] == str(target["pk"])
    if target["alias_of_id"] is not None or not own_live_revision:
        return NOT_TRANSLATED
    # When the live translation was made from the source; published otherwise, its publication.
    status.translated_at = translated_at.get(target["live_revision_id"]) or target["last_published_at"]
    if status.source_changed_at and status.translated_at and status.translated_at < status.source_changed_at:
        return SOURCE_CHANGED
    return IN_STEP
