"""The "Anbieter" admin view: providers with their users, offers and pending reviews; onboarding forms."""

from django import forms
from django.contrib import messages
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page, WorkflowState

from offers.models import ProviderPage
from offers.models.pages import PROVIDER_KINDS

from .models import may_not_approve_own
from .onboarding import OnboardingError, add_provider, add_provider_user
from .queue import ReviewQueueFilter, decidable_reviews, may_review, queue_rows
from .roles import PROVIDER_PREFIX, is_editorial


class ProviderForm(forms.Form):
    name = forms.CharField(label=_("Name der Einrichtung"), max_length=255)
    kind = forms.ChoiceField(label=_("Art der Einrichtung"), choices=PROVIDER_KINDS)


class ProviderChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class InviteForm(forms.Form):
    provider = ProviderChoiceField(
        label=_("Anbieter"),
        queryset=ProviderPage.objects.none(),
        to_field_name="slug",
        empty_label=_("Bitte wählen"),
    )
    username = forms.CharField(label=_("Benutzername"), max_length=150)
    email = forms.EmailField(label=_("E-Mail"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The source-language profiles; onboarding finds the provider by its slug.
        self.fields["provider"].queryset = ProviderPage.objects.filter(
            locale=Locale.get_default(), alias_of__isnull=True
        ).order_by("title")


def providers_overview():
    """Providers of the source language with users, offer counts and reviews in progress (fixed queries)."""
    providers = list(ProviderPage.objects.filter(locale=Locale.get_default()).order_by("title"))
    groups = {
        group.name: sorted(user.get_username() for user in group.user_set.all())
        for group in Group.objects.filter(name__startswith=PROVIDER_PREFIX).prefetch_related("user_set")
    }
    page_type = ContentType.objects.get_for_model(Page)
    pending_ids = WorkflowState.objects.filter(
        base_content_type=page_type, status=WorkflowState.STATUS_IN_PROGRESS
    ).values_list("object_id", flat=True)
    pending_paths = Page.objects.filter(pk__in=[int(pk) for pk in pending_ids]).values_list("path", flat=True)
    rows = []
    for provider in providers:
        rows.append(
            {
                "provider": provider,
                "users": groups.get(PROVIDER_PREFIX + provider.title, []),
                "offers": provider.numchild,
                "pending": sum(1 for path in pending_paths if path.startswith(provider.path)),
            }
        )
    return rows


def providers_view(request):
    if not is_editorial(request.user):
        raise PermissionDenied
    provider_form = ProviderForm(prefix="provider")
    invite_form = InviteForm(prefix="invite")
    status = 200
    if request.method == "POST":
        if "provider-name" in request.POST:
            provider_form = ProviderForm(request.POST, prefix="provider")
            form = provider_form
        else:
            invite_form = InviteForm(request.POST, prefix="invite")
            form = invite_form
        if form.is_valid():
            try:
                if form is provider_form:
                    provider = add_provider(form.cleaned_data["name"], form.cleaned_data["kind"], user=request.user)
                    messages.success(request, _("Anbieter „%(name)s“ angelegt.") % {"name": provider.title})
                else:
                    user, created = add_provider_user(
                        form.cleaned_data["provider"].slug,
                        form.cleaned_data["username"],
                        form.cleaned_data["email"],
                        request=request,
                    )
                    message = _("%(user)s eingeladen.") if created else _("%(user)s hinzugefügt.")
                    messages.success(request, message % {"user": user.get_username()})
                return redirect(reverse("campus_providers"))
            except OnboardingError as error:
                form.add_error(None, error)
        status = 400
    return TemplateResponse(
        request,
        "editorial/providers.html",
        {"rows": providers_overview(), "provider_form": provider_form, "invite_form": invite_form},
        status=status,
    )


def review_queue_view(request):
    """The review queue: filter, compare, decide; Redaktion may approve several at once."""
    if not may_review(request.user):
        raise PermissionDenied
    reviews = decidable_reviews(request.user)
    if request.method == "POST":
        if not is_editorial(request.user):
            raise PermissionDenied
        approve_reviews(request, reviews.filter(pk__in=request.POST.getlist("review")))
        return redirect(request.get_full_path())
    queue_filter = ReviewQueueFilter(request.GET or None, queryset=reviews)
    if queue_filter.is_bound and not queue_filter.is_valid():
        status = 400
        task_states = reviews.none()
    else:
        status = 200
        task_states = queue_filter.qs
    rows = queue_rows(task_states.order_by("started_at", "pk"), request.user)
    for row in rows:
        row.may_approve = not may_not_approve_own(row.task_state, row.page, request.user)
    return TemplateResponse(
        request,
        "editorial/review_queue.html",
        {"rows": rows, "filter": queue_filter, "bulk": is_editorial(request.user), "total": reviews.count()},
        status=status,
    )


def approve_reviews(request, task_states):
    """Bulk approval: each review as if approved one by one, except the user's own (four eyes)."""
    approved = skipped = 0
    for task_state in task_states.select_related("workflow_state", "revision"):
        task_state = task_state.specific
        page = Page.objects.get(pk=task_state.workflow_state.object_id).specific
        task = task_state.task.specific
        if may_not_approve_own(task_state, page, request.user) or not any(
            name == "approve" for name, _label, _modal in task.get_actions(page, request.user)
        ):
            skipped += 1
            continue
        task_state.approve(user=request.user)
        approved += 1
    if approved:
        messages.success(
            request,
            ngettext("%(count)d Prüfung freigegeben.", "%(count)d Prüfungen freigegeben.", approved)
            % {"count": approved},
        )
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(count)d Prüfung nicht freigegeben (eigene Einreichung oder keine Berechtigung).",
                "%(count)d Prüfungen nicht freigegeben (eigene Einreichungen oder keine Berechtigung).",
                skipped,
            )
            % {"count": skipped},
        )
