"""Facts of an offer's dates and terms stored on its row (``offers.listing_facts``), computed for every offer.

On PostgreSQL the three facet arrays get GIN indexes: the finder filters by them with ``?|``.
"""

from django.db import migrations, models

from offers import listing_facts

GIN_INDEXES = {f"offers_offerpage_{name}_gin": name for name in listing_facts.FACETS}


def store_facts(apps, schema_editor):
    OfferPage = apps.get_model("offers", "OfferPage")
    OfferDate = apps.get_model("offers", "OfferDate")
    ids = list(OfferPage.objects.values_list("pk", flat=True))
    listing_facts.refresh(ids, models=(OfferPage, OfferDate))


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for index, column in GIN_INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index} ON offers_offerpage USING gin ({column})")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for index in GIN_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0012_offer_date_start_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="offerpage",
            name="dates_last_end",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="offerpage",
            name="dates_next_end",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="offerpage",
            name="dates_next_start",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="offerpage",
            name="facet_arenas",
            field=models.JSONField(default=list, editable=False),
        ),
        migrations.AddField(
            model_name="offerpage",
            name="facet_competence_areas",
            field=models.JSONField(default=list, editable=False),
        ),
        migrations.AddField(
            model_name="offerpage",
            name="facet_target_groups",
            field=models.JSONField(default=list, editable=False),
        ),
        migrations.RunPython(store_facts, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
