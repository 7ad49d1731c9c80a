"""Mail that could not be sent is recorded, shown to the person who caused it, and can be sent again.

Wagtail's notifiers and Django's ``send_mail`` log a failed delivery and carry
on: the submitter is told the review started while no reviewer hears of it.
Wrapping the delivering backend catches every mail of the site in one place,
whoever sends it (review notifications, invitations, password resets).
"""

import contextlib

from django.conf import settings
from django.contrib import messages
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils.translation import ngettext

from .current import current_request, tell_user
from .models import FailedMail


def delivering_connection(**kwargs):
    return get_connection(settings.CAMPUS_MAIL_BACKEND, **kwargs)


class RecordingEmailBackend(BaseEmailBackend):
    """Send through ``CAMPUS_MAIL_BACKEND``; record each message it fails to send."""

    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.inner = delivering_connection(fail_silently=False, **kwargs)
        self.open_error = None

    def open(self):
        try:
            return self.inner.open()
        except Exception as error:  # noqa: BLE001 - any failure of the mail server is recorded, not raised
            self.open_error = error
            return False

    def close(self):
        # Closing a broken connection has nothing left to lose.
        with contextlib.suppress(Exception):
            self.inner.close()

    def send_messages(self, email_messages):
        sent = 0
        failed = []
        for message in email_messages:
            try:
                if self.open_error is not None:
                    raise self.open_error
                sent += self.inner.send_messages([message]) or 0
            except Exception as error:  # noqa: BLE001 - recorded for resend_failed_mail
                failed.append(FailedMail.record(message, error, user=_acting_user()))
        if failed:
            _tell_acting_user(failed)
        return sent


def _acting_user():
    request = current_request.get()
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _tell_acting_user(failed):
    # The count, not the addresses: a provider need not learn the reviewers' addresses.
    count = sum(len(mail.recipient_list) for mail in failed)
    tell_user(
        messages.WARNING,
        ngettext(
            "Eine E-Mail-Benachrichtigung konnte nicht versandt werden. Sie ist vermerkt "
            "und wird erneut versandt, sobald der Mailserver wieder erreichbar ist.",
            "%(count)d E-Mail-Benachrichtigungen konnten nicht versandt werden. Sie sind vermerkt "
            "und werden erneut versandt, sobald der Mailserver wieder erreichbar ist.",
            count,
        )
        % {"count": count},
    )


def resend_failed_mail(mails=None):
    """Try the recorded mails again (``mails``, a queryset, or every one not yet delivered), oldest
    first; return (sent, still failing). The command and the admin list both send through here."""
    pending = (FailedMail.objects.all() if mails is None else mails).filter(sent_at__isnull=True)
    sent = failing = 0
    connection = delivering_connection(fail_silently=False)
    for mail in pending.order_by("created_at", "pk"):
        if mail.resend(connection):
            sent += 1
        else:
            failing += 1
    return sent, failing
