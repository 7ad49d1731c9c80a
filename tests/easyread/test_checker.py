"""The Leichte-Sprache writing aid flags each rule on sample texts and stays quiet on a good text."""

import pytest

from easyread.checker import check, sentences

CORRECT_TEXT = """
<p>Der Digital·campus ist in Leipzig.</p>
<p>Dort können Sie viel lernen.</p>
<p>Zum Beispiel: Wie Sie ein Smart·phone benutzen.</p>
<p>Die Kurse sind am Montag und am Mittwoch.</p>
<p>Ein Kurs dauert 2 Stunden.</p>
<p>Der Kurs kostet 5 Euro.</p>
<p>Sie melden sich im Stadt·teil·laden an.</p>
"""

SAMPLES = [
    (
        "long_sentence",
        "Wer sich für den Kurs interessiert, kann sich bis zum Freitag in der nächsten Woche "
        "bei uns im Büro am Markt anmelden.",
    ),
    ("long_word", "Sie bekommen eine Teilnahmebescheinigungsvorlage."),
    ("abbreviation", "Bringen Sie z. B. Ihr Handy mit."),
    ("abbreviation", "Im Kurs geht es um die DSGVO."),
    ("number_word", "Der Kurs hat drei Termine."),
    ("roman_numeral", "Das ist Teil III vom Kurs."),
    ("percent", "Der Kurs ist zu 50 % online."),
    ("negation", "Der Kurs kostet nichts."),
    ("passive", "Der Kurs wird von der Volks·hoch·schule angeboten."),
    ("subjunctive", "Wir würden uns über Ihren Besuch freuen."),
]


def rules(text):
    return {finding.rule for finding in check(text)}


def test_a_good_text_gets_no_advice():
    assert check(CORRECT_TEXT) == []


@pytest.mark.parametrize(("rule", "text"), SAMPLES, ids=[f"{rule}-{i}" for i, (rule, _text) in enumerate(SAMPLES)])
def test_each_rule_is_flagged(rule, text):
    assert rule in rules(text)


def test_words_divided_by_mediopunkt_or_hyphen_are_fine():
    assert "long_word" not in rules("Die Teilnahme·bescheinigungs·vorlage und die Teilnahme-Bescheinigungs-Vorlage.")


def test_fifteen_words_are_fine_sixteen_are_not():
    fifteen = " ".join(["Wort"] * 14) + " Ende."
    assert "long_sentence" not in rules(fifteen)
    assert "long_sentence" in rules("Wort " + fifteen)


def test_abbreviations_do_not_end_sentences_and_findings_name_their_sentence():
    assert sentences("Bringen Sie z. B. Ihr Handy mit. Das ist gut.") == [
        "Bringen Sie z. B. Ihr Handy mit.",
        "Das ist gut.",
    ]
    (finding,) = check("Das ist gut. Das kostet nichts.")
    assert finding.sentence == "Das kostet nichts."
    assert finding.excerpt == "nichts"
    assert str(finding.message)
