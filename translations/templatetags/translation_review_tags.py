"""The review bar inside wagtail-localize's translation editor: submit, approve, request changes."""

import json

from django import template
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from translations.pages import enabled_translation

register = template.Library()


@register.inclusion_tag("translations/includes/review_bar.html", takes_context=True)
def translation_review_bar(context, instance):
    """What the current user may do with the review of this translation, where they are translating it.

    wagtail-localize's editor offers publishing only; translators submit and
    reviewers decide here, through the same views as anywhere else in the admin.
    """
    request = context["request"]
    user = request.user
    bar = {"request": request, "csrf_token": context.get("csrf_token"), "page": instance}
    if not isinstance(instance, Page) or enabled_translation(instance) is None:
        return bar
    state = instance.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    bar["in_review"] = in_review
    bar["needs_changes"] = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    if not in_review:
        if instance.get_workflow() is not None and instance.permissions_for_user(user).can_edit():
            bar["submit_url"] = reverse("translations:submit_for_review", args=[instance.pk])
            bar["comment"] = state.current_task_state.get_comment() if bar["needs_changes"] else ""
        return bar
    task_state = state.current_task_state
    bar["task_state"] = task_state
    actions = task_state.task.specific.get_actions(instance, user)
    names = {name for name, _label, _modal in actions}
    for name in ("approve", "reject"):
        if name in names:
            bar[f"{name}_url"] = reverse("wagtailadmin_pages:workflow_action", args=[instance.pk, name, task_state.pk])
    if names and instance.live_revision_id:
        bar["compare_url"] = reverse(
            "wagtailadmin_pages:revisions_compare", args=[instance.pk, "live", task_state.revision_id]
        )
    bar["may_decide"] = bool(names)
    return bar


@register.simple_tag(takes_context=True)
def campus_editor_props(context, props, instance):
    """wagtail-localize's editor props without actions the page's rules refuse this user.

    "Convert to alias" replaces the live translation at once and is allowed to
    publishers only (``translations.views.convert_to_alias_if_publisher``);
    wagtail-localize offers it to everyone who may edit.
    """
    if not isinstance(instance, Page):
        return props
    data = json.loads(props)
    if not instance.permissions_for_user(context["request"].user).can_publish():
        data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)
