"""Acronyms and SEND jargon: found, explained, extended, and the list itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessibility.easyread import EasyReadError, LintSettings, builtin_jargon, load_jargon
from accessibility.easyread.checker import check_text
from tests.unit.easyread.easyread_helpers import lint, where


def test_the_builtin_list_has_the_common_send_terms_each_with_plain_words() -> None:
    entries = builtin_jargon().entries
    terms = {entry.term for entry in entries}
    assert len(entries) >= 30
    wanted = {"EHCP", "SENCO", "SENDCo", "LA", "CAMHS", "EP", "annual review", "provision"}
    assert wanted | {"co-production", "statutory"} <= terms
    assert all(entry.plain for entry in entries)


def test_an_unexplained_acronym_is_flagged_where_it_is() -> None:
    findings = lint("Does your child have an EHCP?")
    assert where(findings) == [("jargon", 1, 25)]
    assert "'EHCP' is an acronym" in findings[0].message
    assert "a plan that says what help you get" in findings[0].suggestion


def test_jargon_phrases_are_found_in_any_case_and_plural() -> None:
    findings = lint("Annual reviews happen in May.")
    assert where(findings) == [("jargon", 1, 1)]
    assert "'Annual reviews' is jargon" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Does your child have an EHCP (a plan for their support)?",
        "An Education, Health and Care Plan (EHCP) says what help you get.",
        "The plan is called an EHCP. An Education Health and Care Plan is written by the council.",
        "Provision means the help you get.",
        "Your annual review (a meeting once a year) is soon.",
    ],
)
def test_explained_terms_pass(text: str) -> None:
    assert [f for f in lint(text) if f.rule == "jargon"] == []


def test_acronyms_match_only_in_capitals_and_as_whole_words() -> None:
    assert lint("We sang la la la at the lake.") == []
    assert lint("Please ask Laura.") == []


def test_each_term_is_reported_once_per_text_at_its_first_use() -> None:
    findings = lint("Ask about your EHCP.\nYour EHCP is ready.\n")
    assert where(findings) == [("jargon", 1, 16)]


def test_a_term_inside_a_longer_one_is_reported_once_as_the_longer() -> None:
    findings = lint("Ask about SEN support.")
    assert where(findings) == [("jargon", 1, 11)]
    assert "'SEN support'" in findings[0].message


def test_acronyms_are_found_in_every_language_and_phrases_only_in_english() -> None:
    settings = LintSettings()
    welsh = check_text("Oes gan eich plentyn EHCP? Mae provision yn bwysig.", settings, "cy")
    assert [(hit.rule, hit.offset) for hit in welsh] == [("jargon", 21)]


def test_an_organiser_file_adds_and_replaces_entries(tmp_path: Path) -> None:
    extra = tmp_path / "our-words.yaml"
    extra.write_text(
        "- term: hub\n  plain: the meeting room\n- term: EHCP\n  plain: your support plan\n",
        encoding="utf-8",
    )
    jargon = builtin_jargon().extended(load_jargon(extra))
    findings = lint("Come to the hub. Bring your EHCP.", jargon=jargon)
    assert [f.rule for f in findings] == ["jargon", "jargon"]
    assert "the meeting room" in findings[0].suggestion
    assert "your support plan" in findings[1].suggestion
    assert sum(entry.term == "EHCP" for entry in jargon.entries) == 1


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("term: [unclosed\n", "not valid YAML"),
        ("term: EHCP\n", "should be a list"),
        ("- plain: words\n", "entry 1 needs a 'term'"),
        ("- term: hub\n", "needs 'plain' words"),
        ("- term: hub\n  plain: room\n  colour: red\n", "unknown settings: colour"),
    ],
)
def test_a_broken_jargon_file_says_what_to_fix(tmp_path: Path, content: str, problem: str) -> None:
    extra = tmp_path / "broken.yaml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(EasyReadError, match=problem):
        load_jargon(extra)


def test_a_missing_jargon_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(EasyReadError, match="cannot be read"):
        load_jargon(tmp_path / "nothing-here.yaml")


def test_a_jargon_file_that_is_a_device_is_refused_at_once() -> None:
    with pytest.raises(EasyReadError, match="not an ordinary file"):
        load_jargon("/dev/zero")
