"""Survey text that could harm the kiosk screen, or show nothing, is refused with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveys.card import SurveyCard
from surveys.errors import SurveyError
from surveys.loader import load_survey_file, parse_survey

BROKEN = Path(__file__).parent / "broken"
VALID = (BROKEN / "_valid.yaml").read_text(encoding="utf-8")
SCREEN = "that could change what the kiosk screen shows. Take"


def problems(source: str) -> list[tuple[int | None, int | None, str]]:
    with pytest.raises(SurveyError) as caught:
        parse_survey(source, name="s.yaml")
    return [(p.line, p.column, p.message) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("name", "line", "column", "message"),
    [
        (
            "control_escape.yaml",
            3,
            8,
            "this text holds control characters, U+001B (escape) and U+0007 (bell), "
            f"{SCREEN} them out.",
        ),
        (
            "control_tab.yaml",
            17,
            11,
            f"this text holds a control character, U+0009 (tab), {SCREEN} it out.",
        ),
        (
            "control_raw.yaml",
            7,
            18,
            "there is a control character, U+001B (escape), here. Take it out: "
            "a survey file can only hold printable characters and line breaks.",
        ),
    ],
)
def test_control_characters_are_refused_with_file_and_line(
    name: str, line: int, column: int, message: str
) -> None:
    path = BROKEN / name
    with pytest.raises(SurveyError) as caught:
        load_survey_file(path)
    assert [(p.file, p.line, p.column, p.message) for p in caught.value.problems] == [
        (str(path), line, column, message)
    ]


def test_a_control_character_in_a_translation_is_refused_with_its_line() -> None:
    source = VALID.replace("version: 1", "version: 1\nlanguages: [cy]")
    source = source.replace("text: A friend", 'text: {en: A friend, cy: "Ffrind\\x9b2J"}')
    found = problems(source)
    message = "this text holds a control character, U+009B (control sequence introducer), "
    assert (24, 34, f"{message}{SCREEN} it out.") in found


def test_half_a_character_written_as_an_escape_is_refused_with_its_line() -> None:
    """A lone surrogate cannot be written to a terminal: the kiosk screen would stop on it."""
    source = VALID.replace("text: A friend", 'text: "A friend \\ud83d"')
    assert "\\ud83d" in source
    message = (
        "this text holds U+D83D, half of a character, which no screen can show. "
        "Write the whole character (or the emoji itself), or take it out."
    )
    assert [m for _, _, m in problems(source)] == [message]


def test_line_breaks_in_a_text_are_still_welcome() -> None:
    survey = parse_survey(VALID.replace("consent: Is that OK?", 'consent: "Is that\\nOK?"'))
    assert survey.consent == "Is that\nOK?"


def test_a_remembered_card_with_a_control_character_is_not_used() -> None:
    card = {"title": "Hi\x1b]0;owned\x07", "intro": "", "symbol": None, "languages": ["en"]}
    assert SurveyCard.from_json(card) is None
    assert SurveyCard.from_json({**card, "title": "Hi"}) == SurveyCard("Hi", "", None, ("en",))
    assert SurveyCard.from_json({**card, "symbol": "\x9b"}) is None
    assert SurveyCard.from_json({**card, "title": "Hi", "picture": "a\x1b[2J.png"}) is None
    assert SurveyCard.from_json({**card, "title": "Hi \ud83d"}) is None  # half a character


BLANK = (
    "this text is empty, or only spaces and invisible characters (such as a zero-width "
    "space). Write the words that should show here."
)


def test_a_consent_of_invisible_characters_is_refused_with_file_and_line() -> None:
    path = BROKEN / "blank_consent.yaml"
    with pytest.raises(SurveyError) as caught:
        load_survey_file(path)
    assert [(p.file, p.line, p.column, p.message) for p in caught.value.problems] == [
        (str(path), 7, 10, BLANK)
    ]


@pytest.mark.parametrize(
    ("old", "new", "line", "column"),
    [
        ("title: A tiny survey", 'title: ""', 3, 8),
        ("help: Ask a member of staff.", 'help: "   "', 8, 7),
        ("next_steps: We will read every answer.", 'next_steps: "\\n \\n"', 9, 13),
        ("text: I am a young person", 'text: "\\u2060"', 6, 11),
        ("text: Do you like school?", 'text: "\\ufeff\\u200d"', 13, 11),
        ("text: A teacher", 'text: "\\u3164"', 21, 15),
    ],
    ids=["title", "help", "next_steps", "audience", "question", "option"],
)
def test_blank_texts_are_refused_with_their_line(
    old: str, new: str, line: int, column: int
) -> None:
    found = [
        (p_line, p_column, message)
        for p_line, p_column, message in problems(VALID.replace(old, new))
    ]
    assert (line, column, BLANK) in found


def test_a_blank_translation_is_refused_with_its_line() -> None:
    source = VALID.replace("version: 1", "version: 1\nlanguages: [cy]")
    for field, words in [
        ("title", "A tiny survey"),
        ("consent", "Is that OK?"),
        ("help", "Ask a member of staff."),
        ("next_steps", "We will read every answer."),
    ]:
        source = source.replace(f"{field}: {words}", f"{field}: {{en: {words}, cy: {words}}}")
    for words in [
        "I am a young person",
        "Do you like school?",
        "Who helps you?",
        "A teacher",
        "A friend",
    ]:
        source = source.replace(f"text: {words}", f"text: {{en: {words}, cy: {words}}}")
    source = source.replace("cy: A friend}", 'cy: "\\u200b"}')
    assert problems(source) == [(24, 34, BLANK)]
