"""Spam protection of the public feedback form: trap field, time stamp, rate limit, field sizes."""

import re
import time

import django_ratelimit.core
import pytest
from django.core import signing
from django.test import override_settings

from security.clients import ratelimit_key
from security.spam import HONEYPOT_FIELD, SIGNING_SALT, STARTED_FIELD

from .conftest import person_data, started, submissions


def post(client, page, data, ip="198.51.100.7"):
    return client.post(page.url, data, REMOTE_ADDR=ip)


def test_the_form_renders_the_trap_and_time_stamp_hidden(client, form_page):
    html = client.get(form_page.url).content.decode()
    assert f'type="hidden" name="{HONEYPOT_FIELD}"' in html
    assert f'type="hidden" name="{STARTED_FIELD}"' in html
    assert f'<label for="id_{HONEYPOT_FIELD}"' not in html


def test_a_person_gets_the_thank_you_page_and_the_submission_is_stored(client, form_page):
    before = submissions(form_page)
    response = post(client, form_page, person_data(form_page))
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    assert submissions(form_page) == before + 1
    stored = form_page.get_submission_class().objects.filter(page=form_page).latest("submit_time").form_data
    assert HONEYPOT_FIELD not in stored and STARTED_FIELD not in stored


def test_a_filled_trap_looks_like_success_but_stores_nothing(client, form_page):
    before = submissions(form_page)
    response = post(client, form_page, person_data(form_page, **{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    assert submissions(form_page) == before


@pytest.mark.parametrize(
    ("seconds_ago", "message"),
    [(0, "Das ging sehr schnell"), (None, "nicht zugeordnet"), (2 * 24 * 3600, "sehr lange geöffnet")],
)
def test_a_form_sent_too_fast_forged_or_stale_comes_back_with_the_input(client, form_page, seconds_ago, message):
    stamp = "MTc5NTY4ODgyMA:forged" if seconds_ago is None else started(seconds_ago=seconds_ago)
    before = submissions(form_page)
    data = person_data(form_page, **{STARTED_FIELD: stamp})
    response = post(client, form_page, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Mehr Abendkurse in Grünau" in html  # nothing typed is lost
    assert submissions(form_page) == before
    # The form carries a fresh, valid time stamp: sent again after a moment, it is accepted.
    fresh = re.search(rf'name="{STARTED_FIELD}" value="([^"]+)"', html).group(1)
    assert time.time() - signing.loads(fresh, salt=SIGNING_SALT) < 5


def test_field_sizes_are_limited(client, form_page):
    before = submissions(form_page)
    message_field = next(f.clean_name for f in form_page.get_form_fields() if f.field_type == "multiline")
    response = post(client, form_page, person_data(form_page, **{message_field: "x" * 6000}))
    assert response.status_code == 200
    assert "höchstens 5000 Zeichen" in response.content.decode() or "at most 5000" in response.content.decode()
    assert submissions(form_page) == before


def test_a_two_megabyte_post_gets_a_clear_400_not_a_500(client, form_page):
    data = person_data(form_page)
    data["x"] = "y" * (2 * 1024 * 1024)
    response = post(client, form_page, data)
    assert response.status_code == 400


class HourLater:
    """``time`` as django-ratelimit sees it, one hour on: the window has passed."""

    @staticmethod
    def time():
        return time.time() + 3600


@override_settings(CAMPUS_FORM_RATE="3/h")
def test_the_rate_limit_trips_at_the_configured_number_per_address_and_resets(client, form_page, monkeypatch):
    before = submissions(form_page)
    for _ in range(3):
        assert post(client, form_page, person_data(form_page), ip="198.51.100.9").status_code == 200
    assert submissions(form_page) == before + 3
    limited = post(client, form_page, person_data(form_page), ip="198.51.100.9")
    assert limited.status_code == 429
    html = limited.content.decode()
    assert "sehr viele Einsendungen" in html and "Mehr Abendkurse in Grünau" in html
    assert submissions(form_page) == before + 3
    # Another address is not affected.
    assert post(client, form_page, person_data(form_page), ip="198.51.100.10").status_code == 200
    # An hour later the same address may send again.
    monkeypatch.setattr(django_ratelimit.core, "time", HourLater)
    assert post(client, form_page, person_data(form_page), ip="198.51.100.9").status_code == 200
    assert submissions(form_page) == before + 5


@override_settings(CAMPUS_TRUSTED_PROXY_COUNT=1)
def test_behind_the_cache_the_address_comes_from_x_forwarded_for(rf):
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.5")
    assert ratelimit_key("g", request) == "203.0.113.5"
    with override_settings(CAMPUS_TRUSTED_PROXY_COUNT=0):
        assert ratelimit_key("g", request) == "127.0.0.1"
