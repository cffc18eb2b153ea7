"""`sayso convert`: writes the survey, lists what did not carry over, and runs the easy-read check."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kiosk.cli import cli
from surveys.loader import parse_survey
from tests.unit.xlsform.forms import row, write_form

FORM = [
    row(
        "select_one feel",
        "feel",
        "How do you feel about the Education, Health and Care Plan process?",
        "Sut wyt ti'n teimlo?",
    ),
    row("calculate", "score", calculation="1"),
    row("note", "bye", "Thank you.", "Diolch."),
]


def convert(tmp_path: Path, *extra: str) -> tuple[int, str]:
    form = write_form(tmp_path / "forum.xlsx", FORM)
    result = CliRunner().invoke(
        cli, ["convert", str(form), "--data-dir", str(tmp_path / "data"), *extra]
    )
    return result.exit_code, result.output


def test_convert_writes_a_survey_beside_the_form_and_shows_notes_and_findings(
    tmp_path: Path,
) -> None:
    code, output = convert(tmp_path)
    assert code == 0, output
    written = tmp_path / "forum.yaml"
    survey = parse_survey(written.read_text(encoding="utf-8"))
    assert [q.id for q in survey.questions] == ["feel", "bye"]
    assert f"Wrote {written} (2 questions, in en, cy)." in output
    assert "survey sheet, row 3: 'calculate': Say So does not calculate values" in output
    assert "Easy-read check of the new survey:" in output
    assert "(question-picture)" in output  # spreadsheet questions have no symbols


def test_convert_to_a_chosen_file_and_never_over_one_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("kept", encoding="utf-8")
    code, output = convert(tmp_path, "-o", str(target))
    assert code == 1
    assert "out.yaml is already there" in output
    assert target.read_text(encoding="utf-8") == "kept"
    code, output = convert(tmp_path, "-o", str(target), "--force")
    assert code == 0, output
    assert target.read_text(encoding="utf-8").startswith("# Converted from the XLSForm forum.xlsx")


def test_a_bad_spreadsheet_exits_1_in_plain_words_and_writes_nothing(tmp_path: Path) -> None:
    fake = tmp_path / "broken.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(cli, ["convert", str(fake), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert "broken.xlsx is not a spreadsheet Say So can read" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "broken.yaml").exists()
