"""Spam protection for the public forms: honeypot, minimum fill-in time, rate limit, size limits.

No third-party service and no tracking: a hidden field people never fill in, a signed time stamp
(a person needs more than a few seconds for the form), and a limit of accepted submissions per
address (django-ratelimit, counted in the cache: Redis in production). A person who hits a limit
gets the form back with everything typed and a message saying what to do.

Not wagtail-honeypot (it declares no Wagtail 8 support, its time stamp is unsigned and its trap field
has no label) nor django-honeypot (its field is hidden by an inline style that the strict
Content-Security-Policy blocks).
"""

import logging
import time

import django.forms
from django.conf import settings
from django.core import signing
from django.core.validators import MaxLengthValidator
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from .clients import ratelimit_key

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SIGNING_SALT = "campus.form-started"


def signed_now():
    return signed_time()


def signed_time(seconds_ago=0):
    """The form's time stamp; tests that post a form send one from a few seconds ago."""
    return signing.dumps(int(time.time()) - seconds_ago, salt=SIGNING_SALT)


class FormLimitsMixin:
    """For a Wagtail form builder: a size limit on every text field, and the two trap fields."""

    @staticmethod
    def limit(formfield, kind):
        length = settings.CAMPUS_FORM_MAX_LENGTH[kind]
        formfield.max_length = length
        formfield.validators.append(MaxLengthValidator(length))
        formfield.widget.attrs["maxlength"] = str(length)
        return formfield

    def create_singleline_field(self, field, options):
        return self.limit(super().create_singleline_field(field, options), "singleline")

    def create_multiline_field(self, field, options):
        return self.limit(super().create_multiline_field(field, options), "multiline")

    def create_email_field(self, field, options):
        return self.limit(super().create_email_field(field, options), "email")

    def create_url_field(self, field, options):
        return self.limit(super().create_url_field(field, options), "url")

    @property
    def formfields(self):
        fields = super().formfields
        fields[HONEYPOT_FIELD] = django.forms.CharField(required=False, widget=django.forms.HiddenInput)
        fields[STARTED_FIELD] = django.forms.CharField(
            required=False, widget=django.forms.HiddenInput, initial=signed_now
        )
        return fields


class ProtectedFormMixin:
    """For form pages: ``serve`` checks a submission before Wagtail stores it.

    The page's own ``form_builder`` keeps working; the limits and trap fields are mixed into it.
    """

    def get_form_class(self):
        builder = type("ProtectedFormBuilder", (FormLimitsMixin, self.form_builder), {})
        return builder(self.get_form_fields()).get_form_class()

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if request.POST.get(HONEYPOT_FIELD):
            # Only a program fills in a field that nobody sees: it gets the thank-you page, nothing is kept.
            logger.info("Form %s: submission with the trap field filled in, discarded", self.pk)
            return self.render_landing_page(request, None, *args, **kwargs)
        status = 200
        valid = form.is_valid()
        message = self.timing_problem(request.POST.get(STARTED_FIELD, ""))
        if message is None and valid:
            if is_ratelimited(
                request,
                group=f"campus-form-{self.translation_key}",
                key=ratelimit_key,
                rate=settings.CAMPUS_FORM_RATE,
                method="POST",
                increment=True,
            ):
                status = 429
                message = _(
                    "Von Ihrem Anschluss kamen gerade sehr viele Einsendungen. Bitte senden Sie das Formular "
                    "in einer Stunde erneut; Ihre Eingaben bleiben hier stehen."
                )
            else:
                for name in (HONEYPOT_FIELD, STARTED_FIELD):
                    form.cleaned_data.pop(name, None)
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        if message:
            form.add_error(None, message)
            # A fresh time stamp, so that sending again works.
            form.data = form.data.copy()
            form.data[STARTED_FIELD] = signed_now()
        context = self.get_context(request)
        context["form"] = form
        response = self.serve_form_response(request, context)
        response.status_code = status
        return response

    def serve_form_response(self, request, context):
        return TemplateResponse(request, self.get_template(request), context)

    @staticmethod
    def timing_problem(value):
        """A message if the form came back too fast (a program) or after too long (an old copy)."""
        try:
            started = int(signing.loads(value, salt=SIGNING_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return _("Das Formular konnte nicht zugeordnet werden. Bitte senden Sie es noch einmal ab.")
        age = time.time() - started
        if age > settings.CAMPUS_FORM_MAX_AGE:
            return _("Das Formular war sehr lange geöffnet. Bitte senden Sie es noch einmal ab.")
        if age < settings.CAMPUS_FORM_MIN_SECONDS:
            return _("Das ging sehr schnell. Bitte prüfen Sie Ihre Eingaben und senden Sie das Formular erneut ab.")
        return None
