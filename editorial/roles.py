"""The fixed roles of the platform, declared once: each group's key, name and permissions.

``editorial.role_sync.sync_roles()`` makes the database match the declarations:
it runs after every ``migrate`` (``EditorialConfig.ready`` connects it to
``post_migrate``) and as the ``sync_roles`` command. Code finds a role's group through its key
(``core.models.Role``); the group's name is a label an administrator may read,
never an identifier. Provider groups (``Anbieter: …``) are not fixed roles:
onboarding creates one per provider.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model

from core.arenas import ARENA_KEYS, ARENA_NAMES
from core.models import Role

EDITORIAL_TEAM = "editorial-team"
TRANSLATORS = "translators"
EASYREAD_WRITERS = "easyread-writers"
CURATOR_PREFIX = "curator-"
PROVIDER_PREFIX = "Anbieter: "

#: Where a role's page permissions apply.
WHOLE_TREE = "root"  # the root page: every language tree
TRANSLATED_TREES = "translated-homes"  # each home page of a translated language (not Leichte Sprache)
EASYREAD_TREE = "easyread-homes"  # each home page of the Leichte-Sprache locale


def tree_of_home(language_code):
    """Which ``pages`` scope a home page of ``language_code`` (not the default language) belongs to."""
    return EASYREAD_TREE if language_code == settings.EASYREAD_LANGUAGE_CODE else TRANSLATED_TREES


TAXONOMY_MODELS = ("format", "targetgroup", "competencearea")
IMAGES_AND_DOCUMENTS = ("wagtailimages.{}_image", "wagtaildocs.{}_document")


def _each(templates, actions):
    return tuple(template.format(action) for template in templates for action in actions)


@dataclass(frozen=True)
class RoleDeclaration:
    key: str
    #: The group's name. German, like the arena names it carries, whatever the admin language.
    label: str
    #: Model permissions, "app_label.codename".
    permissions: tuple = ()
    #: Page permission codenames, granted on ``pages``.
    page_permissions: tuple = ()
    pages: str = WHOLE_TREE
    #: Collection permissions ("app_label.codename") on the root collection, i.e. every collection.
    collection_permissions: tuple = ()
    #: Whether the group may always decide reviews (it is one of every review task's groups).
    decides_reviews: bool = False
    description: str = field(default="", compare=False)


def curator_role(arena_key):
    return CURATOR_PREFIX + arena_key


def provider_group_name(provider_title):
    """The name of a provider's group (created by onboarding, one per provider)."""
    return PROVIDER_PREFIX + provider_title


ROLES = [
    RoleDeclaration(
        key=EDITORIAL_TEAM,
        label="Redaktion",
        description="Adds, edits and publishes any page; decides every review; taxonomies, search tuning.",
        permissions=(
            "wagtailadmin.access_admin",
            *(
                f"offers.{action}_{model}"
                for model in TAXONOMY_MODELS
                for action in ("add", "change", "delete", "view")
            ),
            "wagtail_localize.submit_translation",
            *(f"campus_search.{action}_synonym" for action in ("add", "change", "delete", "view")),
            "campus_search.view_querystat",
            *(f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")),
            # The list of mails the mail server refused: correct a recipient, send again.
            "editorial.view_failedmail",
            "editorial.change_failedmail",
        ),
        page_permissions=("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
        collection_permissions=_each(IMAGES_AND_DOCUMENTS, ("add", "change", "choose")),
        decides_reviews=True,
    ),
    RoleDeclaration(
        key=TRANSLATORS,
        label="Übersetzung",
        description="Adds and edits pages of the translated trees only, starts translations; never publishes.",
        permissions=(
            "wagtailadmin.access_admin",
            *(f"offers.{action}_{model}" for model in TAXONOMY_MODELS for action in ("change", "view")),
            "wagtail_localize.submit_translation",
        ),
        page_permissions=("add_page", "change_page"),
        pages=TRANSLATED_TREES,
        collection_permissions=_each(IMAGES_AND_DOCUMENTS, ("add", "change", "choose")),
    ),
    RoleDeclaration(
        key=EASYREAD_WRITERS,
        label="Leichte Sprache",
        description="Writes and submits pages of the Leichte-Sprache tree only; never publishes. Redaktion approves.",
        permissions=("wagtailadmin.access_admin", "wagtail_localize.submit_translation"),
        page_permissions=("add_page", "change_page"),
        pages=EASYREAD_TREE,
        collection_permissions=_each(IMAGES_AND_DOCUMENTS, ("add", "change", "choose")),
    ),
    *(
        RoleDeclaration(
            key=curator_role(key),
            label=f"Arena-Redaktion {name}",
            description="Decides reviews of offers tagged with the arena. No page permissions of its own: "
            "the review task opens the editor to them for exactly those pages.",
            permissions=("wagtailadmin.access_admin",),
            collection_permissions=_each(IMAGES_AND_DOCUMENTS, ("choose",)),
        )
        for key, name in ARENA_NAMES.items()
    ),
]
ROLES_BY_KEY = {role.key: role for role in ROLES}
if {curator_role(key) for key in ARENA_KEYS} - set(ROLES_BY_KEY):
    raise ImportError("Every arena needs a curator role.")


# Who holds which role ------------------------------------------------------


def role_keys(user):
    """The role keys of the user's groups, cached on the user object for the request."""
    if not hasattr(user, "_campus_role_keys"):
        keys = Role.objects.filter(group__user=user).values_list("key", flat=True) if user.pk else []
        user._campus_role_keys = frozenset(keys)
    return user._campus_role_keys


def has_role(user, key):
    return bool(user.is_active and key in role_keys(user))


def curated_arenas(user):
    """The arena keys whose curator role the user holds."""
    return {key for key in ARENA_KEYS if curator_role(key) in role_keys(user)}


def is_editorial(user):
    return bool(user.is_active and (user.is_superuser or EDITORIAL_TEAM in role_keys(user)))


def role_group(key):
    """The group holding role ``key`` (None before ``sync_roles`` ran)."""
    return Role.objects.group(key)


def users_with_roles(keys):
    """Active users holding any of the roles ``keys``."""
    return get_user_model().objects.filter(is_active=True, groups__role__key__in=list(keys)).distinct()
