"""The offer editor's form: taxonomy pickers with each term once, labelled in the editor's language."""

from django.utils.translation import get_language
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from .models.snippets import CompetenceArea, Format, TargetGroup

TERM_FIELDS = {"format": Format, "target_groups": TargetGroup, "competence_areas": CompetenceArea}


class OfferPageForm(WagtailAdminPageForm):
    """Offers point at the German terms (in every language); the pickers offer only those.

    Without this, every term would be listed once per language ("Kurs",
    "Course"), and an English offer could be given an English term.

    A draft needs only its title (Wagtail defers required fields on "save
    draft"); the offer's consistency checks in ``OfferPage.clean`` (price,
    venue, online note) would still refuse a half-written draft, so they wait
    for submission.
    """

    def _post_clean(self):
        self.instance.validating_draft = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.validating_draft = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.objects.filter(language_code=get_language()).first()
        for name, model in TERM_FIELDS.items():
            field = self.fields.get(name)
            if field is None:
                continue
            labels = model.labels_for(locale.pk) if locale else {}
            field.queryset = model.source_terms().order_by("sort_order", "name")
            field.label_from_instance = lambda term, labels=labels: labels.get(term.translation_key, term.name)
