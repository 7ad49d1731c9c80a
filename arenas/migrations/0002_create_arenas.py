from django.db import migrations

ARENA_KEYS = ["wirtschaft", "stadtgesellschaft", "bildung", "wissenschaft"]


def create_arenas(apps, schema_editor):
    Arena = apps.get_model("arenas", "Arena")
    for key in ARENA_KEYS:
        Arena.objects.get_or_create(key=key)


class Migration(migrations.Migration):
    dependencies = [("arenas", "0001_initial")]

    operations = [migrations.RunPython(create_arenas, migrations.RunPython.noop)]
