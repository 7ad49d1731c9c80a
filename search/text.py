"""Turning what visitors type into words, synonyms and highlights.

Pure Python, no database: the same rules serve PostgreSQL, SQLite and the
highlighting of results.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe

#: Longer queries are cut here; nobody types more, and it bounds the work per request.
MAX_QUERY_LENGTH = 200
#: Only the first words of a query take part in matching.
MAX_WORDS = 10

_WORD = re.compile(r"\w+", re.UNICODE)

# Endings stripped for the SQLite fallback and for highlighting. PostgreSQL uses
# its Snowball stemmers instead; these only need to be good enough for a
# substring match ("kurse" → "kurs" matches "Kurs", "Kursen", "Kurse").
_ENDINGS = {
    "de": ("innen", "ern", "en", "er", "es", "em", "e", "n", "s"),
    "en": ("ing", "ies", "es", "ed", "s"),
}
MIN_STEM = 4


def clean_query(raw):
    """The query as it is shown and logged: printable, single-spaced, at most MAX_QUERY_LENGTH characters."""
    raw = (raw or "")[: MAX_QUERY_LENGTH * 4]
    printable = "".join(
        char if unicodedata.category(char)[0] not in ("C", "Z") else " " for char in raw if char != "\x00"
    )
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def words(text, limit=MAX_WORDS * 2):
    """Lower-cased words of ``text``; operators, quotes and punctuation are dropped."""
    found = [word for word in _WORD.findall(text.lower()) if word.strip("_")]
    return found[:limit] if limit else found


def crude_stem(word, language):
    for ending in _ENDINGS.get(language[:2], ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


# Letters after which the German Snowball stemmer drops a final -s.
_GERMAN_S_ENDING = set("bdfghklmnrt")


def query_variants(word, language):
    """Forms of ``word`` to look up besides itself, where the Snowball stemmer is inconsistent.

    The German stemmer turns „Kurs“ into ``kur`` but „Kurse“ into ``kurs``, and
    keeps „Workshops“ as ``workshops``; asking for a few inflected forms at once
    makes singular and plural find each other.
    """
    variants = [word]
    if language.startswith("de") and len(word) >= 4:
        if word.endswith("s"):
            variants.append(word[:-1])
            if word[-2] in _GERMAN_S_ENDING:
                variants.append(word + "e")
        for ending in ("en", "es", "e", "n"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                variants.append(word[: -len(ending)])
                break
    return list(dict.fromkeys(variants))


@dataclass(frozen=True)
class Concept:
    """One thing the visitor asked for: alternatives (synonyms), each a list of words."""

    alternatives: tuple

    @property
    def all_words(self):
        return [word for alternative in self.alternatives for word in alternative]


def concepts(query, synonym_groups=()):
    """Split ``query`` into concepts, replacing a known synonym by all its alternatives.

    ``synonym_groups`` is a list of groups, each a list of phrases
    (e.g. ``[["ki", "künstliche intelligenz"]]``). The longest phrase wins.
    """
    tokens = words(query)[:MAX_WORDS]
    phrases = []
    for group in synonym_groups:
        alternatives = tuple(tuple(words(phrase)) for phrase in group if words(phrase))
        phrases.extend((alternative, alternatives) for alternative in alternatives)
    phrases.sort(key=lambda item: -len(item[0]))
    result, position = [], 0
    while position < len(tokens):
        for phrase, alternatives in phrases:
            if tuple(tokens[position : position + len(phrase)]) == phrase:
                result.append(Concept(alternatives))
                position += len(phrase)
                break
        else:
            result.append(Concept(((tokens[position],),)))
            position += 1
    return result


def highlight_pattern(query_concepts, language):
    stems = sorted(
        {crude_stem(word, language) for concept in query_concepts for word in concept.all_words if len(word) > 1},
        key=len,
        reverse=True,
    )
    if not stems:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.IGNORECASE)


def highlight(text, pattern):
    """``text`` escaped, with every match of ``pattern`` wrapped in ``<mark>``."""
    if not pattern:
        return escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f'<mark class="search-hit">{escape(match.group(0))}</mark>')
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def excerpt(summary, body, pattern, length=240):
    """A short text for the result: the summary if it matches, else the passage of the body that does."""
    summary = summary or ""
    if pattern and not pattern.search(summary) and body:
        match = pattern.search(body)
        if match:
            start = max(0, match.start() - length // 3)
            start = body.rfind(" ", 0, start) + 1 if start else 0
            passage = body[start : start + length]
            cut = passage.rfind(" ") if len(body) > start + length else len(passage)
            passage = passage[: cut if cut > 0 else len(passage)]
            text = ("… " if start else "") + passage + (" …" if start + len(passage) < len(body) else "")
            return highlight(text, pattern)
    if len(summary) > length:
        summary = summary[: summary.rfind(" ", 0, length)] + " …"
    return highlight(summary, pattern)
