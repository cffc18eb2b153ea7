"""Exact findings for the sentence rules: length, one idea, passive voice, long words, numbers."""

from __future__ import annotations

import pytest

from tests.unit.easyread.easyread_helpers import lint, where


def test_a_sentence_of_17_words_is_too_long() -> None:
    findings = lint("We went to the big park near my house on a sunny day with my little dog.")
    assert where(findings) == [("sentence-length", 1, 1)]
    assert "17 words" in findings[0].message
    assert "15 or fewer" in findings[0].message
    assert "splitting" in findings[0].suggestion


def test_a_sentence_of_15_words_passes() -> None:
    assert lint("We went to the big park near my house on a sunny day with Sam.") == []


def test_the_word_limit_can_change() -> None:
    text = "We went to the big park near my house on a sunny day with Sam."
    assert where(lint(text, max_sentence_words=10)) == [("sentence-length", 1, 1)]


def test_each_sentence_is_counted_on_its_own_line() -> None:
    text = "I like school.\nThen we all went to the big park near my house on a sunny day with Sam and Ali.\n"
    findings = lint(text)
    assert where(findings) == [("sentence-length", 2, 1)]
    assert "19 words" in findings[0].message


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("I like art and music but not sport.", "'and', 'but'"),
        ("I like art, music and sport.", "'and' and commas"),
        ("You can stop, or you can go on.", "'or' and commas"),
    ],
)
def test_sentences_that_chain_ideas_are_flagged(text: str, joins: str) -> None:
    findings = lint(text)
    assert where(findings) == [("one-idea", 1, 1)]
    assert joins in findings[0].message


@pytest.mark.parametrize(
    "text", ["I like art and music.", "Yes, I like it.", "Help to talk and listen."]
)
def test_one_joining_word_or_a_comma_alone_is_one_idea(text: str) -> None:
    assert lint(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "column"),
    [
        ("Your answers are kept safe.", "'are kept'", 14),
        ("The form was not sent.", "'was not sent'", 10),
        ("The plan is being checked.", "'is being checked'", 10),
        ("We think it will be decided soon.", "'be decided'", 18),
    ],
)
def test_passive_voice_is_flagged_at_the_verb(text: str, phrase: str, column: int) -> None:
    findings = lint(text)
    assert where(findings) == [("passive-voice", 1, column)]
    assert phrase in findings[0].message
    assert "who does it" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "I am worried about school.",
        "We are waiting for you.",
        "Is that OK?",
        "We will read your answers.",
        "The bed is red.",
        "They are scared of the dark.",
    ],
)
def test_active_sentences_and_feelings_are_not_passive(text: str) -> None:
    assert lint(text) == []


def test_long_words_are_flagged_with_a_plainer_word_when_known() -> None:
    findings = lint("Tell us about communication at school.")
    assert where(findings) == [("long-word", 1, 15)]
    assert "'communication'" in findings[0].message
    assert "5 syllables" in findings[0].message
    assert "talking" in findings[0].suggestion


def test_long_words_without_a_known_plainer_word_get_general_advice() -> None:
    findings = lint("It was unbelievable.")
    assert where(findings) == [("long-word", 1, 8)]
    assert findings[0].suggestion == "Try a shorter, everyday word."


@pytest.mark.parametrize(
    "text",
    [
        "We would like some information about activities.",  # common long words
        "We are usually interested in your ideas.",
        "We met in Leicestershire today.",  # a name
        "Tell us about your family and your teacher.",  # 3 syllables
    ],
)
def test_everyday_words_and_names_are_not_long(text: str) -> None:
    assert lint(text) == []


def test_long_word_limit_can_change() -> None:
    assert where(lint("Tell us about your family.", long_word_syllables=3)) == [
        ("long-word", 1, 20)
    ]


def test_numbers_written_as_words_are_flagged_with_digits() -> None:
    findings = lint("I have three brothers and twenty-one cousins.")
    assert where(findings) == [("number-words", 1, 8), ("number-words", 1, 27)]
    assert findings[0].suggestion == "Write '3' instead of 'three'."
    assert findings[1].suggestion == "Write '21' instead of 'twenty-one'."


def test_one_as_a_number_is_flagged() -> None:
    findings = lint("Tell us one thing you like.")
    assert where(findings) == [("number-words", 1, 9)]
    assert "'1'" in findings[0].suggestion


@pytest.mark.parametrize(
    "text",
    [
        "No one came.",
        "Which one do you like?",
        "I want one of them.",
        "We are waiting for one.",
        "One day we went out.",
        "I have 3 cats.",
    ],
)
def test_one_that_is_not_a_number_and_digits_pass(text: str) -> None:
    assert lint(text) == []
