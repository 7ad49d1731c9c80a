"""Signal handlers: workflow assignment for new offer trees, review notifications.

The review mails use the admin's words ("Freigeben", "Änderungen erbitten";
"Approve", "Request changes") instead of Wagtail's ("approved", "rejected"),
list what changed since the last approval, and link with the address the
reviewer used (or ``WAGTAILADMIN_BASE_URL`` when there is no request).
"""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import Page, Workflow, WorkflowPage

from .current import base_url
from .models import ArenaReviewTask, arenas_of
from .queue import changed_fields

OFFER_WORKFLOW = "Angebotsprüfung"
TEMPLATE_DIRECTORY = "editorial/notifications/"


def assign_offer_workflow(sender, instance, created, raw=False, **kwargs):
    """Every offer index page (in every language) gets the offer review."""
    if raw or not created:
        return
    workflow = Workflow.objects.filter(name=OFFER_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=instance, defaults={"workflow": workflow})


def changes_of(revision):
    """Labels of the fields ``revision`` changes against the live page; None for a page never approved."""
    if revision is None:
        return None
    page = Page.objects.filter(pk=revision.object_id).select_related("live_revision").first()
    if page is None or page.live_revision is None:
        return None
    return changed_fields(page.specific_class or Page, revision.content, page.live_revision.content)


class ReviewSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Tell exactly the people who may decide that something awaits them, and what changed.

    For the arena review these are the editorial team and the curators of the
    submitted revision's arenas; Wagtail's own notifier would only know the
    task's fixed groups.
    """

    template_directory = TEMPLATE_DIRECTORY

    def get_template_base_prefix(self, instance, **kwargs):
        # Wagtail derives the template name from the class name; both task state classes share one.
        return "task_state_"

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["changes"] = changes_of(task_state.revision)
        context["base_url"] = base_url()
        return context

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        if not isinstance(task, ArenaReviewTask):
            return super().get_recipient_users(task_state, **kwargs)
        triggering_user = kwargs.get("user")
        # The signal comes before the task state knows its arenas: read them from the submitted revision.
        recipients = task.deciders(arenas_of(task_state.revision.as_object()))
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return get_user_model().objects.filter(pk__in=recipients.values("pk"))


class DecisionNotifierMixin:
    template_directory = TEMPLATE_DIRECTORY

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        context["base_url"] = base_url()
        return context


class ApprovalNotifier(DecisionNotifierMixin, WorkflowStateApprovalEmailNotifier):
    """Tells the submitter that their content is approved ("freigegeben")."""


class ChangesRequestedNotifier(DecisionNotifierMixin, WorkflowStateRejectionEmailNotifier):
    """Tells the submitter that changes are requested ("Änderungen erbeten"), with the comment."""
