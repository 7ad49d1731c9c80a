"""Every channel answers on the demo site."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/de/angebote/calendar.ics",
        "/en/offers/calendar.ics",
        "/de/wirtschaft/calendar.ics",
        "/de/angebote/feed/",
        "/de/angebote/feed/rss/",
        "/de/aktuelles/feed/",
        "/en/news/feed/",
        "/de/wirtschaft/feed/",
        "/opendata/offers.csv",
        "/opendata/offers.json",
        "/opendata/catalog.jsonld",
        "/robots.txt",
        "/api/v2/pages/",
        "/api/v2/offers/?locale=de",
        "/api/v2/offers/?locale=en&format=workshop&free=1",
        "/api/v2/providers/",
        "/api/v2/arenas/",
        "/api/v2/news/",
        "/api/v2/openapi.json",
        "/de/",
        "/en/",
        "/de/angebote/",
        "/de/aktuelles/",
    ],
)
def test_answers(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:500])
