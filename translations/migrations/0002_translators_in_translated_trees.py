"""Translators translate; they do not change German pages.

The editorial migration gave the group "Übersetzung" add and edit on the root
page, i.e. on the German tree too. Now they hold them on each translated home
page (new ones get them on creation, see ``TranslationsConfig.ready``), and
wagtail-localize's "submit_translation" to start a translation. The editorial
team gets "submit_translation" as well.
"""

from django.db import migrations

PAGE_PERMISSIONS = ("add_page", "change_page")


def restrict_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    translators = Group.objects.filter(name="Übersetzung").first()
    if translators is None:
        return
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    localize_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    submit, _ = Permission.objects.get_or_create(
        content_type=localize_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    for group in Group.objects.filter(name__in=["Übersetzung", "Redaktion"]):
        group.permissions.add(submit)

    GroupPagePermission.objects.filter(group=translators, page__depth=1).delete()
    german = Locale.objects.filter(language_code="de").first()
    homes = Page.objects.filter(depth=2).exclude(locale=german)
    for home in homes:
        for codename in PAGE_PERMISSIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=page_type, codename=codename, defaults={"name": codename.replace("_", " ")}
            )
            GroupPagePermission.objects.get_or_create(group=translators, page=home, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_sync_english_from_german"),
        ("editorial", "0003_workflows"),
    ]

    operations = [migrations.RunPython(restrict_translators, migrations.RunPython.noop)]
