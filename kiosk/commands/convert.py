"""`sayso convert FORM.xlsx [-o SURVEY.yaml]`: an XLSForm spreadsheet as a Say So survey.

Lists, with sheet and row, everything Say So shows differently or leaves out, writes a
survey file that loads like any other, then runs the easy-read check on it: spreadsheet
surveys are rarely easy read. Exit 1 when the spreadsheet cannot be converted.
"""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.commands.options import data_dir_option
from surveys.errors import SaySoError


class ConvertRefused(SaySoError):
    """The survey file would replace one that is already there."""

    title = "Nothing was written"


@click.command("convert")
@click.argument(
    "form", metavar="FORM.xlsx", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The survey file to write. [default: FORM.yaml beside the spreadsheet]",
)
@click.option("--force", is_flag=True, help="Replace the survey file if it is already there.")
@data_dir_option
def convert_command(form: Path, out: Path | None, force: bool, data_dir: Path) -> None:
    """Convert an XLSForm spreadsheet (ODK, KoboToolbox, SurveyCTO) into a Say So survey."""
    # Command seam: the XLSForm reader (pyxform, openpyxl) and the easy-read checker, 1.0-1.5 s
    # together (python -X importtime); `sayso convert --help` never waits for them.
    from accessibility.easyread import LintSettings, Severity, check_survey_source
    from accessibility.easyread.report import text_report
    from kiosk.commands.kept_files import refuse_overwriting, say_so_files
    from kiosk.safe_files import write_file_atomically
    from surveys.xlsform import convert_xlsform

    target = out or form.with_suffix(".yaml")
    refuse_overwriting([target], [form], say_so_files(data_dir, None))
    if target.exists() and not force:
        raise ConvertRefused(
            f"{target.name} is already there. Choose another name with -o, or add --force to replace it."
        )
    conversion = convert_xlsform(form)
    try:
        write_file_atomically(target, conversion.text.encode("utf-8"))
    except OSError as error:
        raise ConvertRefused(f"{target} cannot be written ({error.strerror}).") from None
    survey = conversion.survey
    click.echo(
        f"Wrote {target} ({len(survey.questions)} questions, in {', '.join(survey.all_languages())})."
    )
    if conversion.notes:
        click.echo("\nWhat Say So shows differently, or leaves out:")
        for note in conversion.notes:
            click.echo(f"  {note}")
    if conversion.warnings:
        click.echo("\npyxform, the XLSForm reader, also says:")
        for warning in conversion.warnings:
            click.echo(f"  {warning}")
    findings = check_survey_source(conversion.text, str(target), LintSettings(), base_dir=None)
    click.echo("\nEasy-read check of the new survey:")
    click.echo(text_report([str(target)], findings, Severity("warning")))
