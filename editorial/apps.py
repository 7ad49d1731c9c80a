from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Redaktion")

    def ready(self):
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from offers.models import OfferIndexPage

        from .models import ArenaReviewTaskState
        from .role_sync import sync_roles_after_migrate
        from .signals import ReviewSubmissionNotifier, assign_offer_workflow

        # The roles' groups match their declarations after every migrate.
        post_migrate.connect(sync_roles_after_migrate, sender=self, dispatch_uid="sync-roles")
        post_save.connect(assign_offer_workflow, sender=OfferIndexPage, dispatch_uid="assign-offer-workflow")
        # Replace Wagtail's submission mail with one that follows the arena routing.
        task_submitted.disconnect(sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification")
        self.submission_notifier = ReviewSubmissionNotifier()
        # The signal's sender is the task state's own class.
        for sender in (TaskState, ArenaReviewTaskState):
            task_submitted.connect(
                self.submission_notifier, sender=sender, dispatch_uid=f"campus_review_submitted_{sender.__name__}"
            )
