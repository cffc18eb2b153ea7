"""`sayso lint` on picture files the kiosk could not show: a plain error with its line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from accessibility.easyread.files import check_file
from kiosk.cli import cli
from tests.pictures import broken_picture, clear_picture, huge_picture, picture_survey


def test_broken_and_missing_pictures_are_errors_on_their_lines(tmp_path: Path) -> None:
    broken_picture(tmp_path / "day.png")
    findings = [f for f in check_file(picture_survey(tmp_path)) if f.rule == "picture-file"]
    assert [(f.line, f.severity) for f in findings] == [(15, "error"), (23, "error")]
    assert findings[0].message == (
        "The picture 'day.png' cannot be read: the file is broken or not a picture. "
        "Save it again as PNG or JPEG."
    )
    assert findings[1].message.startswith("The picture 'fruit.png' is not there.")
    assert "shows the question's symbol instead" in findings[0].suggestion


def test_a_huge_picture_fails_lint_in_plain_words(tmp_path: Path) -> None:
    huge_picture(tmp_path / "day.png")
    clear_picture(tmp_path / "fruit.png")
    result = CliRunner().invoke(cli, ["lint", str(picture_survey(tmp_path))])
    assert result.exit_code == 1
    assert "picture-file" in result.output
    assert "more than the 2 MB" in result.output
    assert "Traceback" not in result.output


def test_clear_pictures_give_no_picture_findings(tmp_path: Path) -> None:
    clear_picture(tmp_path / "day.png")
    clear_picture(tmp_path / "fruit.png")
    assert [f for f in check_file(picture_survey(tmp_path)) if f.rule == "picture-file"] == []
