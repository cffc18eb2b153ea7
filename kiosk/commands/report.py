"""`sayso report`: what people said, with small groups kept safe, in the terminal and in files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from kiosk.commands.options import data_dir_option, store_option
from kiosk.commands.report_request import ReportRequest
from kiosk.organiser import Selection

DAY = click.DateTime(formats=["%Y-%m-%d"])
OUT = click.Path(dir_okay=False, writable=True, path_type=Path)


@click.command("report")
@store_option
@click.option("--survey", default=None, help="Only this survey: its id, or its survey file.")
@click.option("--audience", default=None, help="Only this audience (its id).")
@click.option("--kiosk", default=None, help="Only answers from this kiosk (its key id).")
@click.option("--since", type=DAY, default=None, help="Only answers from this day on (YYYY-MM-DD).")
@click.option("--until", type=DAY, default=None, help="Only answers up to this day (YYYY-MM-DD).")
@click.option(
    "--threshold",
    type=click.IntRange(2, 100),
    default=5,
    show_default=True,
    help='Counts below this show as "fewer than N".',
)
@click.option("--csv", "csv_path", type=OUT, help="One row per response (and a -choices file).")
@click.option("--xlsx", "xlsx_path", type=OUT, help="A workbook with a sheet per question.")
@click.option("--html", "html_path", type=OUT, help="One web page with charts.")
@click.option("--json", "json_path", type=OUT, help="The counts as JSON, for other tools.")
@click.option("--easy-read", "easy_path", type=OUT, help="An easy-read summary (.html or .txt).")
@click.option(
    "--quotes",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A text file of quotes you picked to share, one a line.",
)
@click.option("--next-steps", default=None, help="What happens next, for the easy-read summary.")
@data_dir_option
def report_command(
    store: str | None,
    survey: str | None,
    audience: str | None,
    kiosk: str | None,
    since: datetime | None,
    until: datetime | None,
    threshold: int,
    csv_path: Path | None,
    xlsx_path: Path | None,
    html_path: Path | None,
    json_path: Path | None,
    easy_path: Path | None,
    quotes: Path | None,
    next_steps: str | None,
    data_dir: Path,
) -> None:
    """Summarise the imported answers; counts under the threshold are never shown."""
    # Command seam: the organiser's store and report, 280 ms (python -X importtime); a bad
    # option is refused before they load.
    from kiosk.commands.report_run import run_report

    selection = Selection(
        audience=audience,
        kiosk_id=kiosk,
        since=None if since is None else since.replace(tzinfo=UTC),
        before=None if until is None else until.replace(tzinfo=UTC) + timedelta(days=1),
    )
    outputs = {"csv": csv_path, "xlsx": xlsx_path, "html": html_path, "json": json_path}
    outputs["easy"] = easy_path
    request = ReportRequest(
        data_dir, store, survey, selection, threshold, outputs, quotes, next_steps
    )
    run_report(request)
