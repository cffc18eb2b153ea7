"""The real `sayso report` in a subprocess: every file it writes keeps small groups safe."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.organiser import open_organiser_store
from tests.e2e.stores import sayso
from tests.unit.organiser.attack import worked_out
from tests.unit.organiser.report_store import NOT_SURE, SECRET_TEXT, fill, write_survey


@pytest.fixture(params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A `--store` holding the fixture's 21 responses."""
    place = (
        str(tmp_path / "store")
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    store = open_organiser_store(tmp_path, place)
    fill(store)
    store.close()
    return place


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        if tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _report(tmp_path: Path, store: str, *extra: str) -> dict[str, Path]:
    out = {kind: tmp_path / f"report.{kind}" for kind in ("csv", "xlsx", "html", "json")}
    out["easy"] = tmp_path / "summary.txt"
    survey = write_survey(tmp_path)
    args = [f"--{k}" if k != "easy" else "--easy-read" for k in out]
    pairs = [item for pair in zip(args, map(str, out.values()), strict=True) for item in pair]
    result = sayso(
        "report", "--store", store, "--survey", str(survey), *pairs, *extra, "--data-dir", tmp_path
    )
    assert result.returncode == 0, result.stderr
    return out


def test_the_csv_keeps_words_and_text_but_no_small_group(tmp_path: Path, filled: str) -> None:
    files = _report(tmp_path, filled)
    with files["csv"].open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 21
    liked = Counter(row["Did you like the club?"] for row in rows)
    assert liked["Yes"] == 12
    assert liked["No"] == 7
    assert liked["Not sure"] == 0  # two people: shown only as "hidden", never by name
    assert liked["hidden"] == NOT_SURE  # hidden with Skipped and Prefer not to say, which are 0
    assert worked_out(["12", "7", "fewer than 5", "fewer than 5", "fewer than 5"], 21) == []
    audiences = Counter(row["Audience"] for row in rows)
    assert set(audiences) == {"hidden"}  # 3 parents hidden, so the 18 young people are too
    assert any(row["Tell us more."] == SECRET_TEXT for row in rows)
    with (tmp_path / "report-choices.csv").open(encoding="utf-8-sig") as f:
        chosen = Counter(row["Chosen"] for row in csv.DictReader(f))
    assert chosen["Staff"] == 21
    assert "Quiet room" not in chosen


def test_the_html_page_shows_no_free_text_and_no_recoverable_count(
    tmp_path: Path, filled: str
) -> None:
    page = _report(tmp_path, filled)["html"].read_text(encoding="utf-8")
    assert SECRET_TEXT not in page
    assert "It was fun" not in page
    assert page.count("<svg") >= 5
    assert "viewport" in page
    assert "@media print" in page
    cells = _Cells()
    cells.feed(page)
    tables: list[list[str]] = [[]]
    for row in cells.rows:
        if not row:
            tables.append([])
        else:
            tables[-1].append(row[1])
    for shown in tables:
        if shown:
            assert worked_out(shown, 21) == [], shown
    assert "fewer than 5" in page


def test_the_workbook_has_a_sheet_per_question_with_charts(tmp_path: Path, filled: str) -> None:
    book = load_workbook(_report(tmp_path, filled)["xlsx"])
    assert book.sheetnames[0] == "Responses"
    assert "Did you like the club" in book.sheetnames
    sheet = book["Did you like the club"]
    assert len(sheet._charts) >= 1
    values = {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert values["Yes"] == 12
    assert values["Not sure"] == "fewer than 5"
    responses = [r for r in book["Responses"].iter_rows(values_only=True)][1:]
    assert len(responses) == 21
    assert "Not sure" not in {cell for row in responses for cell in row}


def test_the_easy_read_summary_passes_lint(tmp_path: Path, filled: str) -> None:
    files = _report(tmp_path, filled, "--next-steps", "We will choose new games with you.")
    summary = files["easy"].read_text(encoding="utf-8")
    assert "21 people answered." in summary
    assert "We will choose new games with you." in summary
    assert SECRET_TEXT not in summary
    assert "It was fun" not in summary
    linted = sayso("lint", files["easy"], "--fail-on", "error")
    assert linted.returncode == 0, linted.stdout


def test_the_terminal_report_and_json(tmp_path: Path, filled: str) -> None:
    survey = write_survey(tmp_path)
    shown = sayso("report", "--store", filled, "--survey", survey, "--data-dir", tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"Not sure\s+│\s+fewer than 5", shown.stdout)
    document = json.loads(_report(tmp_path, filled)["json"].read_text(encoding="utf-8"))
    assert document["surveys"][0]["people"] == 21


def test_a_bad_date_is_a_usage_error(tmp_path: Path, filled: str) -> None:
    result = sayso("report", "--store", filled, "--since", "12/03/2026", "--data-dir", tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
