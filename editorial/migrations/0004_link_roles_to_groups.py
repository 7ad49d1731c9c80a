"""Link the groups the earlier migrations created by name to their role keys.

From here on code finds them by key (``core.Role``); the names below are the
historic ones those migrations used, read once. ``sync_roles`` (after every
migrate) then gives each group its declared permissions.
"""

from django.db import migrations

HISTORIC_NAMES = {
    "editorial-team": "Redaktion",
    "translators": "Übersetzung",
    "curator-wirtschaft": "Arena-Redaktion Wirtschaft",
    "curator-stadtgesellschaft": "Arena-Redaktion Stadtgesellschaft",
    "curator-bildung": "Arena-Redaktion Bildung",
    "curator-wissenschaft": "Arena-Redaktion Wissenschaft",
}


def link_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Role = apps.get_model("core", "Role")
    for key, name in HISTORIC_NAMES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None and not Role.objects.filter(key=key).exists():
            Role.objects.create(key=key, group=group)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_workflows"),
        ("core", "0001_role_keys_of_groups"),
    ]

    operations = [migrations.RunPython(link_roles, migrations.RunPython.noop)]
