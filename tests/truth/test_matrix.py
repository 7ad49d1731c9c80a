"""State × path matrix: English never shows what German hides, on any public path, for any visitor.

The states are built once for the module (``matrix.World``) inside a transaction
that is rolled back at the end; each cell is its own test. A hidden state's
markers (German and English) must show on no path in no language; the live
control state's markers must show on every path, so a path that broke would fail.
"""

import pytest
from django.db import transaction
from django.test import Client

from tests.truth import matrix

CELLS = [
    pytest.param(state.name, path, language, viewer, id=f"{state.name}-{path.name}-{language}-{viewer}")
    for state in matrix.STATES
    for path in matrix.PATHS
    for language in matrix.LANGUAGES
    for viewer in matrix.VIEWERS
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            built = matrix.World()
            built.clients = {"anonymous": Client()}
            provider_client = Client()
            provider_client.force_login(built.other_provider_user)
            built.clients["other_provider"] = provider_client
            yield built
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def login_lets_in(state, path, viewer):
    """Wagtail lets any logged-in user open a login-restricted page; listings still leave it out."""
    return state == "login" and path.name == "page" and viewer != "anonymous"


@pytest.mark.parametrize(("state", "path", "language", "viewer"), CELLS)
def test_matrix(world, state, path, language, viewer):
    built = world.built[state]
    client = world.clients[viewer]
    if built.shown or login_lets_in(state, path, viewer):
        own_marker = matrix.marker(state, language)
        assert path.shows(world, client, viewer, language, state, own_marker), f"{own_marker} missing"
        return
    for hidden in built.hidden:
        assert not path.shows(world, client, viewer, language, state, hidden), f"{hidden} leaked"
