"""Onboarding commands: the happy path and every kind of bad input leaves nothing half-created."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import Collection, GroupPagePermission, Page

from offers.models import ProviderPage


def counts():
    return (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        get_user_model().objects.count(),
        GroupPagePermission.objects.count(),
    )


def test_add_provider_creates_pages_group_and_collection(german, english):
    call_command("add_provider", "Stadtteilladen Grünau", "--kind", "association", stdout=None)
    provider = ProviderPage.objects.get(locale=german, slug="stadtteilladen-gruenau")
    assert not provider.live  # the profile goes through review before it is public
    translation = provider.get_translation(english)
    assert translation.translation_key == provider.translation_key
    group = Group.objects.get(name="Anbieter: Stadtteilladen Grünau")
    permitted = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))
    # Every language version (English and Leichte Sprache too): providers may offer their texts in each.
    versions = provider.get_translations(inclusive=True)
    assert versions.count() == len(settings.WAGTAIL_CONTENT_LANGUAGES)
    assert permitted == {
        *((version.pk, "add_page") for version in versions),
        *((version.pk, "change_page") for version in versions),
    }
    assert Collection.objects.filter(name="Stadtteilladen Grünau").exists()
    assert group.collection_permissions.filter(permission__codename="add_image").exists()


def test_add_provider_user_invites_by_mail(german):
    mail.outbox.clear()
    call_command("add_provider_user", "htwk-leipzig", "neu", "neu@example.org")
    user = get_user_model().objects.get(username="neu")
    assert not user.has_usable_password()
    assert user.groups.filter(name__startswith="Anbieter: HTWK").exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["neu@example.org"]
    assert "/admin/password_reset/confirm/" in mail.outbox[0].body


def test_existing_user_is_attached_without_mail(users):
    mail.outbox.clear()
    call_command("add_provider_user", "htwk-leipzig", "redaktion", "redaktion@example.org")
    assert users["redaktion"].groups.filter(name__startswith="Anbieter: HTWK").exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "command,args,message",
    [
        ("add_provider", ["Universität Leipzig", "--kind", "university"], "gibt es schon"),
        ("add_provider", ["   ", "--kind", "university"], "Namen"),
        ("add_provider", ["!!!", "--kind", "university"], "Adresse"),
        ("add_provider_user", ["gibt-es-nicht", "neu", "neu@example.org"], "Unbekannter Anbieter"),
        ("add_provider_user", ["htwk-leipzig", "neu", "keine-adresse"], "keine gültige E-Mail"),
        ("add_provider_user", ["htwk-leipzig", "redaktion", "andere@example.org"], "anderen E-Mail"),
        ("add_provider_user", ["htwk-leipzig", "neu", "redaktion@example.org"], "anderen Konto"),
        (
            "add_provider_user",
            ["universitaet-leipzig", "anbieter-universitaet-leipzig", "anbieter-universitaet-leipzig@example.org"],
            "schon",
        ),
    ],
)
def test_bad_input_gives_a_message_and_changes_nothing(command, args, message):
    before = counts()
    mail.outbox.clear()
    with pytest.raises(CommandError) as error:
        call_command(command, *args)
    assert message in str(error.value)
    assert counts() == before
    assert not mail.outbox


def test_unknown_kind_is_refused():
    before = counts()
    with pytest.raises(CommandError):
        call_command("add_provider", "Neuer Verein", "--kind", "sekte")
    assert counts() == before


def test_providers_admin_view_lists_and_onboards(client, users):
    url = "/admin/anbieter/"
    client.force_login(users["anbieter-universitaet-leipzig"])
    assert client.get(url).status_code in (302, 403)
    client.force_login(users["redaktion"])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Universität Leipzig" in html and "anbieter-universitaet-leipzig" in html

    before = counts()
    bad = client.post(url, {"provider-name": "Universität Leipzig", "provider-kind": "university"})
    assert bad.status_code == 400
    assert "gibt es schon" in bad.content.decode()
    bad = client.post(url, {"invite-provider": "htwk-leipzig", "invite-username": "x", "invite-email": "kaputt"})
    assert bad.status_code == 400
    assert counts() == before

    ok = client.post(url, {"provider-name": "Makerspace Plagwitz", "provider-kind": "association"})
    assert ok.status_code == 302
    assert ProviderPage.objects.filter(title="Makerspace Plagwitz").count() == len(settings.WAGTAIL_CONTENT_LANGUAGES)
    ok = client.post(
        url, {"invite-provider": "makerspace-plagwitz", "invite-username": "mia", "invite-email": "mia@example.org"}
    )
    assert ok.status_code == 302
    assert get_user_model().objects.get(username="mia").groups.filter(name="Anbieter: Makerspace Plagwitz").exists()


def test_invitation_form_picks_the_provider_and_links_with_the_address_in_use(client, users):
    client.force_login(users["redaktion"])
    html = client.get("/admin/anbieter/").content.decode()
    assert '<select name="invite-provider"' in html and 'value="htwk-leipzig"' in html
    bad = client.post(
        "/admin/anbieter/",
        {"invite-provider": "gibt-es-nicht", "invite-username": "x", "invite-email": "x@example.org"},
    )
    assert bad.status_code == 400
    mail.outbox.clear()
    ok = client.post(
        "/admin/anbieter/",
        {"invite-provider": "htwk-leipzig", "invite-username": "ole", "invite-email": "ole@example.org"},
        HTTP_HOST="localhost:8123",
    )
    assert ok.status_code == 302
    assert "http://localhost:8123/admin/password_reset/confirm/" in mail.outbox[0].body
    assert ":8000" not in mail.outbox[0].body
