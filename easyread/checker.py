"""A writing aid for Leichte Sprache: where a text breaks the common rules.

The rules are those of the Netzwerk Leichte Sprache and the BITV 2.0 guidance
that editors work with: short sentences, short or divided words, no
abbreviations, numbers as digits, no negations, active voice, no subjunctive.
It gives advice, never blocks: a rule may have good exceptions, and only a
person (ideally a reader from the target group) decides.

Written here because no maintained package checks German Leichte Sprache
(the readability packages on PyPI score English-style formulas, which say
nothing about these rules). The checks are deliberately simple, transparent
patterns: an editor can see at once why a line was flagged.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

MAX_SENTENCE_WORDS = 15
MAX_WORD_LETTERS = 20

RULES = {
    "long_sentence": _("Satz mit mehr als %(max)s Wörtern: teilen Sie ihn in kurze Sätze.")
    % {"max": MAX_SENTENCE_WORDS},
    "long_word": _("Langes Wort: trennen Sie es mit Binde·strich oder Medio·punkt."),
    "abbreviation": _("Abkürzung: schreiben Sie das Wort aus oder erklären Sie es."),
    "number_word": _("Zahl als Wort: schreiben Sie Zahlen als Ziffern."),
    "roman_numeral": _("Römische Zahl: schreiben Sie arabische Ziffern."),
    "percent": _("Prozent-Angabe: sagen Sie es einfacher, zum Beispiel „viele“ oder „die Hälfte“."),
    "negation": _("Verneinung: sagen Sie es positiv, wenn es geht."),
    "passive": _("Passiv: sagen Sie, wer etwas macht."),
    "subjunctive": _("Möglichkeits-Form (Konjunktiv): schreiben Sie klar und direkt."),
}

WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9·\-]+")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")
ABBREVIATIONS = re.compile(
    r"(?<!\w)(?:z\.\s?B\.|d\.\s?h\.|u\.\s?a\.|o\.\s?ä\.|u\.\s?U\.|i\.\s?d\.\s?R\.|bzw\.|usw\.|etc\.|ca\.|ggf\.|evtl\.|inkl\.|zzgl\.|vgl\.|sog\.|Nr\.|Tel\.|Str\.|bspw\.)",
)
ABBREVIATION_AT_END = re.compile(ABBREVIATIONS.pattern + r"$|(?<!\w)[a-zäöü]{1,2}\.$")
# Initialisms such as "KI" or "DSGVO": two to six capitals, optionally with a plural "s".
ACRONYM = re.compile(r"(?<![\w·-])[A-ZÄÖÜ]{2,6}s?(?![\w·])")
NUMBER_WORDS = {
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "million", "millionen",
    "milliarde", "milliarden", "dutzend",
}  # fmt: skip
ROMAN = re.compile(r"(?<![\w.])(?=[IVXLCDM]{2,}\b)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?!\w)")
NEGATIONS = {
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
    "niemand", "niemanden", "nirgends", "weder", "ohne",
}  # fmt: skip
WERDEN = {"werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet", "worden"}
PARTICIPLE = re.compile(r"^(?:ge\w{2,}(?:t|en)|\w{3,}iert|\w+ge\w{2,}(?:t|en))$", re.IGNORECASE)
SUBJUNCTIVE = {
    "würde", "würdest", "würden", "würdet", "wäre", "wärest", "wären", "wäret", "hätte", "hättest",
    "hätten", "hättet", "könnte", "könntest", "könnten", "müsste", "müssten", "sollte", "sollten",
    "dürfte", "dürften", "bräuchte", "bräuchten", "ginge", "käme", "kämen",
}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """One piece of advice: which rule, the words concerned and the sentence they stand in."""

    rule: str
    excerpt: str
    sentence: str

    @property
    def message(self):
        return RULES[self.rule]


def sentences(text):
    """The sentences (or lines) of a text; HTML is reduced to its text first.

    A full stop after an abbreviation ("z. B.") does not end the sentence.
    """
    plain = strip_tags(re.sub(r"</(p|li|h\d)>|<br\s*/?>", "\n", text or ""))
    result = []
    for part in SENTENCE_END.split(plain):
        part = part.strip()
        if not part:
            continue
        if result and ABBREVIATION_AT_END.search(result[-1]):
            result[-1] = f"{result[-1]} {part}"
        else:
            result.append(part)
    return result


def check_sentence(sentence):
    words = WORD.findall(sentence)
    lower = [word.lower() for word in words]
    findings = []

    def add(rule, excerpt):
        findings.append(Finding(rule, excerpt, sentence))

    if len(words) > MAX_SENTENCE_WORDS:
        add("long_sentence", f"{len(words)}")
    for word in words:
        letters = re.sub(r"[^A-Za-zÄÖÜäöüß]", "", word)
        if len(letters) > MAX_WORD_LETTERS and "·" not in word and "-" not in word:
            add("long_word", word)
    for match in ABBREVIATIONS.finditer(sentence):
        add("abbreviation", match.group(0))
    for match in ACRONYM.finditer(sentence):
        if not ROMAN.fullmatch(match.group(0)):
            add("abbreviation", match.group(0))
    for word, low in zip(words, lower, strict=True):
        if low in NUMBER_WORDS or re.fullmatch(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und\w+zig", low):
            add("number_word", word)
    for match in ROMAN.finditer(sentence):
        if match.group(0):
            add("roman_numeral", match.group(0))
    if "%" in sentence or "prozent" in lower:
        add("percent", "%")
    for word, low in zip(words, lower, strict=True):
        if low in NEGATIONS:
            add("negation", word)
    if any(low in WERDEN for low in lower) and any(PARTICIPLE.match(word) for word in words[1:]):
        participle = next(word for word in words[1:] if PARTICIPLE.match(word))
        add("passive", participle)
    for word, low in zip(words, lower, strict=True):
        if low in SUBJUNCTIVE:
            add("subjunctive", word)
    return findings


def check(text):
    """All findings of ``text`` (plain text or HTML), in reading order."""
    return [finding for sentence in sentences(text) for finding in check_sentence(sentence)]
