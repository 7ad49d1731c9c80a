"""The sign-language page plays self-hosted videos with captions and a transcript, reachable from every page."""

import re

import pytest

from home.models import SignLanguagePage


@pytest.fixture
def dgs_page(german):
    return SignLanguagePage.objects.live().get(locale=german)


def test_videos_with_captions_and_transcripts(client, dgs_page):
    html = client.get(dgs_page.url).content.decode()
    assert html.count("<video") == 4
    source = re.search(r'<source src="([^"]+)" type="video/webm">', html)
    track = re.search(r'<track kind="captions" src="([^"]+)" srclang="de"', html)
    assert source and track
    assert "Abschrift" in html and "vier Arenen" in html
    # Played from the site itself: no third-party player.
    assert not re.search(r'src="https?://', html)
    video = client.get(source.group(1))
    assert video.status_code == 200 and video["Content-Type"] == "video/webm"
    captions = client.get(track.group(1))
    assert captions.status_code == 200 and captions["Content-Type"].startswith("text/vtt")
    assert b"".join(captions.streaming_content if captions.streaming else [captions.content]).startswith(b"WEBVTT")


def test_demo_says_the_video_is_a_placeholder(client, dgs_page):
    assert "Platzhalter" in client.get(dgs_page.url).content.decode()


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de/angebote/"])
def test_every_page_links_to_sign_language_in_its_language(client, dgs_page, english, path):
    html = client.get(path, follow=True).content.decode()
    expected = dgs_page.url if path.startswith("/de/") else dgs_page.get_translation(english).url
    assert f'class="access-links__link" href="{expected}"' in html
