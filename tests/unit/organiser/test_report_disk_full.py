"""A report file that cannot be finished (a full disk) leaves the old file whole, and no traceback."""

from __future__ import annotations

import errno
import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.commands.report_request import ReportRequest
from kiosk.commands.report_run import _write_outputs
from kiosk.organiser import Selection, SqliteOrganiserStore
from kiosk.organiser.errors import ReportFileError
from kiosk.organiser.report.build import make_report
from tests.unit.organiser.report_store import club_survey, fill

OLD = "yesterday's report\n"


def _filling_up(store: SqliteOrganiserStore) -> Iterator[tuple[str, dict[str, Any]]]:
    """The store's records until the disk is full, half way through."""
    for number, record in enumerate(store.records(Selection())):
        if number == 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        yield record


def test_a_full_disk_keeps_the_old_report_whole_and_shows_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    store = SqliteOrganiserStore(tmp_path / "answers.sqlite")
    fill(store)
    survey = club_survey()
    report = make_report(store, Selection(), lambda i: survey if i == survey.id else None)
    out = tmp_path / "out" / "report.csv"
    out.parent.mkdir()
    out.write_text(OLD, encoding="utf-8")
    outputs: dict[str, Path | None] = {"csv": out}
    request = ReportRequest(tmp_path, None, None, Selection(), 5, outputs, None, None)
    with pytest.raises(ReportFileError, match="No space left on device"):
        _write_outputs(request, report, lambda: _filling_up(store))
    store.close()
    gc.collect()
    assert unraisable == []  # Python printed nothing like "Exception ignored in ... Traceback"
    assert out.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]
