"""Form building for ``FormPage``: accessible defaults that Wagtail's form builder leaves out."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder


class AccessibleFormBuilder(FormBuilder):
    """Wagtail's builder, with single-choice lists that preselect nothing.

    A ``<select>`` shows its first option as chosen, so a required topic would
    be submitted as that option by anyone who skipped it. A leading empty
    choice makes the visitor choose, and "required" then means something.
    """

    def create_dropdown_field(self, field, options):
        field = super().create_dropdown_field(field, options)
        field.choices = [("", _("Bitte auswählen")), *field.choices]
        return field
