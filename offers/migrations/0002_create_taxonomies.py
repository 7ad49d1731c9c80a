import uuid

from django.db import migrations

from offers.taxonomy_data import COMPETENCE_AREAS, FORMATS, TARGET_GROUPS


def create_taxonomies(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    german, _ = Locale.objects.get_or_create(language_code="de")
    english, _ = Locale.objects.get_or_create(language_code="en")
    for model_name, terms in (
        ("Format", FORMATS),
        ("TargetGroup", TARGET_GROUPS),
        ("CompetenceArea", COMPETENCE_AREAS),
    ):
        model = apps.get_model("offers", model_name)
        for sort_order, (slug, name_de, name_en) in enumerate(terms):
            source = model.objects.filter(locale=german, slug=slug).first()
            translation_key = source.translation_key if source else uuid.uuid4()
            if source is None:
                model.objects.create(
                    locale=german, slug=slug, name=name_de, sort_order=sort_order, translation_key=translation_key
                )
            if not model.objects.filter(locale=english, translation_key=translation_key).exists():
                model.objects.create(
                    locale=english, slug=slug, name=name_en, sort_order=sort_order, translation_key=translation_key
                )


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_taxonomies, migrations.RunPython.noop)]
