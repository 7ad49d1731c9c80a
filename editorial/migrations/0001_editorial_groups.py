"""Create the editorial groups with their page, snippet, image and document permissions."""

from django.db import migrations

ARENA_NAMES = ["Wirtschaft", "Stadtgesellschaft", "Bildung", "Wissenschaft"]
TAXONOMY_MODELS = ["format", "targetgroup", "competencearea"]

# Page permissions granted on the root page, i.e. on both language trees.
PAGE_PERMISSIONS = {
    "Redaktion": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    "Übersetzung": ["add_page", "change_page"],
    # Curators need no page permissions: the review task opens the editor to them
    # for exactly the pages they may decide.
    **{f"Arena-Redaktion {name}": [] for name in ARENA_NAMES},
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return perm

    access_admin = permission("wagtailadmin", "admin", "access_admin")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        if root_page is not None:
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission("wagtailcore", "page", codename)
                )
        if root_collection is not None:
            collection_actions = ["add", "change", "choose"] if codenames else ["choose"]
            for model, actions in (("image", collection_actions), ("document", collection_actions)):
                app_label = "wagtailimages" if model == "image" else "wagtaildocs"
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=permission(app_label, model, f"{action}_{model}"),
                    )
        if name in ("Redaktion", "Übersetzung"):
            actions = ["add", "change", "delete", "view"] if name == "Redaktion" else ["change", "view"]
            for model in TAXONOMY_MODELS:
                for action in actions:
                    group.permissions.add(permission("offers", model, f"{action}_{model}"))


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0002_create_taxonomies"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
