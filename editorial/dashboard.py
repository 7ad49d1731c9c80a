"""The provider's dashboard panel "Meine Angebote": every offer of their organisation and its state."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page, WorkflowState

from core.visibility import subtree_q
from offers.models import OfferDate, OfferPage, ProviderPage

from .roles import PROVIDER_PREFIX

STATE_LABELS = {
    "draft": _("Entwurf"),
    "in_review": _("in Prüfung"),
    "needs_changes": _("Änderungen erbeten"),
    "live": _("veröffentlicht"),
    "live_with_draft": _("veröffentlicht, neuer Entwurf"),
    "past": _("vergangen"),
}


def provider_pages_for(user):
    """The provider pages (all languages) the user's provider groups may edit."""
    page_ids = GroupPagePermission.objects.filter(
        group__user=user, group__name__startswith=PROVIDER_PREFIX
    ).values_list("page_id", flat=True)
    return ProviderPage.objects.filter(pk__in=page_ids)


def own_paths_q(user):
    """A condition matching the pages inside the user's provider subtrees."""
    return subtree_q(provider_pages_for(user).values_list("path", flat=True))


def offer_states(offers):
    """Attach ``state``, ``state_label`` and ``review_comment`` to each offer (a fixed number of queries)."""
    offers = list(offers)
    if not offers:
        return offers
    page_type = ContentType.objects.get_for_model(Page)
    workflow_states = {
        int(state.object_id): state
        for state in WorkflowState.objects.filter(
            base_content_type=page_type,
            object_id__in=[str(offer.pk) for offer in offers],
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).select_related("current_task_state")
    }
    last_ends = {}
    for page_id, end in OfferDate.objects.filter(page__in=offers).values_list("page_id", "end"):
        last_ends[page_id] = max(end, last_ends.get(page_id, end))
    now = timezone.now()
    for offer in offers:
        workflow_state = workflow_states.get(offer.pk)
        offer.review_comment = ""
        if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            offer.state = "needs_changes"
            task_state = workflow_state.current_task_state
            offer.review_comment = task_state.comment if task_state else ""
        elif workflow_state is not None:
            offer.state = "in_review"
        elif not offer.live:
            offer.state = "draft"
        elif last_ends.get(offer.pk) and last_ends[offer.pk] < now:
            offer.state = "past"
        elif offer.has_unpublished_changes:
            offer.state = "live_with_draft"
        else:
            offer.state = "live"
        offer.state_label = STATE_LABELS[offer.state]
    return offers


class MyOffersPanel(Component):
    name = "my_offers"
    template_name = "editorial/dashboard/my_offers.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        providers = list(provider_pages_for(self.user).select_related("locale").order_by("locale_id", "path"))
        sections = []
        for provider in providers:
            # Aliases (pages not yet translated) have nothing of their own to edit or review.
            offers = (
                OfferPage.objects.child_of(provider)
                .filter(alias_of__isnull=True)
                .select_related("locale")
                .order_by("-latest_revision_created_at")
            )
            sections.append({"provider": provider, "offers": offer_states(offers)})
        context["sections"] = sections
        return context
