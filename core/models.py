"""Field groups that several page types share: a postal address and a contact.

A provider has an address and a contact; an offer has a venue address and a
contact person. The groups are abstract models made by a function because the
pages keep their own field-name prefixes (``street`` / ``venue_street``,
``email`` / ``contact_email``): the columns stay as they are, so sharing the
definition needs no schema change. Each group brings its admin panels, the
fields wagtail-localize keeps in step across translations, and a value for the
templates ``core/includes/address.html`` and ``core/includes/contact.html``.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail_localize.fields import SynchronizedField


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str

    def __bool__(self):
        return bool(self.street or self.postcode or self.city)


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    phone: str

    def __bool__(self):
        return bool(self.name or self.email or self.phone)


def _abstract_model(name, attrs):
    meta = type("Meta", (), {"abstract": True})
    return type(name, (models.Model,), {"__module__": __name__, "Meta": meta, **attrs})


def address_fields(prefix=""):
    """An abstract model with ``<prefix>street``, ``<prefix>postcode``, ``<prefix>city``.

    The property ``<prefix>address`` gives them as an ``Address``.
    """
    street, postcode, city = f"{prefix}street", f"{prefix}postcode", f"{prefix}city"
    attrs = {
        street: models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True),
        postcode: models.CharField(_("PLZ"), max_length=10, blank=True),
        city: models.CharField(_("Ort"), max_length=100, blank=True, default="Leipzig"),
        f"{prefix}address": property(
            lambda self: Address(getattr(self, street), getattr(self, postcode), getattr(self, city))
        ),
    }
    return _abstract_model(f"{prefix.title().replace('_', '')}AddressFields", attrs)


def address_panels(prefix=""):
    return [
        FieldPanel(f"{prefix}street"),
        FieldRowPanel([FieldPanel(f"{prefix}postcode"), FieldPanel(f"{prefix}city")]),
    ]


def address_synchronized_fields(prefix=""):
    """An address is the same in every language."""
    return [SynchronizedField(f"{prefix}{name}") for name in ("street", "postcode", "city")]


def contact_fields(prefix="", *, with_name=False, email_label=None, phone_label=None):
    """An abstract model with ``<prefix>email``, ``<prefix>phone`` and, ``with_name``, ``<prefix>name``.

    The property ``contact`` gives them as a ``Contact``.
    """
    attrs = {
        f"{prefix}email": models.EmailField(email_label or _("E-Mail"), blank=True),
        f"{prefix}phone": models.CharField(phone_label or _("Telefon"), max_length=40, blank=True),
        "contact": property(
            lambda self: Contact(
                getattr(self, f"{prefix}name", ""), getattr(self, f"{prefix}email"), getattr(self, f"{prefix}phone")
            )
        ),
    }
    if with_name:
        attrs[f"{prefix}name"] = models.CharField(_("Ansprechperson"), max_length=200, blank=True)
    return _abstract_model(f"{prefix.title().replace('_', '')}ContactFields", attrs)


def contact_panels(prefix="", *, with_name=False):
    row = FieldRowPanel([FieldPanel(f"{prefix}email"), FieldPanel(f"{prefix}phone")])
    return [FieldPanel(f"{prefix}name"), row] if with_name else [row]


def contact_synchronized_fields(prefix="", *, with_name=False):
    """Name and phone are the same in every language; an e-mail address may differ (an English-speaking desk)."""
    return [SynchronizedField(f"{prefix}{name}") for name in (("name", "phone") if with_name else ("phone",))]


class RoleQuerySet(models.QuerySet):
    def group(self, key):
        """The group holding the role ``key``, or None before the roles are synchronised."""
        role = self.select_related("group").filter(key=key).first()
        return role.group if role is not None else None


class Role(models.Model):
    """Which group holds a fixed role of the platform (editorial team, translators, curators).

    Code finds groups by this stable key; the group's name is a label that
    may change. The roles and their permissions are declared in
    ``editorial.roles`` and written to the database by ``sync_roles``.
    """

    key = models.SlugField(_("Schlüssel"), max_length=64, unique=True)
    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="role", verbose_name=_("Gruppe"))

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("Rolle")
        verbose_name_plural = _("Rollen")

    def __str__(self):
        return self.key
