"""Redaktion's list of mails the mail server refused: who, what, when, why, and "Erneut senden".

A Wagtail model view set over ``FailedMail``. Redaktion may view the list and change a recorded
mail (correct its recipients) and send it again; nobody adds one by hand. Sending again is the
same code as the ``resend_failed_mail`` command (``editorial.mail.resend_failed_mail``).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from .mail import resend_failed_mail
from .models import FailedMail


class FailedMailPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that a failed mail is only ever recorded, never added by hand."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


permission_policy = FailedMailPermissionPolicy(FailedMail)


class FailedMailIndexView(generic.IndexView):
    resend_url_name = None
    resend_all_url_name = None

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.sent_at is None and self.user_has_permission("change"):
            url = reverse(self.resend_url_name, args=[instance.pk])
            buttons.insert(0, ListingButton(_("Erneut senden"), url=url, icon_name="mail", priority=5))
        return buttons

    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.user_has_permission("change") and FailedMail.objects.filter(sent_at__isnull=True).exists():
            buttons.append(
                HeaderButton(_("Alle erneut senden"), url=reverse(self.resend_all_url_name), icon_name="mail")
            )
        return buttons


class ResendView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks, POST sends: one recorded mail (``pk``) or every one not yet delivered."""

    permission_policy = permission_policy
    permission_required = "change"
    template_name = "editorial/failed_mail_resend.html"
    header_icon = "mail"
    page_title = _("Erneut senden")
    index_url_name = None

    def pending(self):
        pending = FailedMail.objects.filter(sent_at__isnull=True)
        if "pk" in self.kwargs:
            return pending.filter(pk=get_object_or_404(FailedMail, pk=self.kwargs["pk"]).pk)
        return pending

    def get_context_data(self, **kwargs):
        return super().get_context_data(mails=self.pending(), index_url=reverse(self.index_url_name), **kwargs)

    def post(self, request, *args, **kwargs):
        sent, failing = resend_failed_mail(self.pending())
        if sent:
            messages.success(
                request, ngettext("%(count)d E-Mail versandt.", "%(count)d E-Mails versandt.", sent) % {"count": sent}
            )
        if failing:
            messages.error(
                request,
                ngettext(
                    "%(count)d E-Mail konnte wieder nicht versandt werden; der Fehler steht in der Liste.",
                    "%(count)d E-Mails konnten wieder nicht versandt werden; die Fehler stehen in der Liste.",
                    failing,
                )
                % {"count": failing},
            )
        if not sent and not failing:
            messages.info(request, _("Keine E-Mail wartet auf den Versand."))
        return redirect(self.index_url_name)


def recipients_of(mail):
    return ", ".join(mail.recipient_list)


class FailedMailViewSet(ModelViewSet):
    model = FailedMail
    icon = "mail"
    add_to_admin_menu = True
    menu_order = 260
    menu_label = _("Nicht versandte E-Mails")
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = FailedMailIndexView
    form_fields = ["recipients"]
    ordering = ["-created_at", "-pk"]
    list_display = [
        "subject",
        Column("recipients", label=_("Empfänger"), accessor=recipients_of),
        DateColumn("created_at", label=_("Zuerst versucht")),
        "error",
        "attempts",
        DateColumn("sent_at", label=_("Versandt")),
    ]
    inspect_view_fields = ["subject", "recipients", "from_email", "created_at", "attempts", "error", "sent_at", "body"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            resend_url_name=self.get_url_name("resend"),
            resend_all_url_name=self.get_url_name("resend_all"),
            **kwargs,
        )

    def get_urlpatterns(self):
        resend = ResendView.as_view(index_url_name=self.get_url_name("index"))
        return [
            *super().get_urlpatterns(),
            path("resend/", resend, name="resend_all"),
            path("resend/<int:pk>/", resend, name="resend"),
        ]
