"""What people wrote reaches the report files as words: never a formula, never a crash."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from kiosk.organiser import Delivery, MemoryOrganiserStore, Selection
from kiosk.organiser.report.build import Report, make_report
from kiosk.organiser.report.files import write_csv
from kiosk.organiser.report.rows import response_rows
from kiosk.organiser.report.spreadsheet import write_xlsx
from surveys.response import Answer
from tests.unit.organiser.report_store import club_responses, club_survey

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
    store.merge(
        Delivery(
            kiosk_id="kiosk-one",
            kiosk_key=b"k" * 32,
            bundle_id=b"b" * 16,
            batch_ids=(b"a" * 16,),
            responses=tuple(responses),
            withdrawn=(),
        )
    )
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
