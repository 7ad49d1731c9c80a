"""Admin view of login attempts and lockouts (django-axes records them) and of second-factor devices."""

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class SuperuserOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LoginAttemptsView(SuperuserOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Current counters (who is locked out, until when) and the latest failed logins."""

    page_title = gettext_lazy("Anmeldeversuche")
    header_icon = "lock"
    template_name = "security/login_attempts.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cooloff = settings.AXES_COOLOFF_TIME
        now = timezone.now()
        attempts = list(AccessAttempt.objects.order_by("-attempt_time")[:200])
        for attempt in attempts:
            attempt.locked_until = (
                attempt.attempt_time + cooloff
                if attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT and attempt.attempt_time + cooloff > now
                else None
            )
        context.update(
            attempts=attempts,
            failures=AccessFailureLog.objects.order_by("-attempt_time")[:100],
            devices=TOTPDevice.objects.select_related("user").order_by("user__username"),
            failure_limit=settings.AXES_FAILURE_LIMIT,
            cooloff_minutes=int(cooloff.total_seconds() // 60),
        )
        return context


class ResetDeviceView(SuperuserOnlyMixin, TemplateView):
    """Delete a lost second-factor device: its owner sets up a new one at the next sign-in."""

    http_method_names = ["post"]

    def post(self, request, pk):
        device = get_object_or_404(TOTPDevice, pk=pk)
        device.delete()
        messages.success(request, _("Zweiter Faktor von %(who)s zurückgesetzt.") % {"who": device.user.get_username()})
        return redirect("security_login_attempts")


class UnlockView(SuperuserOnlyMixin, TemplateView):
    """Lift a lockout at once (deletes the counter; the failure log stays)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        attempt = get_object_or_404(AccessAttempt, pk=pk)
        attempt.delete()
        messages.success(
            request,
            _("Sperre für %(who)s aufgehoben.") % {"who": attempt.username or attempt.ip_address},
        )
        return redirect("security_login_attempts")
