"""What happens when a review is approved."""


def publish_reviewed_revision(workflow_state, user=None):
    """Publish exactly the revision the reviewers approved.

    The approval is the permission: curators may approve without holding a
    publish permission on the page, so the publish itself skips that check.
    Wagtail's default publishes the latest revision instead, which could be
    one that no reviewer has seen.
    """
    task_state = workflow_state.current_task_state
    revision = task_state.revision if task_state else workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
