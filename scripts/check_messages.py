#!/usr/bin/env python
"""Fail when the message catalogues are stale or incomplete.

Stale: `makemessages` would change them (a source string was added or changed).
Incomplete: an English entry is untranslated or fuzzy. The Leichte-Sprache catalogue
(locale/de_LS) is checked for staleness and fuzzy entries only: an entry left empty there is
meant to fall back to German (gettext tries de_LS, then de).
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
EASYREAD_CATALOGUE = ROOT / "locale" / "de_LS" / "LC_MESSAGES" / "django.po"


def entries(text):
    """Yield (msgid, msgstr or plural forms, flags) per entry of a PO file."""
    for block in text.split("\n\n"):
        lines = block.strip().splitlines()
        flags = " ".join(line for line in lines if line.startswith("#,"))
        fields, current = {}, None
        for line in lines:
            match = re.match(r"^(msgid|msgid_plural|msgstr(?:\[\d\])?) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)[1:-1]
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if "msgid" in fields and fields["msgid"]:
            yield fields, flags


def incomplete_entries(text):
    """The fuzzy and untranslated entries of a PO file's text, one line each."""
    problems = []
    for fields, flags in entries(text):
        translations = [value for key, value in fields.items() if key.startswith("msgstr")]
        if "fuzzy" in flags:
            problems.append(f"fuzzy: {fields['msgid']!r}")
        elif not translations or not all(translations):
            problems.append(f"untranslated: {fields['msgid']!r}")
    return problems


def main():
    problems = []
    before = {p: p.read_bytes() for p in ROOT.glob("locale/*/LC_MESSAGES/django.po")}
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "de",
            "-l",
            "en",
            "-l",
            "de_LS",
            "--no-obsolete",
            "--no-location",
            "--ignore",
            ".venv/*",
            "--ignore",
            "test-artifacts/*",
            "-v0",
        ],
        cwd=ROOT,
        check=True,
    )
    # The header's creation date changes on every run; compare the rest.
    strip_date = lambda data: re.sub(rb'"POT-Creation-Date: [^"]*"', b"", data)  # noqa: E731
    for path, content in before.items():
        if strip_date(path.read_bytes()) != strip_date(content):
            problems.append(f"{path.relative_to(ROOT)} is stale: run `make messages` and translate the new strings")
        path.write_bytes(content)
    problems += incomplete_entries(CATALOGUE.read_text(encoding="utf-8"))
    problems += [
        f"de_LS {problem}"
        for problem in incomplete_entries(EASYREAD_CATALOGUE.read_text(encoding="utf-8"))
        if problem.startswith("fuzzy")
    ]
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("Message catalogues complete and current.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
