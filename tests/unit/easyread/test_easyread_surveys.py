"""Survey files: every text field in every language, the survey's shape, and line numbers."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from accessibility.easyread import check_file, check_survey_source
from accessibility.easyread.settings import LintSettings
from surveys.catalog import builtin_ids
from tests.pictures import clear_picture

FIXTURES = Path(__file__).parent / "fixtures"
HARD = FIXTURES / "hard-survey.yaml"


def column_of(path: Path, line: int, words: str, nth: int = 1) -> int:
    """The 1-based column of the `nth` appearance of `words` on a line of a file."""
    text = path.read_text(encoding="utf-8").splitlines()[line - 1]
    index = -1
    for _ in range(nth):
        index = text.index(words, index + 1)
    return index + 1


def test_every_field_and_language_is_checked_and_placed_on_its_line() -> None:
    findings = check_file(HARD)
    found = [(f.rule, f.line, f.column, f.language) for f in findings]
    assert found == [
        ("jargon", 4, column_of(HARD, 4, "SEN support"), "en"),
        ("jargon", 4, column_of(HARD, 4, "SEN", nth=2), "cy"),
        ("symbol-width", 10, 13, None),
        ("passive-voice", 14, column_of(HARD, 14, "be stored"), "en"),
        ("sentence-length", 16, 5, "cy"),
        ("question-picture", 20, 5, None),
        ("jargon", 22, column_of(HARD, 22, "EHCP"), "en"),
        ("jargon", 22, column_of(HARD, 22, "EHCP", nth=2), "cy"),
        ("jargon", 26, column_of(HARD, 26, "annual review"), "en"),
        ("option-length", 32, column_of(HARD, 32, "It happened"), "en"),
    ]
    assert all(f.file == str(HARD) for f in findings)


def test_survey_findings_say_what_is_wrong_and_what_to_do() -> None:
    by_rule = {f.rule: f for f in check_file(HARD)}
    assert by_rule["question-picture"].message.startswith("The question 'plan' has no symbol")
    assert "'symbol:'" in by_rule["question-picture"].suggestion
    assert by_rule["option-length"].text == "It happened a very long time after it should have"
    assert "10 words" in by_rule["option-length"].message
    assert "23 words" in by_rule["sentence-length"].message


def test_a_survey_that_does_not_load_is_reported_as_findings() -> None:
    findings = check_file(FIXTURES / "broken-survey.yaml")
    assert [(f.rule, f.line, f.severity) for f in findings] == [("survey-invalid", 11, "error")]
    assert "'favourite_colour' is not a question type" in findings[0].message
    assert findings[0].text == "- id: colour"


def test_a_survey_that_is_not_yaml_is_reported_with_its_line() -> None:
    findings = check_survey_source("id: x\ntitle: [oops\n", "bad.yaml", LintSettings())
    assert [(f.rule, f.file) for f in findings] == [("survey-invalid", "bad.yaml")]
    assert findings[0].line is not None
    assert "The YAML is not valid" in findings[0].message


def test_block_text_is_placed_line_by_line() -> None:
    source = HARD.read_text(encoding="utf-8")
    source = source.replace(
        "    We want to know what you think.\n",
        "    We want to know what you think.\n    The form was sent.\n",
    )
    findings = check_survey_source(source, "edited.yaml", LintSettings())
    passive = [(f.line, f.column) for f in findings if f.rule == "passive-voice"]
    assert passive == [(14, 14), (15, 23)]


def _builtin(survey_id: str) -> Path:
    return Path(str(resources.files("surveys") / "builtin" / f"{survey_id}.yaml"))


@pytest.mark.parametrize("survey_id", builtin_ids())
def test_builtin_surveys_pass(survey_id: str) -> None:
    assert check_file(_builtin(survey_id)) == []


def test_a_picture_file_counts_and_answers_of_5_words_pass(tmp_path: Path) -> None:
    clear_picture(tmp_path / "lunch.png")
    survey = tmp_path / "lunch.yaml"
    survey.write_text(
        "id: lunch\nversion: 1\ntitle: Lunch time\n"
        "audiences:\n  - id: all\n    text: Everyone\n"
        "consent: Is that OK?\nhelp: Please ask staff.\nnext_steps: We will read every answer.\n"
        "questions:\n"
        "  - id: food\n    type: single_choice\n    text: What do you eat?\n"
        "    picture: lunch.png\n"
        "    options:\n"
        "      - id: home\n        text: Food I bring from home\n"
        "      - id: school\n        text: School food\n",
        encoding="utf-8",
    )
    assert check_file(survey) == []
    with_six = survey.read_text(encoding="utf-8").replace(
        "School food", "Food the school cooks for me"
    )
    survey.write_text(with_six, encoding="utf-8")
    assert [(f.rule, f.line) for f in check_file(survey)] == [("option-length", 19)]
