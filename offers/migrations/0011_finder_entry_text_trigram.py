"""A trigram index on the title and body of Wagtail's search index entries as one text. A no-op on other databases.

The finder finds query words inside longer words („Kurs“ in „Zertifikatskurs“) with
``UPPER(title_text || ' ' || body_text) LIKE '%KURS%'`` (``offers.finder.EntryText``). Every word
of a query is a condition on the same indexed text, so one index scan intersects them. With a
condition per column (the indexes of migration 0010) the planner read every entry instead: each
word had to match the title or the body, which no single index answers.
"""

from django.db import migrations

NAME = "offers_finder_entry_text_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NAME} ON wagtailsearch_indexentry"
        " USING gin ((UPPER(title_text || ' ' || body_text)) gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("offers", "0010_finder_search_indexes")]

    operations = [migrations.RunPython(create, drop)]
