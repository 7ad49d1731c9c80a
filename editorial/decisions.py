"""Review decisions without dead ends: stale decisions explained, four eyes, reviewers may compare.

Wagtail's workflow views cannot be replaced by URL (its own admin URLs come
first), so this middleware answers before them where the campus rules differ:
- a decision on a review that is no longer in progress is refused with the
  reason (who decided, or that the content changed), instead of silently;
- under the four-eyes rule nobody approves their own submission;
- everyone who may decide a review may compare its revisions, even without any
  page permission of their own (curators have none).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views.generic.models import RevisionsCompareView as GenericRevisionsCompareView
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.models import Page, TaskState

from .models import may_not_approve_own

DECISION_VIEWS = ("wagtailadmin_pages:workflow_action", "wagtailadmin_pages:collect_workflow_action_data")
COMPARE_VIEW = "wagtailadmin_pages:revisions_compare"
EDIT_VIEW = "wagtailadmin_pages:edit"
# The editor's footer posts a decision to the edit view under this name.
EDITOR_DECISION = "action-workflow-action"


def queue_url():
    return reverse("campus_review_queue")


def stale_reason(task_state):
    """Why a decision on ``task_state`` cannot be applied any more."""
    when = formats.date_format(task_state.finished_at, "SHORT_DATETIME_FORMAT") if task_state.finished_at else ""
    who = (
        task_state.finished_by.get_full_name() or task_state.finished_by.get_username()
        if task_state.finished_by
        else ""
    )
    if task_state.status == TaskState.STATUS_APPROVED:
        return _("%(who)s hat diese Fassung am %(when)s bereits freigegeben.") % {"who": who, "when": when}
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("%(who)s hat am %(when)s bereits Änderungen erbeten.") % {"who": who, "when": when}
    return _(
        "Die Prüfung dieser Fassung wurde am %(when)s beendet: Der Inhalt wurde seitdem geändert, "
        "zurückgezogen oder neu eingereicht."
    ) % {"when": when}


def _back_to_queue(request, level, message):
    messages.add_message(request, level, message)
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": queue_url()})
    return redirect(queue_url())


class ReviewerCompareView(RevisionsCompareView):
    """Wagtail's revision comparison, for reviewers who hold no page permission.

    The object check (``can_edit``, true for whoever may decide the current
    task) still applies; only the "any page permission" gate is skipped.
    """

    def dispatch(self, request, *args, **kwargs):
        return GenericRevisionsCompareView.dispatch(self, request, *args, **kwargs)


class ReviewDecisionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not getattr(request, "user", None) or not request.user.is_authenticated:
            return None
        if match.view_name == COMPARE_VIEW:
            return self.compare(request, view_kwargs)
        if match.view_name in DECISION_VIEWS:
            return self.decide(request, view_kwargs)
        if match.view_name == EDIT_VIEW and request.method == "POST" and EDITOR_DECISION in request.POST:
            return self.decide_in_editor(request, view_kwargs)
        return None

    def process_exception(self, request, exception):
        """Two clicks at once on the editor's decision: the second finds the review ended mid-request.

        Wagtail's edit view then fails on the missing task (AttributeError); the
        first click's decision stands, so the reviewer is told and sent to the queue.
        """
        match = request.resolver_match
        if (
            isinstance(exception, AttributeError)
            and match is not None
            and match.view_name == EDIT_VIEW
            and request.method == "POST"
            and EDITOR_DECISION in request.POST
        ):
            page = Page.objects.filter(pk=match.kwargs.get("page_id")).first()
            if page is not None and page.current_workflow_task_state is None:
                return self.decide_in_editor(request, match.kwargs)
        return None

    def decide_in_editor(self, request, view_kwargs):
        """A decision from the editor's footer on a review that has ended (a second click, another reviewer)."""
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        if page is None:
            return None
        task_state = page.current_workflow_task_state
        if task_state is None:
            return _back_to_queue(
                request,
                messages.WARNING,
                _("Ihre Entscheidung zu „%(title)s“ wurde nicht übernommen. Die Prüfung ist bereits abgeschlossen.")
                % {"title": page.get_admin_display_title()},
            )
        if request.POST.get("workflow-action-name") == "approve" and may_not_approve_own(
            task_state, page, request.user
        ):
            return _back_to_queue(
                request,
                messages.ERROR,
                _("„%(title)s“ haben Sie selbst eingereicht oder bearbeitet: Freigeben muss eine andere Person.")
                % {"title": page.get_admin_display_title()},
            )
        return None

    def compare(self, request, view_kwargs):
        # Wagtail names the page "pk" in its revision URLs.
        page = Page.objects.filter(pk=view_kwargs.get("pk")).first()
        task = page.current_workflow_task if page is not None else None
        if task is None or not task.specific.user_can_access_editor(page.specific, request.user):
            return None
        return ReviewerCompareView.as_view()(request, **view_kwargs)

    def decide(self, request, view_kwargs):
        task_state = TaskState.objects.filter(pk=view_kwargs.get("task_state_id")).select_related(
            "workflow_state", "revision", "finished_by"
        )
        task_state = task_state.first()
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        if task_state is None or page is None or str(page.pk) != task_state.workflow_state.object_id:
            return None  # Wagtail answers 404 itself
        if not task_state.task.specific.get_actions(page.specific, request.user) and (
            task_state.status == TaskState.STATUS_IN_PROGRESS
        ):
            return None  # not a reviewer of this task: Wagtail refuses it
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            return _back_to_queue(
                request,
                messages.WARNING,
                _("Ihre Entscheidung zu „%(title)s“ wurde nicht übernommen. %(reason)s")
                % {"title": page.get_admin_display_title(), "reason": stale_reason(task_state)},
            )
        if view_kwargs.get("action_name") == "approve" and may_not_approve_own(task_state, page, request.user):
            return _back_to_queue(
                request,
                messages.ERROR,
                _("„%(title)s“ haben Sie selbst eingereicht oder bearbeitet: Freigeben muss eine andere Person.")
                % {"title": page.get_admin_display_title()},
            )
        return None
