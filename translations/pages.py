"""Which pages of a translated tree are real translations, and how a translation becomes a reviewed draft."""

import contextlib
import json

from django.db import transaction
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from .facts import shared_fact_names


def untranslated_q():
    """Pages of a translated locale whose live content is not a published translation.

    That is an alias of the source page (wagtail-localize's tree synchronisation),
    or a former alias converted into a translation whose first translated
    revision is still in review: its live content is the copied source, and its
    live revision still belongs to the source page.
    """
    own_live_revision = Q(live_revision__object_id=Cast("pk", output_field=CharField()))
    return Q(alias_of__isnull=False) | (~Q(locale=Locale.get_default()) & ~own_live_revision)


def translations_promised(queryset):
    """The pages of ``queryset`` that are source pages or published translations."""
    return queryset.exclude(untranslated_q())


def shown_in_source_language(page):
    """The locale whose content ``page`` shows in place of a translation, or None."""
    if page.alias_of_id is not None:
        source = page.alias_of
        return source.locale if source.locale_id != page.locale_id else None
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    if page.live_revision_id is not None and page.live_revision.object_id == str(page.pk):
        return None
    return default


def enabled_translation(page):
    """wagtail-localize's translation record whose target is ``page``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


@transaction.atomic
def save_translation_draft(translation, user):
    """Save the translated strings as a new draft revision of the target page and return it.

    wagtail-localize's ``Translation.save_target(publish=False)`` writes the
    translated content into the page row before it saves the revision: on a
    live page the unreviewed text would be on the site at once. Here the live
    row keeps its content; only Wagtail's draft fields change, as in the page
    editor. An alias is converted into a page of its own first, keeping the
    source content live until the translation is approved.
    """
    page = translation.get_target_instance().specific
    if page.alias_of_id is not None:
        page.alias_of_id = None
        page.save(update_fields=["alias_of_id"], clean=False)
        initial = page.save_revision(user=user, changed=False, clean=False)
        PageLogEntry.objects.log_action(
            instance=page,
            revision=initial,
            action="wagtail.convert_alias",
            user=user,
            data={"page": {"id": page.pk, "title": page.get_admin_display_title()}},
        )
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    if draft.depth > 2:
        # As wagtail-localize does: a translated slug that a sibling already uses gets a suffix.
        draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    # Field validation; the sibling check of Page.clean() would also compare the
    # home pages of both languages, which share the slug "start" below the root.
    draft.clean_fields()
    revision = draft.save_revision(user=user, log_action=True, clean=False)
    TranslationLog.objects.create(source=translation.source, locale=translation.target_locale, revision=revision)
    return revision


# Fields that every publication changes; a republish that changes nothing else changes no source.
PUBLISHING_FIELDS = {
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "go_live_at",
    "expire_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "wagtail_admin_comments",
}


def content_of(content_json):
    """The content of a serialised page, comparable across databases.

    StreamFields are serialised as JSON strings whose key order depends on the
    database (PostgreSQL's jsonb reorders keys), so they are compared parsed.
    Empty values are left out: a null field may be missing in another serialisation.
    """
    content = {}
    for key, value in json.loads(content_json).items():
        if key in PUBLISHING_FIELDS or value in (None, "", [], {}):
            continue
        if isinstance(value, str) and value[:1] in "[{":
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        content[key] = value
    return content


def without(content, names):
    return {key: value for key, value in content.items() if key not in names}


def update_translation_source(sender, instance, **kwargs):
    """A republished source page with changed content updates its translation source.

    Its translations then show as out of date; they keep their reviewed text,
    and translators see the changed strings in wagtail-localize's editor and
    submit the update for review.
    """
    if instance.alias_of_id is not None or instance.locale_id != Locale.get_default().pk:
        return
    instance = instance.specific
    source = TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).first()
    if source is None:
        return
    # Facts reach translations on their own (translations.facts); only a text change dates the translation.
    facts = set(shared_fact_names(type(instance)))
    if without(content_of(instance.to_json()), facts) == without(content_of(source.content_json), facts):
        return
    TranslationSource.update_or_create_from_instance(instance)


def keep_aliases_of_scheduled_pages_offline(sender, instance, alias=False, **kwargs):
    """An alias is live only when the page it follows is live.

    Wagtail's publish action calls ``update_aliases()`` also when a page that
    is not live yet is only scheduled (go-live date ahead): the aliases, among
    them the English aliases of wagtail-localize's tree synchronisation, would
    go live at once. They are taken offline again here; ``publish_scheduled``
    publishes them with their source.
    """
    if not alias or instance.alias_of_id is None:
        return
    if not Page.objects.filter(pk=instance.alias_of_id, live=True).exists():
        Page.objects.filter(pk=instance.pk).update(live=False)
        instance.live = False
