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
from wagtail.models import Locale, Page, WorkflowState

from offers.models import ProviderPage
from offers.models.pages import PROVIDER_KINDS

from .onboarding import OnboardingError, add_provider, add_provider_user
from .roles import PROVIDER_PREFIX, is_editorial


class ProviderForm(forms.Form):
    name = forms.CharField(label=_("Name der Einrichtung"), max_length=255)
    kind = forms.ChoiceField(label=_("Art der Einrichtung"), choices=PROVIDER_KINDS)


class InviteForm(forms.Form):
    provider = forms.SlugField(label=_("Anbieter (Kürzel)"))
    username = forms.CharField(label=_("Benutzername"), max_length=150)
    email = forms.EmailField(label=_("E-Mail"))


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
                        form.cleaned_data["provider"],
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
