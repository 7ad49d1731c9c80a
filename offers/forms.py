"""The offer editor's form: guidance and length limits on the texts, and taxonomy pickers with each
term once, labelled in the editor's language."""

from django.core.validators import MaxLengthValidator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale
from wagtail.rich_text import RichTextMaxLengthValidator

from .models.snippets import CompetenceArea, Format, TargetGroup

TERM_FIELDS = {"format": Format, "target_groups": TargetGroup, "competence_areas": CompetenceArea}

# What a visitor needs from each text, and how long it may be: (help text, character limit or None).
# The limits are those of lists, cards and search results; they are checked by the form (the
# database allows more), so translations and older texts are never cut.
GUIDANCE = {
    "title": (
        _("Der Name des Angebots, wie er in Listen steht: Worum geht es? Höchstens 100 Zeichen."),
        100,
    ),
    "summary": (
        _("Kurz und konkret: Was lernen Teilnehmende? Ein Satz für Listen und Suchergebnisse. Höchstens 180 Zeichen."),
        180,
    ),
    "description": (
        _(
            "Ablauf, Inhalte und Voraussetzungen: Was erwartet Teilnehmende, was sollten sie mitbringen? "
            "Höchstens 2000 Zeichen."
        ),
        2000,
    ),
    "venue_name": (_("Name des Gebäudes oder der Einrichtung, z. B. „Stadtbibliothek, Raum 2.11“."), 200),
    "online_note": (
        _("Wie nehmen Teilnehmende online teil: Wann und wie kommt der Zugangslink? Höchstens 400 Zeichen."),
        400,
    ),
    "price_note": (_("Z. B. Ermäßigungen oder was im Preis enthalten ist. Höchstens 200 Zeichen."), 200),
    "accessibility_notes": (
        _("Zugang, Hilfsmittel und Unterstützung vor Ort, die nicht oben angekreuzt sind. Höchstens 400 Zeichen."),
        400,
    ),
    "registration_url": (_("Die Seite, auf der man sich anmeldet, mit https://."), None),
    "registration_deadline": (_("Bis wann man sich anmelden kann; leer, wenn bis zum Beginn."), None),
}

# Wagtail's rich text editor (Draftail) counts the characters of a field with ``maxlength``
# itself; plain text fields get the admin's ``campus-count`` Stimulus controller (editorial).
COUNT_CONTROLLER = "campus-count"


def limit_length(field, limit):
    """Refuse more than ``limit`` characters with a clear message; show a live count in the editor."""
    field.max_length = limit
    rich_text = type(field.widget).__name__ == "DraftailRichTextArea"
    validator = RichTextMaxLengthValidator(limit) if rich_text else MaxLengthValidator(limit)
    field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)] + [validator]
    attrs = field.widget.attrs
    attrs["maxlength"] = str(limit)
    if not rich_text:
        controllers = attrs.get("data-controller", "").split()
        attrs["data-controller"] = " ".join([*controllers, COUNT_CONTROLLER])
        actions = attrs.get("data-action", "").split()
        attrs["data-action"] = " ".join([*actions, f"input->{COUNT_CONTROLLER}#update"])
        attrs[f"data-{COUNT_CONTROLLER}-label-value"] = _("%(count)s von %(limit)s Zeichen") % {
            "count": "{count}",
            "limit": limit,
        }


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
        for name, (help_text, limit) in GUIDANCE.items():
            field = self.fields.get(name)
            if field is None:
                continue
            field.help_text = help_text
            if limit:
                limit_length(field, limit)
        locale = Locale.objects.filter(language_code=get_language()).first()
        for name, model in TERM_FIELDS.items():
            field = self.fields.get(name)
            if field is None:
                continue
            labels = model.labels_for(locale.pk) if locale else {}
            field.queryset = model.source_terms().order_by("sort_order", "name")
            field.label_from_instance = lambda term, labels=labels: labels.get(term.translation_key, term.name)
