"""The work of `sayso report`: open the store, count, and write each output asked for."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import click
from rich.console import Console
from rich.progress import Progress

from kiosk.commands.report_request import ReportRequest
from kiosk.organiser import Selection, open_organiser_store
from kiosk.organiser.errors import ReportFileError
from kiosk.organiser.report.build import Report, make_report
from kiosk.organiser.sql import SqlOrganiserStore
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
    """Make the report and write every output asked for."""
    given = None if request.survey is None else find_survey(request.survey)
    selection = request.selection
    if given is not None:
        selection = dataclasses.replace(selection, survey_id=given.id)
    store = open_organiser_store(request.data_dir, request.store)
    try:
        report = _counted(store, selection, survey_finder(given), request.threshold)
        _write_outputs(request, report, store, selection)
    finally:
        store.close()


def _counted(
    store: SqlOrganiserStore,
    selection: Selection,
    find: Callable[[str], Survey | None],
    threshold: int,
) -> Report:
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("Counting answers", total=None)
        return make_report(
            store, selection, find, threshold, lambda n: progress.update(task, completed=n)
        )


def _write_outputs(
    request: ReportRequest, report: Report, store: SqlOrganiserStore, selection: Selection
) -> None:
    from kiosk.commands.report_outputs import write_outputs

    try:
        written = write_outputs(request, report, lambda: store.records(selection))
    except OSError as error:
        raise ReportFileError(
            f"A report file could not be written ({error.strerror or error}). "
            "Check the folder exists and can be written to."
        ) from None
    if not any(request.outputs.values()):
        from kiosk.organiser.report.terminal import show_report

        show_report(report, Console())
    for path in written:
        click.echo(f"Wrote {path}")
