"""The work of `sayso report`: open the store, count, and write each output asked for."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from kiosk.commands.kept_files import refuse_overwriting, say_so_files
from kiosk.commands.report_outputs import write_outputs
from kiosk.commands.report_request import ReportRequest
from kiosk.organiser import open_organiser_store
from kiosk.organiser.errors import ReportFileError
from kiosk.organiser.report.build import Report, make_report
from kiosk.organiser.report.files import Records, choices_file
from kiosk.organiser.report.progress import counted, report_progress
from kiosk.organiser.report.terminal import show_report
from surveys.catalog import builtin_ids, find_survey, load_builtin
from surveys.model import Survey


def survey_finder(given: Survey | None) -> Callable[[str], Survey | None]:
    """Find a survey's words: the survey file given, else a built-in survey, else none."""

    def find(survey_id: str) -> Survey | None:
        if given is not None and given.id == survey_id:
            return given
        return load_builtin(survey_id) if survey_id in builtin_ids() else None

    return find


def run_report(request: ReportRequest) -> None:
    """Make the report and write every output asked for, with progress on the long steps."""
    _refuse_overwriting(request)
    given = None if request.survey is None else find_survey(request.survey)
    selection = request.selection
    if given is not None:
        selection = dataclasses.replace(selection, survey_id=given.id)
    store = open_organiser_store(request.data_dir, request.store, reading=True)
    try:
        with report_progress(Console(stderr=True)) as step:
            done = step("Counting answers", None)
            report = make_report(store, selection, survey_finder(given), request.threshold, done)
            done(report.people)

            def records() -> Iterator[tuple[str, dict[str, Any]]]:
                writing = step("Writing every response", report.people)
                return counted(store.records(selection), writing)

            written = _write_outputs(request, report, records)
    finally:
        store.close()
    if not any(request.outputs.values()):
        show_report(report, Console())
    for path in written:
        click.echo(f"Wrote {path}")


def _refuse_overwriting(request: ReportRequest) -> None:
    """Refuse, before any work, an output named like the store, a key, an input or another output."""
    outputs = [path for path in request.outputs.values() if path is not None]
    if (csv_path := request.outputs.get("csv")) is not None:
        outputs.append(choices_file(csv_path))
    read = [] if request.quotes is None else [request.quotes]
    if request.survey is not None and Path(request.survey).is_file():
        read.append(Path(request.survey))
    kept = say_so_files(request.data_dir, request.store)
    refuse_overwriting(outputs, read, kept)


def _write_outputs(request: ReportRequest, report: Report, records: Records) -> list[Path]:
    try:
        return write_outputs(request, report, records)
    except OSError as error:
        reason = error.strerror or str(error)
    # Raised outside the `except` so the failed write's frames (and the store reads they hold)
    # are let go now, while the store is open, not later with a "Exception ignored" traceback.
    raise ReportFileError(
        f"A report file could not be written ({reason}). "
        "Check the folder exists and can be written to, and that the disk has room."
    )
