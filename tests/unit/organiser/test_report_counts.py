"""Reports over a store with known counts: exact numbers, and no small count ever found."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from rich.console import Console

from kiosk.organiser import OrganiserStore, Selection
from kiosk.organiser.report.as_json import report_json
from kiosk.organiser.report.build import Report, make_report
from kiosk.organiser.report.terminal import show_report
from tests.unit.organiser.attack import worked_out
from tests.unit.organiser.report_store import SECRET_TEXT, club_survey, fill

Reopen = Callable[[], OrganiserStore]


def _report(store: OrganiserStore, selection: Selection | None = None) -> Report:
    survey = club_survey()
    return make_report(
        store, selection or Selection(), lambda i: survey if i == survey.id else None
    )


def _tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    survey = document["surveys"][0]
    found = {t["title"]: t["rows"] for t in survey["tables"]}
    for question in survey["questions"]:
        for table in question["tables"]:
            found[f"{question['id']}/{table['title']}"] = table["rows"]
    return found


def test_counts_are_exact_and_small_ones_are_words(organiser_store: Reopen) -> None:
    store = organiser_store()
    fill(store)
    tables = _tables(json.loads(report_json(_report(organiser_store()))))
    liked = {row["label"]: row["shown"] for row in tables["liked/Answers"]}
    assert liked == {
        "Yes": "12",
        "No": "7",
        "Not sure": "fewer than 5",
        "Skipped": "fewer than 5",
        "Prefer not to say": "fewer than 5",
    }
    assert [row["percent"] for row in tables["liked/Answers"][:2]] == [57.1, 33.3]
    who = {row["label"]: row["shown"] for row in tables["Who took part"]}
    assert who == {"Young person": "hidden", "Parent or carer": "fewer than 5"}
    days = {row["label"]: row["count"] for row in tables["Responses per day"]}
    assert days == {"2026-03-12": 11, "2026-03-13": 10}
    piles = {row["label"]: row["shown"] for row in tables["sort/Games"]}
    assert piles == {"Like": "hidden", "Not sure": "fewer than 5", "Don't like": "fewer than 5"}
    chosen = {row["label"]: row["shown"] for row in tables["helped/Chosen"]}
    assert chosen == {"Staff": "21", "Friends": "hidden", "Quiet room": "fewer than 5"}


def test_no_hidden_count_can_be_worked_out_from_the_json(organiser_store: Reopen) -> None:
    store = organiser_store()
    fill(store)
    text = report_json(_report(store))
    assert SECRET_TEXT not in text
    assert "It was fun" not in text
    for title, rows in _tables(json.loads(text)).items():
        if title.endswith("/Chosen"):
            continue  # options overlap: they do not add up to a total
        shown = [row["shown"] for row in rows]
        total = 21
        assert worked_out(shown, total) == [], title


def test_filters_choose_the_responses(organiser_store: Reopen) -> None:
    store = organiser_store()
    fill(store)
    from datetime import UTC, datetime

    second_day = Selection(since=datetime(2026, 3, 13, tzinfo=UTC))
    assert _report(store, second_day).people == 10
    assert _report(store, Selection(audience="parent")).sections[0].too_few
    assert _report(store, Selection(kiosk_id="another")).sections == []


def test_the_terminal_report_fits_80_columns_and_hides_small_counts(
    organiser_store: Reopen,
) -> None:
    store = organiser_store()
    fill(store)
    console = Console(width=80, record=True, color_system=None)
    show_report(_report(store), console)
    text = console.export_text()
    assert max(len(line) for line in text.splitlines()) <= 80
    not_sure = next(line for line in text.splitlines() if "Not sure" in line)
    assert "fewer than 5" in not_sure
    assert "2" not in not_sure.replace("fewer than 5", "")
    assert "│ Yes" in text
    assert "12" in text
