#!/usr/bin/env python
"""Fill empty entries of a PO catalogue from a Python dict file (``EN`` or ``LS = {msgid: msgstr}``).

Used when new source strings arrive: `python scripts/fill_catalogue.py locale/en/LC_MESSAGES/django.po FILE`.
A third argument names another dict of the file, e.g. ``DE_OVERRIDES`` (German wordings for
Wagtail's own messages, folded into locale/de); the empty entries are then not listed as missing.
Plural entries take a (singular, plural) tuple. Run `make messages` afterwards to normalise the file.
"""

import re
import runpy
import sys
from pathlib import Path


def po_escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def main(po_path, dict_path, name=None):
    values = runpy.run_path(dict_path)
    # English pending files hold ``EN``; the Leichte-Sprache one (locale/pending/leichte_sprache.py) ``LS``.
    name = name or ("EN" if "EN" in values else "LS")
    translations = values[name]
    blocks = Path(po_path).read_text(encoding="utf-8").split("\n\n")
    missing = []
    for i, block in enumerate(blocks):
        lines = block.splitlines()
        msgid, current = None, None
        for line in lines:
            if line.startswith("msgid "):
                msgid, current = line[7:-1], "id"
            elif line.startswith(("msgid_plural", "msgstr")):
                current = None
            elif line.startswith('"') and current == "id":
                msgid += line[1:-1]
        if not msgid:
            continue
        key = msgid.encode().decode("unicode_escape").encode("latin-1").decode("utf-8").replace('\\"', '"')
        if key not in translations:
            if re.search(r'^msgstr(\[0\])? ""$', block, re.M) and not re.search(
                r'^"', block.split("msgstr", 1)[1], re.M
            ):
                missing.append(key)
            continue
        value = translations[key]
        # Replace the whole msgstr (it may be a fuzzy guess spanning several lines).
        if isinstance(value, tuple):
            for number, text in enumerate(value):
                line = f'msgstr[{number}] "{po_escape(text)}"'
                pattern = rf'^msgstr\[{number}\] ".*"(\n".*")*'
                block = re.sub(pattern, lambda _match, text=line: text, block, count=1, flags=re.M)
        else:
            line = f'msgstr "{po_escape(value)}"'
            block = re.sub(r'^msgstr ".*"(\n".*")*', lambda _match, text=line: text, block, count=1, flags=re.M)
        block = re.sub(r"^#, fuzzy\n", "", block, flags=re.M)
        block = re.sub(r"^#, fuzzy, ", "#, ", block, flags=re.M)
        block = re.sub(r"^#\|.*\n", "", block, flags=re.M)
        blocks[i] = block
    Path(po_path).write_text("\n\n".join(blocks), encoding="utf-8")
    for key in missing if name == "EN" else []:
        print("missing:", key)


if __name__ == "__main__":
    main(*sys.argv[1:])
