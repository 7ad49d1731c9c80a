"""Signal handlers: workflow assignment for new offer trees, review notifications."""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import Workflow, WorkflowPage

from .models import ArenaReviewTask, arenas_of

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

    def get_template_base_prefix(self, instance, **kwargs):
        # Wagtail derives the template name from the class name; ours share Wagtail's templates.
        return "task_state_"

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
