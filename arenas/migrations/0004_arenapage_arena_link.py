"""ArenaPage points at its Arena: add the link and fill it from the arena key the page stored as text.

The text column is dropped in the next migration, in its own transaction
(PostgreSQL refuses to alter a table with pending deferred foreign-key checks).
"""

import django.db.models.deletion
from django.db import migrations, models


def link_arenas(apps, schema_editor):
    Arena = apps.get_model("arenas", "Arena")
    ArenaPage = apps.get_model("arenas", "ArenaPage")
    arenas = {arena.key: arena for arena in Arena.objects.all()}
    for page in ArenaPage.objects.all():
        arena = arenas.get(page.arena)
        if arena is None:
            arena, _created = Arena.objects.get_or_create(key=page.arena)
        ArenaPage.objects.filter(pk=page.pk).update(arena_link=arena)


def unlink_arenas(apps, schema_editor):
    ArenaPage = apps.get_model("arenas", "ArenaPage")
    for page in ArenaPage.objects.select_related("arena_link"):
        ArenaPage.objects.filter(pk=page.pk).update(arena=page.arena_link.key)


class Migration(migrations.Migration):
    dependencies = [("arenas", "0003_body_block_templates_in_core")]

    operations = [
        migrations.AddField(
            model_name="arenapage",
            name="arena_link",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="arenas.arena",
            ),
        ),
        migrations.RunPython(link_arenas, unlink_arenas),
    ]
