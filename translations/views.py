"""Admin views: submit a translation for review; sync translations without publishing them."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .pages import enabled_translation, save_translation_draft


def submit_for_review(request, page_id):
    """Save the translated strings as a draft of the page and start its review workflow.

    wagtail-localize's translation editor stores each string as it is typed but
    offers only "Publish" to save the page, and only to those who may publish.
    Translators submit here instead: the translation becomes a draft revision and
    goes through the page's workflow like any other change.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = enabled_translation(page)
    if translation is None:
        raise Http404
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if request.method != "POST":
        return TemplateResponse(
            request,
            "translations/submit_for_review.html",
            {"page": page, "translation": translation, "workflow": workflow, "edit_url": edit_url},
        )
    if workflow is None:
        messages.error(request, _("Für diese Seite ist keine Prüfung eingerichtet."))
        return redirect(edit_url)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(request, _("Diese Übersetzung wird bereits geprüft."))
        return redirect(edit_url)
    try:
        save_translation_draft(translation, request.user)
    except ValidationError as error:
        messages.error(
            request, _("Die Übersetzung ist so nicht gültig: %(errors)s") % {"errors": "; ".join(error.messages)}
        )
        return redirect(edit_url)
    page = Page.objects.get(pk=page.pk).specific
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        workflow.start(page, request.user)
    messages.success(request, _("Die Übersetzung „%(title)s“ wurde zur Prüfung eingereicht.") % {"title": page.title})
    return redirect(edit_url)


class UpdateTranslationsWithoutPublishingView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages" without its "Publish immediately" option.

    That option publishes every translation without a permission check on the
    translated pages; synchronised changes go through review like edits.
    """

    def get_form(self):
        form = super().get_form()
        form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


def convert_to_alias_if_publisher(request, page_id):
    """wagtail-localize's "Convert back to alias", for those who may publish the page.

    Converting replaces the live translation with the source content at once;
    wagtail-localize asks only for edit permission, which translators hold.
    """
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert_to_alias(request, page_id)
