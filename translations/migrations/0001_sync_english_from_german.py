"""Keep the English tree complete: wagtail-localize's "sync from" German into English.

With this setting every German page created in the admin gets an English alias
(shown in German) until it is translated. The post_save handler that would
synchronise existing pages does not run for migration models: on a database
that already has pages, run `python manage.py sync_locale_trees` once.
"""

from django.db import migrations


def sync_english_from_german(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    german, _ = Locale.objects.get_or_create(language_code="de")
    english, _ = Locale.objects.get_or_create(language_code="en")
    LocaleSynchronization.objects.update_or_create(locale=english, defaults={"sync_from": german})


def remove_sync(apps, schema_editor):
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(locale__language_code="en", sync_from__language_code="de").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(sync_english_from_german, remove_sync)]
