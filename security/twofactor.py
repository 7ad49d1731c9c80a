"""Two-factor authentication (TOTP, django-otp) for every account that may publish.

No Wagtail integration package fits Wagtail 8: wagtail-2fa 1.8 and its fork wagtail-2fa-v6 import
``wagtail.users.widgets``, which Wagtail 8 no longer has. So django-otp's TOTP devices are wired
into the admin here with the least code: after the password, a publisher who has not confirmed a
code in this session is sent to enter one, or, without a device yet, to set one up (QR code for
any authenticator app). django-otp throttles wrong codes (growing waits); the password login
itself is limited by django-axes.
"""

from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .permissions import may_publish

# Admin URLs a publisher may reach before the second factor.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_2fa_verify",
    "security_2fa_setup",
}


def needs_second_factor(user):
    return settings.CAMPUS_2FA_REQUIRED and user.is_authenticated and may_publish(user) and not user.is_verified()


class PublisherTwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (``request.user.is_verified()``), plus: publishers get no admin page
    but the code prompt until they have entered a code in this session."""

    def __call__(self, request):
        self._install_lazy_accessors(request)
        path = request.path_info
        if path.startswith(settings.CAMPUS_ADMIN_PREFIX) and needs_second_factor(request.user):
            try:
                name = resolve(path).url_name
            except Resolver404:
                name = None
            if name not in OPEN_URL_NAMES:
                target = "security_2fa_verify" if user_has_device(request.user) else "security_2fa_setup"
                return HttpResponseRedirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class TokenForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code aus der Authenticator-App"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].strip().replace(" ", "")
        if self.device is None or not self.device.verify_token(token):
            raise forms.ValidationError(
                _("Der Code stimmt nicht (oder ist abgelaufen). Bitte den aktuellen eingeben.")
            )
        return token


class TwoFactorViewMixin(WagtailAdminTemplateMixin):
    header_icon = "lock"
    form_class = TokenForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.get_device()}

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()}):
            return url
        return reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.next_url()}

    def form_valid(self, form):
        device = form.device
        if not device.confirmed:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
        otp_login(self.request, device)
        return redirect(self.next_url())


class VerifyView(TwoFactorViewMixin, FormView):
    page_title = gettext_lazy("Anmeldung bestätigen")
    template_name = "security/2fa_verify.html"

    def get_device(self):
        return TOTPDevice.objects.filter(user=self.request.user, confirmed=True).first()


class SetupView(TwoFactorViewMixin, FormView):
    page_title = gettext_lazy("Zweiten Faktor einrichten")
    template_name = "security/2fa_setup.html"

    def dispatch(self, request, *args, **kwargs):
        if user_has_device(request.user):
            return redirect(f"{reverse('security_2fa_verify')}?{urlencode({'next': self.next_url()})}")
        return super().dispatch(request, *args, **kwargs)

    def get_device(self):
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(user=self.request.user, name="Authenticator", confirmed=False)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = self.get_device()
        image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
        context["qr_svg"] = mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - generated SVG
        context["secret"] = b32encode(device.bin_key).decode()
        return context
