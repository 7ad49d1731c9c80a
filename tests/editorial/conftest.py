"""Fixtures for the editorial workflow: two providers with their users, curators, the editorial team."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from offers.models import OfferIndexPage, ProviderPage
from tests.factories import make_offer


@pytest.fixture
def users(db):
    User = get_user_model()
    return {user.username: user for user in User.objects.all()}


@pytest.fixture
def own_provider(db):
    """The provider of the user ``anbieter-universitaet-leipzig``."""
    index = OfferIndexPage.objects.get(locale=Locale.get_default())
    return ProviderPage.objects.child_of(index).get(slug="universitaet-leipzig")


@pytest.fixture
def other_provider(db):
    index = OfferIndexPage.objects.get(locale=Locale.get_default())
    return ProviderPage.objects.child_of(index).get(slug="htwk-leipzig")


@pytest.fixture
def provider_user(users):
    return users["anbieter-universitaet-leipzig"]


@pytest.fixture
def provider_client(client, provider_user):
    client.force_login(provider_user)
    return client


@pytest.fixture
def other_live_offer(other_provider):
    return make_offer(other_provider, arenas=["bildung"], title="Fremdes veröffentlichtes Angebot")


@pytest.fixture
def other_draft_offer(other_provider):
    return make_offer(other_provider, arenas=["bildung"], publish=False, title="Fremder Entwurf Zaunkönig")
