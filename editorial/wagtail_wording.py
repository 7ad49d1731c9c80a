"""Wagtail's own English messages whose German wording the site replaces (in locale/de).

Wagtail's German catalogue says the page could not be saved "wegen Prüfungsfehlern", which editors
read as a failed review. Django looks messages up in ``LOCALE_PATHS`` before the apps' catalogues,
so an entry for Wagtail's msgid in our ``locale/de`` wins. ``makemessages --no-obsolete`` keeps only
msgids found in our own source: they are named here so that they stay in the catalogue. The German
texts are in ``locale/pending/work.py`` (``DE_OVERRIDES``).
"""

from django.utils.translation import gettext_noop

WAGTAIL_MESSAGES = [
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("The page could not be created due to validation errors."),
]
