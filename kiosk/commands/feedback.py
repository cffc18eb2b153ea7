"""`sayso feedback`: make a signed 'you said, we did' bundle, and load it on a kiosk."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from kiosk.commands.options import data_dir_option, store_option
from kiosk.feedback.folder import save_feedback, trusted_organiser

DAY = click.DateTime(formats=["%Y-%m-%d"])


@click.group("feedback")
def feedback_command() -> None:
    """Make 'you said, we did' bundles, and load them on kiosks."""


@feedback_command.command("new")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@store_option
@data_dir_option
def new_command(source: Path, out: Path, store: str | None, data_dir: Path) -> None:
    """Sign a feedback bundle from a YAML file of 'you said' and 'we did' pairs."""
    # Command seam: the survey loader and the signing keys, 230-280 ms (python -X importtime).
    from kiosk.commands.feedback_make import make_from_yaml

    receipts, answered = make_from_yaml(data_dir, store, source, out, date.today())
    people = "" if answered is None else f" {answered} people answered."
    click.echo(f"Wrote {out}: {receipts} receipts acknowledged.{people}")


@feedback_command.command("make")
@click.option("--title", required=True, help="The title kiosks show, e.g. 'You said, we did'.")
@click.option(
    "--lines",
    "lines_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A text file of easy-read lines, one a line (an easy-read summary works).",
)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--date", "made_on", type=DAY, default=None, help="The date shown (default today).")
@click.option("--survey", default=None, help="Acknowledge receipts of this survey only.")
@store_option
@data_dir_option
def make_command(
    title: str,
    lines_file: Path,
    out: Path,
    made_on: datetime | None,
    survey: str | None,
    store: str | None,
    data_dir: Path,
) -> None:
    """Sign a bundle from a title and a text file of lines (`new` takes a YAML file)."""
    # Command seam: the survey loader and the signing keys, 230-280 ms (python -X importtime).
    from kiosk.commands.feedback_make import make_bundle_file

    day = made_on.date() if made_on is not None else date.today()
    count = make_bundle_file(data_dir, store, survey, title, lines_file, day, out)
    click.echo(f"Wrote {out}: {count} receipts acknowledged.")


@feedback_command.command("load")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@data_dir_option
def load_command(file: Path, data_dir: Path) -> None:
    """Check a feedback bundle against the trusted organiser key and keep it for the kiosk."""
    # Command seam: the feedback reader (PyNaCl, CBOR), 4-6 ms (python -X importtime).
    from kiosk.feedback.bundle import read_feedback_file

    bundle = save_feedback(data_dir, read_feedback_file(file))
    click.echo(f"Loaded '{bundle.title}' ({len(bundle.lines)} lines, {bundle.made_on}).")


@feedback_command.command("show")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@data_dir_option
def show_command(file: Path, data_dir: Path) -> None:
    """Print a feedback bundle, after checking its signature."""
    # Command seam: the feedback reader (CBOR), 4-6 ms (python -X importtime).
    from kiosk.feedback.bundle import open_feedback, read_feedback_file

    bundle = open_feedback(read_feedback_file(file), trusted_organiser(data_dir))
    about = "" if bundle.survey_id is None else f", survey {bundle.survey_id}"
    people = "" if bundle.answered is None else f", {bundle.answered} people answered"
    click.echo(f"{bundle.title} ({bundle.made_on}{about}{people})")
    for line in bundle.lines:
        click.echo(f"  {line}")
    click.echo(f"{len(bundle.receipts)} receipts acknowledged.")
