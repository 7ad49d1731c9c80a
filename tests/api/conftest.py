from tests.browser.conftest import live_url  # noqa: F401 - the session's live server over the demo content
