"""A GIN index on the text vectors of the pages other than offers. A no-op on other databases.

The search page matches arenas, providers, news and standard pages in ``SearchEntry``
(``kind <> 'offer'``); offers have entries too, and are most of them. The index of migration
0002 returns every offer the words match, which the query then drops, so the planner read the
whole table instead; this partial index holds only the pages the query asks for.
"""

from django.db import migrations

NAME = "search_entry_pages_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON campus_search_searchentry USING gin (vector) WHERE kind <> 'offer'"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("campus_search", "0003_drop_offer_facets_and_last_end")]

    operations = [migrations.RunPython(create, drop)]
