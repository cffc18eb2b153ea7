"""What people wrote, and ids a bundle brings, reach the report as words: no formula, no escape."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rich.console import Console

from kiosk.commands.import_summary import ImportSummary
from kiosk.organiser import ImportCounts, MemoryOrganiserStore, Selection
from kiosk.organiser.report.build import Report, make_report
from kiosk.organiser.report.files import write_csv
from kiosk.organiser.report.rows import response_rows
from kiosk.organiser.report.spreadsheet import write_xlsx
from kiosk.organiser.report.terminal import show_report
from surveys.response import Answer
from tests.unit.organiser.report_store import club_responses, club_survey, fill

WRITTEN = [
    '=HYPERLINK("http://example.com/steal","Click me")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "Red \x1b[31mwords\x1b[0m and a bell \x07",
    "A null \x00 and a start of heading \x01",
    "It was fun",
]
SAY = "Tell us more."


def _store() -> MemoryOrganiserStore:
    """The club fixture, with each response's free text taken from WRITTEN in turn."""
    responses = []
    for number, response in enumerate(club_responses()):
        text = WRITTEN[number % len(WRITTEN)]
        answers = tuple(
            Answer(question="say", value=text) if a.question == "say" else a
            for a in response.answers
        )
        responses.append(response.model_copy(update={"answers": answers}))
    store = MemoryOrganiserStore()
    fill(store, responses)
    return store


def _report(store: MemoryOrganiserStore) -> Report:
    survey = club_survey()
    return make_report(store, Selection(), lambda i: survey if i == survey.id else None)


def test_an_answer_like_a_formula_stays_words_in_the_workbook(tmp_path: Path) -> None:
    store = _store()
    report = _report(store)
    path = tmp_path / "report.xlsx"
    write_xlsx(report, response_rows(report, store.records(Selection())), path)
    sheet = load_workbook(path)["Responses"]
    column = [c.value for c in next(sheet.iter_rows(max_row=1))].index(SAY)
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)  # text, never "f" (a formula)
    values = [cell.value for cell in cells]
    assert WRITTEN[0] in values  # kept whole, as words
    assert "Red ␛[31mwords␛[0m and a bell ␇" in values  # controls drawn, not dropped
    assert "A null ␀ and a start of heading ␁" in values


def test_an_answer_like_a_formula_cannot_run_when_the_csv_is_opened(tmp_path: Path) -> None:
    store = _store()
    report = _report(store)
    path = tmp_path / "report.csv"
    write_csv(report, lambda: store.records(Selection()), path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    said = {row[SAY] for row in rows}
    assert not any(text[:1] in "=+-@\t\r" for text in said)
    assert "'" + WRITTEN[0] in said  # a spreadsheet shows it as these words
    assert {"'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A9)", "It was fun"} <= said


ESCAPES = "\x1b[2J\x1b]0;owned\x07"
"""Clear the screen and retitle the window: what a hostile kiosk might put in an id."""


def _terminal(print_to: Callable[[Console], None]) -> str:
    out = io.StringIO()
    print_to(Console(file=out, width=80, force_terminal=False, color_system=None))
    return out.getvalue()


def test_ids_from_a_bundle_never_reach_the_terminal_as_escape_sequences() -> None:
    responses = [
        r.model_copy(update={"audience": f"young{ESCAPES}", "survey_id": f"club{ESCAPES}"})
        for r in club_responses()
    ]
    store = MemoryOrganiserStore()
    fill(store, responses)
    shown = _terminal(lambda console: show_report(_report(store), console))
    assert "young␛[2J␛]0;owned␇" in shown
    assert "\x1b" not in shown
    assert "\x07" not in shown


def test_the_import_summary_never_shows_an_escape_sequence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = ImportSummary()
    summary.add("kiosk-one", ImportCounts(new=Counter({f"club{ESCAPES}": 3})))
    summary.rejected.append((f"photo{ESCAPES}.png", "could not be read as a picture"))
    summary.show()
    shown = capsys.readouterr()
    assert "club␛[2J" in shown.out
    assert "photo␛[2J" in shown.err
    assert "\x1b" not in shown.out + shown.err
    assert "\x07" not in shown.out + shown.err
