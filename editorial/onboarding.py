"""Onboarding of providers: their pages, group, collection and users.

Used by the ``add_provider`` and ``add_provider_user`` commands and by the
"Anbieter" admin view. Each operation validates first and then runs in one
transaction, so bad input leaves nothing half-created.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale
from wagtail_localize.operations import translate_object

from offers.models import OfferIndexPage, ProviderPage
from offers.models.pages import PROVIDER_KINDS

from .roles import provider_group_name

PROVIDER_PAGE_PERMISSIONS = ["add_page", "change_page"]
PROVIDER_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}


class OnboardingError(ValidationError):
    pass


def source_offer_index():
    index = OfferIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        raise OnboardingError(_("Es gibt noch keine Angebotsübersicht, unter der Anbieter angelegt werden können."))
    return index


def provider_group(provider):
    """The provider's editors group, found by key (the page's link), never by the page title."""
    return provider.editors_group


@transaction.atomic
def add_provider(name, kind, user=None):
    """Create the provider page (draft, German and English), its group and collection."""
    name = (name or "").strip()
    if not name:
        raise OnboardingError(_("Bitte einen Namen angeben."))
    if len(name) > 255:
        raise OnboardingError(_("Der Name ist zu lang (höchstens 255 Zeichen)."))
    if kind not in dict(PROVIDER_KINDS):
        raise OnboardingError(
            _("Unbekannte Art „%(kind)s“. Möglich: %(kinds)s.")
            % {"kind": kind, "kinds": ", ".join(key for key, _label in PROVIDER_KINDS)}
        )
    index = source_offer_index()
    slug = slugify(name.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))[:80]
    if not slug:
        raise OnboardingError(_("Aus diesem Namen lässt sich keine Adresse bilden."))
    if (
        ProviderPage.objects.child_of(index).filter(slug=slug).exists()
        or ProviderPage.objects.filter(locale=index.locale, title=name).exists()
    ):
        raise OnboardingError(_("Den Anbieter „%(name)s“ gibt es schon.") % {"name": name})
    if Group.objects.filter(name=provider_group_name(name)).exists():
        raise OnboardingError(_("Die Gruppe „%(group)s“ gibt es schon.") % {"group": provider_group_name(name)})

    provider = ProviderPage(
        title=name,
        slug=slug,
        kind=kind,
        description=f"<p>{_('Profil folgt.')}</p>",
        live=False,
        owner=user,
    )
    index.add_child(instance=provider)
    provider.save_revision(user=user, log_action=True)
    translate_object(provider, list(Locale.objects.exclude(pk=index.locale_id)), user=user)
    grant_provider_permissions(provider)
    return provider


def grant_provider_permissions(provider):
    """A group with add/edit (never publish) on the provider's pages in every language, and a collection.

    The group and collection are linked to the provider page (and its
    translations) by foreign key, so renaming the provider changes nothing and
    a later call reuses them. They are named after the provider when created;
    a name already taken by another group gets a number.
    """
    versions = [provider, *provider.get_translations()]
    group = provider.editors_group
    if group is None:
        group = Group.objects.create(name=_free_group_name(provider_group_name(provider.title)))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PROVIDER_PAGE_PERMISSIONS
    )
    for page in versions:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    collection = provider.collection
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=provider.title)
    for app_label, codenames in PROVIDER_COLLECTION_PERMISSIONS.items():
        for permission in Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    ProviderPage.objects.filter(pk__in=[page.pk for page in versions]).update(
        editors_group=group, collection=collection
    )
    provider.editors_group, provider.collection = group, collection
    return group


def _free_group_name(name):
    candidate, number = name, 1
    while Group.objects.filter(name=candidate).exists():
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def find_provider(slug):
    provider = ProviderPage.objects.filter(locale=Locale.get_default(), slug=slug).first()
    if provider is None:
        raise OnboardingError(_("Unbekannter Anbieter „%(slug)s“.") % {"slug": slug})
    return provider


@transaction.atomic
def add_provider_user(provider_slug, username, email, request=None, send_mail=True):
    """Create a user (or attach an existing one with the same e-mail) to the provider's group.

    New users get an e-mail with a link to set their password.
    Returns ``(user, created)``.
    """
    provider = find_provider(provider_slug)
    username = (username or "").strip()
    email = (email or "").strip()
    if not username:
        raise OnboardingError(_("Bitte einen Benutzernamen angeben."))
    try:
        validate_email(email)
    except ValidationError as error:
        raise OnboardingError(_("„%(email)s“ ist keine gültige E-Mail-Adresse.") % {"email": email}) from error
    group = provider_group(provider) or grant_provider_permissions(provider)
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if user is not None:
        if user.email.lower() != email.lower():
            raise OnboardingError(
                _("Den Benutzernamen „%(username)s“ gibt es schon, mit einer anderen E-Mail-Adresse.")
                % {"username": username}
            )
        if user.groups.filter(pk=group.pk).exists():
            raise OnboardingError(
                _("„%(username)s“ gehört schon zu %(provider)s.") % {"username": username, "provider": provider.title}
            )
    else:
        if User.objects.filter(email__iexact=email).exists():
            raise OnboardingError(
                _("Die E-Mail-Adresse %(email)s gehört schon zu einem anderen Konto.") % {"email": email}
            )
        user = User(username=username, email=email)
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
    user.groups.add(group)
    if created and send_mail:
        send_set_password_mail(user, request)
    return user, created


def send_set_password_mail(user, request=None):
    """Send the invitation with a one-time link to set the first password."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    context = {
        "user": user,
        # The address the inviting person uses, else the configured one (never a fixed port).
        "url": (request.build_absolute_uri(path) if request else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path),
        "site_name": "Digital Campus Leipzig",
    }
    subject = render_to_string("editorial/mail/invitation_subject.txt", context).strip()
    body = render_to_string("editorial/mail/invitation.txt", context)
    mail.send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
