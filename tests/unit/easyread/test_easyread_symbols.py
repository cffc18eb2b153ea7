"""Symbols terminals draw at different widths: found with their line, and a steady one offered."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from accessibility.easyread import check_file, check_survey_source
from accessibility.easyread.settings import LintSettings
from accessibility.symbol_width import (
    steady_symbol,
    steady_text,
    symbol_cells,
    symbol_problem,
    symbols_in,
)
from surveys.catalog import builtin_ids

SURVEY = """\
id: symbols
version: 1
title: Our club
symbol: 🇬🇧
language: en
audiences:
  - id: young_person
    text: I am a young person
    symbol: 🧒
consent: Is that OK?
help: Please talk to a member of staff.
next_steps: We will read every answer.
questions:
  - id: best
    type: single_choice
    text: Who helps you? 🧑‍🤝‍🧑
    speak: Who helps you? 🧑‍🤝‍🧑
    symbol: 🧑‍🏫
    options:
      - id: friend
        text: A friend
        symbol: 👍🏽
      - id: writing
        text: Writing
        symbol: ✏️
      - id: games
        text: Games
        symbol: 🎲
"""


def test_each_unsteady_symbol_is_found_on_its_line_with_a_steady_one_suggested() -> None:
    findings = [
        f
        for f in check_survey_source(SURVEY, "symbols.yaml", LintSettings())
        if f.rule == "symbol-width"
    ]
    assert [(f.line, f.column, f.text) for f in findings] == [
        (4, 9, "🇬🇧"),
        (16, 26, "🧑‍🤝‍🧑"),
        (18, 13, "🧑‍🏫"),
        (22, 17, "👍🏽"),
        (25, 17, "✏️"),
    ]
    assert [f.severity for f in findings] == ["warning"] * 5
    assert "a flag" in findings[0].message
    assert "joined" in findings[1].message
    assert "joined" in findings[2].message
    assert "skin tone" in findings[3].message
    assert "such as 👫," in findings[1].suggestion
    assert "such as 🧑," in findings[2].suggestion
    assert "such as 📝," in findings[4].suggestion


def test_symbols_inside_words_are_found_one_picture_at_a_time() -> None:
    text = "Flags 🇬🇧🇫🇷, key 1️⃣, stars ⭐⭐, us 🧑‍🤝‍🧑, thumbs 👍🏽, café"
    assert [symbol for _, symbol in symbols_in(text)] == [
        "🇬🇧", "🇫🇷", "1️⃣", "⭐", "⭐", "🧑‍🤝‍🧑", "👍🏽"
    ]  # fmt: skip
    assert steady_text(text) == "Flags 🚩🚩, key 1, stars ⭐⭐, us 👫, thumbs 👍, café"
    assert steady_text("No symbols here.") == "No symbols here."


def test_a_joined_emoji_in_a_plain_text_file_is_found_on_its_line(tmp_path: Path) -> None:
    page = tmp_path / "summary.txt"
    page.write_text("We went to the park.\nOur teacher 🧑‍🏫 came too.\n", encoding="utf-8")
    findings = [f for f in check_file(page) if f.rule == "symbol-width"]
    assert [(f.line, f.column, f.text) for f in findings] == [(2, 13, "🧑‍🏫")]


def test_steady_symbols_have_one_character_and_one_width() -> None:
    assert steady_symbol("🧑‍🤝‍🧑") == "👫"
    assert steady_symbol("👍🏽") == "👍"
    assert steady_symbol("🙂") == "🙂"
    assert symbol_problem("⭐⭐⭐") is None
    assert (symbol_cells("🙂"), symbol_cells("▶"), symbol_cells("⭐⭐")) == (2, 1, 4)


def test_the_built_in_surveys_use_only_steady_symbols() -> None:
    for survey_id in builtin_ids():
        findings = check_survey_source(
            load_builtin_source(survey_id), f"{survey_id}.yaml", LintSettings()
        )
        assert [f.text for f in findings if f.rule == "symbol-width"] == [], survey_id


def load_builtin_source(survey_id: str) -> str:
    """The YAML text of a built-in survey."""
    return (resources.files("surveys") / "builtin" / f"{survey_id}.yaml").read_text("utf-8")
