"""Review tasks of the editorial workflow.

"Angebotsprüfung" routes offers and provider profiles by content: the curators
of every arena the submitted revision is tagged with may decide, and the
editorial team may always decide. The arenas are fixed on the task state when
the review starts, so the dashboard can find the reviews of a curator in SQL.
"""

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from offers.models import OfferPage, ProviderPage

from .roles import EDITORIAL_TEAM, curated_arenas, curator_role, is_editorial, users_with_roles

DASHBOARD_REVIEWS = 10


def arenas_of(obj):
    """Arena keys that route the review of ``obj`` (the revision under review)."""
    specific = getattr(obj, "specific", obj)
    if isinstance(specific, OfferPage):
        return sorted({arena.key for arena in specific.arenas.all()})
    if isinstance(specific, ProviderPage):
        offers = OfferPage.objects.child_of(specific)
        return sorted(set(offers.values_list("arenas__key", flat=True)) - {None})
    return []


class ArenaReviewTaskState(TaskState):
    """A review in progress, with the arenas it is routed to."""

    arena_keys = models.CharField(
        _("Arenen"),
        max_length=200,
        blank=True,
        help_text=_("Kommagetrennt, mit Kommas am Anfang und Ende, z. B. „,bildung,wirtschaft,“."),
    )

    class Meta:
        verbose_name = _("Stand der Angebotsprüfung")
        verbose_name_plural = _("Stände der Angebotsprüfung")

    def save(self, *args, **kwargs):
        # Follow the revision under review: an edit during review may change its arenas.
        if self.revision_id:
            keys = arenas_of(self.revision.as_object())
            self.arena_keys = "," + ",".join(keys) + "," if keys else ""
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "arena_keys"}
        super().save(*args, **kwargs)

    @property
    def arenas(self):
        return [key for key in self.arena_keys.split(",") if key]


class ArenaReviewTask(AbstractGroupApprovalTask):
    """Approve or send back offers and provider profiles, routed by arena.

    ``groups`` holds the groups that may always decide (the editorial team).
    """

    task_state_class = ArenaReviewTaskState

    class Meta:
        verbose_name = _("Angebotsprüfung nach Arena")
        verbose_name_plural = _("Angebotsprüfungen nach Arena")

    @classmethod
    def get_description(cls):
        return _("Die Arena-Redaktionen der Arenen des Angebots und die gewählten Gruppen können freigeben.")

    def _current_arenas(self, obj):
        state = getattr(obj, "current_workflow_task_state", None)
        if state is not None and state.task_id == self.pk:
            return set(state.specific.arenas)
        return set(arenas_of(obj))

    def user_may_decide(self, obj, user):
        if not (user and user.is_authenticated and user.is_active):
            return False
        if user.is_superuser or self._user_in_groups(user) or is_editorial(user):
            return True
        return bool(curated_arenas(user) & self._current_arenas(obj))

    def user_can_access_editor(self, obj, user):
        return self.user_may_decide(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_may_decide(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_may_decide(obj, user)

    def get_actions(self, obj, user):
        if self.user_may_decide(obj, user):
            return [
                ("reject", _("Änderungen erbitten"), True),
                ("approve", _("Freigeben"), False),
                ("approve", _("Mit Kommentar freigeben"), True),
            ]
        return []

    def reviews_for(self, user):
        """Reviews in progress that ``user`` may decide, oldest first."""
        in_progress = ArenaReviewTaskState.objects.filter(task=self, status=TaskState.STATUS_IN_PROGRESS)
        if not (user.is_superuser or self._user_in_groups(user) or is_editorial(user)):
            arenas = curated_arenas(user)
            if not arenas:
                return in_progress.none()
            routed = Q()
            for key in arenas:
                routed |= Q(arena_keys__contains=f",{key},")
            in_progress = in_progress.filter(routed)
        return in_progress.order_by("started_at", "pk")

    def get_task_states_user_can_moderate(self, user, **kwargs):
        # The dashboard renders each review with several queries: it shows the
        # oldest ones, a bounded number, and the workflow report lists them all.
        ids = list(self.reviews_for(user).values_list("pk", flat=True)[:DASHBOARD_REVIEWS])
        return TaskState.objects.filter(pk__in=ids)

    def deciders(self, arena_keys):
        """The active users who may decide a review routed to ``arena_keys`` (for notifications)."""
        by_role = users_with_roles([EDITORIAL_TEAM, *(curator_role(key) for key in arena_keys)])
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(pk__in=by_role.values("pk")) | Q(groups__in=self.groups.all()))
            .distinct()
        )
