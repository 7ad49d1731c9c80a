"""Drop the arena key stored as text; the foreign key added before takes its name."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("arenas", "0004_arenapage_arena_link")]

    operations = [
        migrations.RemoveField(model_name="arenapage", name="arena"),
        migrations.RenameField(model_name="arenapage", old_name="arena_link", new_name="arena"),
        migrations.AlterField(
            model_name="arenapage",
            name="arena",
            field=models.ForeignKey(
                help_text="Welche der vier Arenen diese Seite darstellt.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="pages",
                to="arenas.arena",
                verbose_name="Arena",
            ),
        ),
    ]
