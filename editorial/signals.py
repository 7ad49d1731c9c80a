"""Signal handlers: workflow assignment for new offer trees, review notifications."""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import Workflow, WorkflowPage

OFFER_WORKFLOW = "Angebotsprüfung"


def assign_offer_workflow(sender, instance, created, raw=False, **kwargs):
    """Every offer index page (in every language) gets the offer review."""
    if raw or not created:
        return
    workflow = Workflow.objects.filter(name=OFFER_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=instance, defaults={"workflow": workflow})


class ReviewSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Tell exactly the people who may decide that something awaits them.

    For the arena review these are the editorial team and the curators of the
    submitted revision's arenas; Wagtail's own notifier would only know the
    task's fixed groups.
    """

    def get_recipient_users(self, task_state, **kwargs):
        from .models import ArenaReviewTask

        task = task_state.task.specific
        if not isinstance(task, ArenaReviewTask):
            return super().get_recipient_users(task_state, **kwargs)
        triggering_user = kwargs.get("user")
        recipients = task.deciders(task_state.workflow_state.content_object)
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return get_user_model().objects.filter(pk__in=recipients.values("pk"))
