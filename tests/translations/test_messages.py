"""Every interface string has an English translation: no untranslated or fuzzy entry in the catalogue.

The check is the lint script's (``scripts/check_messages.py``), which also
checks that the catalogue is current; this test needs no ``makemessages`` run.
"""

import importlib.util

from django.conf import settings

CATALOGUE = settings.BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"


def load_check_messages():
    spec = importlib.util.spec_from_file_location(
        "check_messages", settings.BASE_DIR / "scripts" / "check_messages.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue_problems(text):
    return load_check_messages().incomplete_entries(text)


def test_english_catalogue_is_complete():
    assert catalogue_problems(CATALOGUE.read_text(encoding="utf-8")) == []


def test_check_finds_untranslated_and_fuzzy_entries():
    sample = (
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
        'msgid "Suchen"\nmsgstr "Search"\n\n'
        'msgid "Neu"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Alt"\nmsgstr "Old"\n\n'
        'msgid "Ein Angebot"\nmsgid_plural "%(n)s Angebote"\nmsgstr[0] "One offer"\nmsgstr[1] ""\n'
    )
    assert catalogue_problems(sample) == [
        "untranslated: 'Neu'",
        "fuzzy: 'Alt'",
        "untranslated: 'Ein Angebot'",
    ]
