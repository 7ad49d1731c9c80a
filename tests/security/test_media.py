"""Files of restricted collections only through a view that checks the restriction."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction


@pytest.fixture
def collections():
    root = Collection.get_first_root_node()
    public = root.add_child(name="Öffentlich (Test)")
    private = root.add_child(name="Intern (Test)")
    inner = private.add_child(name="Intern, Unterordner (Test)")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    return public, inner


def make_files(collection, name):
    image = get_image_model().objects.create(
        title=name, file=get_test_image_file(f"{name}.png"), collection=collection
    )
    rendition = image.get_rendition("fill-20x20")
    document = get_document_model().objects.create(
        title=name, file=ContentFile(b"%PDF-1.4 test", name=f"{name}.pdf"), collection=collection
    )
    return image, rendition, document


def test_public_files_are_served_and_may_be_cached(client, collections):
    image, rendition, document = make_files(collections[0], "oeffentlich")
    for url in (image.file.url, rendition.url, document.file.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "public" in response["Cache-Control"], url
    assert client.get(document.url).status_code == 200


def test_files_of_a_restricted_collection_and_its_children_are_not(client, collections):
    image, rendition, document = make_files(collections[1], "intern")
    assert client.get(image.file.url).status_code == 403
    assert client.get(rendition.url).status_code == 403
    # A document's file path leads to its own view, which asks for the login.
    response = client.get(document.file.url)
    assert response.status_code == 302 and response["Location"] == document.url
    assert client.get(document.url).status_code == 302
    client.force_login(get_user_model().objects.get(username="uebersetzung"))
    for url in (image.file.url, rendition.url, document.file.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"], url


def test_unknown_files_and_path_tricks_are_not_served(client, collections):
    assert client.get("/media/original_images/nicht-da.png").status_code == 404
    assert client.get("/media/../digitalcampus/settings/base.py").status_code == 404
    assert client.get("/media/%2e%2e/manage.py").status_code == 404
