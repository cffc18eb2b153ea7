"""Reading age, Markdown and plain text files, sentences and syllables."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessibility.easyread import check_file
from accessibility.easyread.reading_age import estimated_reading_age
from accessibility.easyread.sentences import sentences
from accessibility.easyread.syllables import syllable_count
from tests.unit.easyread.easyread_helpers import lint, where

FIXTURES = Path(__file__).parent / "fixtures"

HARD_PARAGRAPH = (
    "Professionals should consider whether the arrangements described previously remain "
    "appropriate, particularly where circumstances have changed considerably since the "
    "original determination, because families frequently report considerable uncertainty "
    "regarding entitlement. Practitioners must therefore communicate comprehensively."
)
EASY_PARAGRAPH = (
    "We want to know what you think about school. You do not need to give your name. "
    "You can skip any question. You can stop at any time. "
    "Only the team who run this survey will see your answers. Is that OK?"
)


def test_a_hard_paragraph_needs_a_high_reading_age() -> None:
    findings = [f for f in lint(HARD_PARAGRAPH) if f.rule == "reading-age"]
    assert where(findings) == [("reading-age", 1, 1)]
    assert "reading age of 18 or more years" in findings[0].message
    assert "Aim for 9 or under" in findings[0].message


MIDDLING_PARAGRAPH = (
    "The school council meets every month to talk about problems that pupils have noticed. "
    "Last term they asked for quieter places at lunchtime, and the teachers agreed to open "
    "the library for anyone who wanted somewhere calm to sit."
)


def test_the_reading_age_target_can_change() -> None:
    assert 15 <= estimated_reading_age(MIDDLING_PARAGRAPH) < 16
    flagged = [f for f in lint(MIDDLING_PARAGRAPH) if f.rule == "reading-age"]
    assert "about 16 years" in flagged[0].message
    assert "reading-age" not in {f.rule for f in lint(MIDDLING_PARAGRAPH, reading_age_target=16)}


def test_an_easy_paragraph_has_a_low_reading_age() -> None:
    assert estimated_reading_age(EASY_PARAGRAPH) < 8
    assert lint(EASY_PARAGRAPH) == []


def test_short_texts_are_not_given_a_reading_age() -> None:
    label = "Considerable uncertainty regarding entitlement."
    assert "reading-age" not in {f.rule for f in lint(label)}


def test_reading_age_needs_no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reading age must not download anything")

    monkeypatch.setattr(nltk, "download", no_network)
    assert estimated_reading_age(HARD_PARAGRAPH) > 18


def test_markdown_headings_links_and_emphasis_are_read_as_plain_words() -> None:
    text = (
        "# Our plan for SEND\n"
        "\n"
        "Read **the plan** on [our page](https://example.org/a-very-long-address-indeed).\n"
        "```\n"
        "code is not checked even with three words and EHCP and CAMHS.\n"
        "```\n"
        "- Tell us about one thing.\n"
    )
    findings = lint(text, markdown=True)
    assert where(findings) == [("jargon", 1, 16), ("number-words", 7, 17)]
    assert findings[0].text == "Our plan for SEND"


def test_markdown_bullets_of_every_kind_are_separate_sentences() -> None:
    text = "We will:\n* read every answer\n+ tell you what we found\n- thank you\n"
    findings = lint(text, markdown=True, max_sentence_words=3)
    assert where(findings) == [("sentence-length", 3, 3)]
    assert findings[0].text == "tell you what we found"


def test_a_markdown_file_on_disk_is_checked_with_line_numbers(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("## Help\n\nThe form was sent by the school office.\n", encoding="utf-8")
    assert where(check_file(page)) == [("passive-voice", 3, 10)]


def test_a_file_that_is_not_text_is_reported_not_a_crash(tmp_path: Path) -> None:
    picture = tmp_path / "picture.txt"
    picture.write_bytes(b"\xff\xfe\x00\x89PNG")
    findings = check_file(picture)
    assert [(f.rule, f.severity) for f in findings] == [("file-unreadable", "error")]
    assert "UTF-8" in findings[0].suggestion


def test_the_send_policy_blog_post_fails_with_many_findings() -> None:
    findings = check_file(FIXTURES / "send-policy-blog.md")
    rules = {f.rule for f in findings}
    assert len(findings) >= 50
    assert {"sentence-length", "one-idea", "jargon", "passive-voice", "long-word"} <= rules
    assert {"reading-age", "number-words"} <= rules
    first = findings[0]
    assert (first.rule, first.line, first.text) == (
        "jargon",
        1,
        "What the new SEND reforms mean for families",
    )
    assert sum(f.rule == "sentence-length" for f in findings) >= 8


def test_sentences_end_at_stops_blank_lines_and_list_items_but_not_abbreviations() -> None:
    text = "Bring a coat, e.g. a warm one. Is that OK?\nYes!\n\nA new\nline here\n- an item\n"
    found = [(s.display, s.start) for s in sentences(text)]
    assert found == [
        ("Bring a coat, e.g. a warm one.", 0),
        ("Is that OK?", 31),
        ("Yes!", 43),
        ("A new line here", 49),
        ("an item", 67),
    ]


def test_etc_does_not_end_a_sentence_but_no_does() -> None:
    found = [
        s.display for s in sentences("Bring pens, paper etc. to class. Say yes or no. Thanks.")
    ]
    assert found == ["Bring pens, paper etc. to class.", "Say yes or no.", "Thanks."]


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("school", 1),
        ("people", 2),
        ("answers", 2),
        ("wanted", 2),
        ("little", 2),
        ("together", 3),
        ("families", 3),
        ("everything", 3),
        ("specialist", 3),
        ("behaviour", 3),
        ("completely", 3),
        ("requirement", 3),
        ("safeguarding", 3),
        ("information", 4),
        ("education", 4),
        ("activities", 4),
        ("experience", 4),
        ("statutory", 4),
        ("communication", 5),
        ("disability", 5),
        ("accessibility", 6),
        ("yesterday", 3),
        ("young", 1),
    ],
)
def test_syllables_are_counted_well_enough_for_the_long_word_rule(word: str, count: int) -> None:
    assert syllable_count(word) == count
