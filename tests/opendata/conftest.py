import pytest

from offers.models import OfferIndexPage
from tests.browser.conftest import live_url  # noqa: F401 - the session's live server over the demo content
from tests.factories import make_provider


@pytest.fixture
def offer_index(german):
    return OfferIndexPage.objects.get(locale=german)


@pytest.fixture
def provider(offer_index):
    return make_provider(offer_index, title="Kalenderwerkstatt Lindenau", street="Lützner Str. 1", postcode="04177")
