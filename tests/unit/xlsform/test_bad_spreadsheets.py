"""Spreadsheets that cannot be converted get a plain error that names the file and the row."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveys.xlsform import XLSFormError, convert_xlsform
from tests.unit.xlsform.forms import row, write_form


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_plain_words(tmp_path: Path) -> None:
    fake = tmp_path / "form.xlsx"
    fake.write_text("type,name\ntext,a\n", encoding="utf-8")
    with pytest.raises(
        XLSFormError, match=r"form.xlsx is not a spreadsheet Say So can read"
    ) as caught:
        convert_xlsform(fake)
    assert "Traceback" not in caught.value.message


def test_a_file_with_another_ending_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "form.txt"
    other.write_text("hello", encoding="utf-8")
    with pytest.raises(XLSFormError, match=r"form.txt is not an XLSForm spreadsheet"):
        convert_xlsform(other)


def test_a_spreadsheet_without_a_survey_sheet_says_so(tmp_path: Path) -> None:
    form = write_form(
        tmp_path / "nosurvey.xlsx", [row("text", "a", "A", "A")], survey_sheet="questions"
    )
    with pytest.raises(XLSFormError, match=r"no sheet called 'survey'"):
        convert_xlsform(form)


def test_a_reference_to_a_missing_question_names_the_row(tmp_path: Path) -> None:
    form = write_form(
        tmp_path / "missing.xlsx",
        [
            row("text", "a", "A", "A"),
            row("text", "b", "B", "B", relevant="${nope} = 'x'"),
        ],
    )
    with pytest.raises(XLSFormError) as caught:
        convert_xlsform(form)
    message = caught.value.message
    assert message.startswith("missing.xlsx: row 3:")
    assert "'nope'" in message
    assert "Fix the spreadsheet, then convert it again." in message
