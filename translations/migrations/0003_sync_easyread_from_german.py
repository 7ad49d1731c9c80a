"""The Leichte-Sprache tree (``de-ls``) follows German, as English does.

Every German page gets an alias in the Leichte-Sprache tree (shown in German,
marked as such) until a Leichte-Sprache version is written. As for English, on
a database that already has pages run `python manage.py sync_locale_trees` once.
"""

from django.db import migrations

EASYREAD = "de-ls"


def sync_easyread_from_german(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    german, _ = Locale.objects.get_or_create(language_code="de")
    easyread, _ = Locale.objects.get_or_create(language_code=EASYREAD)
    LocaleSynchronization.objects.update_or_create(locale=easyread, defaults={"sync_from": german})


def remove_sync(apps, schema_editor):
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(locale__language_code=EASYREAD, sync_from__language_code="de").delete()


class Migration(migrations.Migration):
    dependencies = [("translations", "0002_translators_in_translated_trees")]

    operations = [migrations.RunPython(sync_easyread_from_german, remove_sync)]
