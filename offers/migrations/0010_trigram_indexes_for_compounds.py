"""Trigram indexes on the search backend's plain-text columns, for the offer finder's compound matching.

``offers.finder`` finds query words inside longer words („Kurs“ in „Zertifikatskurs“) with
``icontains``, which Django writes as ``UPPER(column::text) LIKE UPPER(%s)`` on PostgreSQL; these
GIN indexes (pg_trgm, migration 0009) on the same expressions serve it. A no-op on other databases.
"""

from django.db import migrations

COLUMNS = ("title_text", "body_text")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS offers_finder_{column}_trgm ON wagtailsearch_indexentry "
            f"USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS offers_finder_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0009_trigram_extension"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
