"""Review tasks of the editorial workflow.

"Angebotsprüfung" routes offers and provider profiles by content: the curators
of every arena the submitted revision is tagged with may decide, and the
editorial team may always decide. The arenas are fixed on the task state when
the review starts, so the dashboard can find the reviews of a curator in SQL.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState

from offers.models import OfferPage, ProviderPage

from .current import tell_user
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


def four_eyes_applies(page):
    """Whether the four-eyes rule covers ``page`` (setting ``CAMPUS_FOUR_EYES``: "offers", "all" or "")."""
    mode = getattr(settings, "CAMPUS_FOUR_EYES", "offers")
    if mode == "all":
        return True
    if mode == "offers":
        return issubclass(page.specific_class or Page, (OfferPage, ProviderPage))
    return False


def is_own_submission(task_state, user):
    """The user asked for this review, or wrote the revision under review."""
    revision = task_state.revision
    return user.pk in (task_state.workflow_state.requested_by_id, revision.user_id if revision else None)


def may_not_approve_own(task_state, page, user):
    """The four-eyes rule: nobody approves their own submission."""
    return four_eyes_applies(page) and is_own_submission(task_state, user)


def confirm_decision(task_state, action_name):
    """Tell the reviewer what happened and send them back to the queue, where they continue."""
    title = task_state.revision.object_str if task_state.revision else ""
    if action_name == "approve":
        tell_user(messages.SUCCESS, _("„%(title)s“ ist freigegeben und veröffentlicht.") % {"title": title})
    elif action_name == "reject":
        tell_user(messages.SUCCESS, _("Für „%(title)s“ sind Änderungen erbeten.") % {"title": title})
    return reverse("campus_review_queue")


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
        if not self.user_may_decide(obj, user):
            return []
        actions = [("reject", _("Änderungen erbitten"), True)]
        state = getattr(obj, "current_workflow_task_state", None)
        if state is None or not may_not_approve_own(state, obj, user):
            actions += [("approve", _("Freigeben"), False), ("approve", _("Mit Kommentar freigeben"), True)]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        super().on_action(task_state, user, action_name, **kwargs)
        return confirm_decision(task_state, action_name)

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


class FailedMail(models.Model):
    """A mail the mail server did not accept, kept until ``resend_failed_mail`` delivers it."""

    subject = models.CharField(_("Betreff"), max_length=998)
    body = models.TextField(_("Text"))
    html_body = models.TextField(_("HTML-Text"), blank=True)
    from_email = models.CharField(_("Absender"), max_length=320)
    recipients = models.TextField(_("Empfänger"), help_text=_("Eine Adresse pro Zeile."))
    error = models.TextField(_("Fehler"))
    attempts = models.PositiveIntegerField(_("Versuche"), default=1)
    created_at = models.DateTimeField(_("Zuerst versucht"), auto_now_add=True)
    sent_at = models.DateTimeField(_("Versandt"), null=True, blank=True)
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Ausgelöst von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Nicht versandte E-Mail")
        verbose_name_plural = _("Nicht versandte E-Mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.recipient_list)}"

    @property
    def recipient_list(self):
        return [line for line in self.recipients.splitlines() if line]

    @classmethod
    def record(cls, message, error, user=None):
        html = ""
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                html = content
        return cls.objects.create(
            subject=message.subject,
            body=message.body,
            html_body=html,
            from_email=message.from_email,
            recipients="\n".join(message.recipients()),
            error=f"{type(error).__name__}: {error}",
            triggered_by=user,
        )

    def as_message(self, connection):
        message = EmailMultiAlternatives(
            self.subject, self.body, self.from_email, self.recipient_list, connection=connection
        )
        if self.html_body:
            message.attach_alternative(self.html_body, "text/html")
        return message

    def resend(self, connection):
        """Send again through ``connection``; True when it was delivered."""
        try:
            self.as_message(connection).send()
        except Exception as error:  # noqa: BLE001 - kept for the next attempt
            self.attempts += 1
            self.error = f"{type(error).__name__}: {error}"
            self.save(update_fields=["attempts", "error"])
            return False
        self.sent_at = timezone.now()
        self.save(update_fields=["sent_at"])
        return True
