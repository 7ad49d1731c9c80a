"""PostgreSQL GIN index on the search vector; default synonyms; search permissions for the editorial team."""

from django.db import migrations

DEFAULT_SYNONYMS = ["KI, Künstliche Intelligenz", "AI, artificial intelligence"]
EDITORIAL_TEAM = "Redaktion"
EDITORIAL_PERMISSIONS = [
    ("campus_search", "synonym", ["add", "change", "delete", "view"]),
    ("campus_search", "querystat", ["view"]),
    ("wagtailsearchpromotions", "searchpromotion", ["add", "change", "delete"]),
]


def create_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_entry_vector_gin ON campus_search_searchentry USING gin (vector)"
        )


def drop_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector_gin")


def create_synonyms_and_permissions(apps, schema_editor):
    Synonym = apps.get_model("campus_search", "Synonym")
    for terms in DEFAULT_SYNONYMS:
        Synonym.objects.get_or_create(terms=terms)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group = Group.objects.filter(name=EDITORIAL_TEAM).first()
    if group is None:
        return
    for app_label, model, actions in EDITORIAL_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("campus_search", "0001_search_index"),
        ("editorial", "0001_editorial_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_gin_index, drop_gin_index),
        migrations.RunPython(create_synonyms_and_permissions, migrations.RunPython.noop),
    ]
