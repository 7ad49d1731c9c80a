"""What happens when a review is approved."""

from django.apps import apps


def publish_reviewed_revision(workflow_state, user=None):
    """Publish exactly the revision the reviewers approved.

    The approval is the permission: curators may approve without holding a
    publish permission on the page, so the publish itself skips that check.
    Wagtail's default publishes the latest revision instead, which could be
    one that no reviewer has seen.

    An offer never goes live below a provider profile that is still a draft:
    the offer would link to a page nobody can open. Approving a provider's
    first offer publishes its profile too.
    """
    task_state = workflow_state.current_task_state
    revision = task_state.revision if task_state else workflow_state.content_object.get_latest_revision()
    # Looked up through the app registry: Wagtail imports this module while the models are loading.
    offer_page, provider_page = apps.get_model("offers", "OfferPage"), apps.get_model("offers", "ProviderPage")
    page = revision.as_object()
    if isinstance(page, offer_page):
        provider = provider_page.objects.filter(pk=page.get_parent().pk, live=False).first()
        if provider is not None and provider.get_latest_revision() is not None:
            provider.get_latest_revision().publish(user=user, skip_permission_checks=True)
    revision.publish(user=user, skip_permission_checks=True)
