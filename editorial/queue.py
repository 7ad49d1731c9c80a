"""The review queue: every review a user may decide, filtered, oldest first, with what changed.

Wagtail's dashboard lists a few reviews and renders each with several queries;
the queue loads any number of reviews in a fixed number of queries and says,
for each, which fields differ from the last approved (live) revision.
"""

from datetime import timedelta

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Locale, Page, Revision, TaskState

from arenas.models import Arena
from offers.models import OfferPage, ProviderPage

from .models import ArenaReviewTask
from .roles import curated_arenas, is_editorial

# Revision content that changes with every save and says nothing about the page.
BOOKKEEPING = {
    "pk",
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "draft_title",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "content_type",
    "page_ptr",
    "translation_key",
    "locale",
    "alias_of",
    "draftail_content",
    "go_live_at",
    "expire_at",
    "expired",
    "comments",
    "wagtail_admin_comments",
}


def decidable_reviews(user):
    """Task states in progress that ``user`` may decide, of every review task."""
    in_progress = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
    if not (user.is_authenticated and user.is_active):
        return in_progress.none()
    if is_editorial(user):
        return in_progress
    arena_task_type = ContentType.objects.get_for_model(ArenaReviewTask)
    group_task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    allowed = Q(task__content_type=group_task_type, task__groupapprovaltask__groups__in=user.groups.all())
    arenas = curated_arenas(user)
    if arenas:
        routed = Q()
        for key in arenas:
            routed |= Q(arenareviewtaskstate__arena_keys__contains=f",{key},")
        allowed |= Q(task__content_type=arena_task_type) & routed
    return in_progress.filter(allowed).distinct()


def may_review(user):
    """Whether the user has any review to decide at all (curators and the editorial team)."""
    return is_editorial(user) or bool(curated_arenas(user))


WAITING_CHOICES = [("1", _("mehr als 1 Tag")), ("3", _("mehr als 3 Tage")), ("7", _("mehr als 7 Tage"))]


class ReviewQueueFilter(django_filters.FilterSet):
    """Filters of the queue; every choice list is read in one query."""

    arena = django_filters.ChoiceFilter(label=_("Arena"), method="filter_arena", empty_label=_("alle"))
    provider = django_filters.ChoiceFilter(label=_("Anbieter"), method="filter_provider", empty_label=_("alle"))
    language = django_filters.ChoiceFilter(label=_("Sprache"), method="filter_language", empty_label=_("alle"))
    page_type = django_filters.ChoiceFilter(label=_("Seitentyp"), method="filter_page_type", empty_label=_("alle"))
    waiting = django_filters.ChoiceFilter(
        label=_("Wartet seit"), choices=WAITING_CHOICES, method="filter_waiting", empty_label=_("beliebig")
    )

    class Meta:
        model = TaskState
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["arena"].extra["choices"] = [(arena.key, arena.name) for arena in Arena.objects.order_by("pk")]
        providers = ProviderPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
        self.filters["provider"].extra["choices"] = [
            (str(provider.translation_key), provider.title) for provider in providers.order_by("title")
        ]
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in Locale.objects.order_by("pk")
        ]
        self.filters["page_type"].extra["choices"] = sorted(
            ((str(ct.pk), ct.model_class()._meta.verbose_name) for ct in page_types() if ct.model_class()),
            key=lambda choice: str(choice[1]),
        )
        for name in self.filters:
            self.filters[name].extra["widget"] = forms.Select

    def _page_ids(self, pages):
        return [str(pk) for pk in pages.values_list("pk", flat=True)]

    def filter_arena(self, queryset, name, value):
        return queryset.filter(arenareviewtaskstate__arena_keys__contains=f",{value},")

    def filter_provider(self, queryset, name, value):
        paths = ProviderPage.objects.filter(translation_key=value).values_list("path", flat=True)
        subtree = Q()
        for path in paths:
            subtree |= Q(path__startswith=path)
        return queryset.filter(revision__object_id__in=self._page_ids(Page.objects.filter(subtree)))

    def filter_language(self, queryset, name, value):
        return queryset.filter(
            revision__object_id__in=self._page_ids(Page.objects.filter(locale__language_code=value))
        )

    def filter_page_type(self, queryset, name, value):
        return queryset.filter(revision__object_id__in=self._page_ids(Page.objects.filter(content_type_id=value)))

    def filter_waiting(self, queryset, name, value):
        return queryset.filter(started_at__lte=timezone.now() - timedelta(days=int(value)))


def page_types():
    return ContentType.objects.filter(
        pk__in=Page.objects.exclude(depth=1).values_list("content_type_id", flat=True).distinct()
    )


def changed_fields(model, content, live_content):
    """Labels of the fields whose value differs between two revisions' content."""
    if live_content is None:
        return None  # never approved: everything is new
    labels = []
    for name in sorted(set(content) | set(live_content)):
        if name in BOOKKEEPING or content.get(name) == live_content.get(name):
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.concrete and not field.editable:
            continue  # kept by the site itself (e.g. ``offers.listing_facts``), never by an editor
        label = getattr(field, "verbose_name", None) or getattr(field.related_model._meta, "verbose_name_plural", name)
        labels.append(str(label))
    return labels


class ReviewRow:
    """One review of the queue, with everything its row shows."""

    def __init__(self, task_state, page, provider, live_revision, user):
        self.task_state = task_state
        self.page = page
        self.provider = provider
        self.revision = task_state.revision
        self.submitted_by = task_state.workflow_state.requested_by
        self.waiting_since = task_state.started_at
        model = page.specific_class or Page
        self.page_type = model._meta.verbose_name
        self.changes = changed_fields(
            model, self.revision.content if self.revision else {}, live_revision.content if live_revision else None
        )
        self.own_submission = self.submitted_by is not None and self.submitted_by.pk == user.pk

    @property
    def is_new(self):
        return self.changes is None


def queue_rows(task_states, user):
    """Rows for ``task_states`` in a fixed number of queries, whatever their number."""
    task_states = list(task_states.select_related("revision", "workflow_state__requested_by", "task"))
    page_ids = {int(state.revision.object_id) for state in task_states if state.revision}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).select_related("locale")}
    live_ids = [page.live_revision_id for page in pages.values() if page.live_revision_id]
    live = {revision.pk: revision for revision in Revision.objects.filter(pk__in=live_ids)}
    offer_type = ContentType.objects.get_for_model(OfferPage)
    parent_paths = {page.path[: -Page.steplen] for page in pages.values() if page.content_type_id == offer_type.pk}
    providers = {provider.path: provider for provider in ProviderPage.objects.filter(path__in=parent_paths)}
    provider_type = ContentType.objects.get_for_model(ProviderPage)
    rows = []
    for state in task_states:
        page = pages.get(int(state.revision.object_id)) if state.revision else None
        if page is None:
            continue
        is_provider = page.content_type_id == provider_type.pk
        provider = page if is_provider else providers.get(page.path[: -Page.steplen])
        rows.append(ReviewRow(state, page, provider, live.get(page.live_revision_id), user))
    return rows
