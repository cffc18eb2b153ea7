"""`sayso lint`: check surveys or text against easy-read guidance.

Exit codes: 0 when nothing at the failing severity was found, 1 when something was
(by default any error or warning; `--fail-on error` lets warnings pass), 2 for
usage mistakes, such as a file that is not there or an unknown option. A folder or a
file that cannot be read is reported as a problem (exit 1), and the other files are checked.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from accessibility.easyread import LintSettings, Severity, builtin_jargon, fails, load_jargon
from accessibility.easyread.files import check_file
from accessibility.easyread.findings import RULES
from kiosk.commands.options import data_dir_option


def _rules_epilog() -> str:
    """The rules, one a line, for the end of the help."""
    lines = ["\b", "Rules (name, severity, what it asks for):"]
    lines += [f"  {rule.id:<17} {rule.severity:<8} {rule.title}" for rule in RULES.values()]
    return "\n".join(lines)


@click.command("lint", epilog=_rules_epilog())
@click.argument(
    "paths",
    metavar="SURVEY_OR_TEXT...",
    nargs=-1,
    required=True,
    # A folder or a file that cannot be read is a finding of its own, so the other files
    # are still checked and --json still prints JSON; only a name that is not there is a
    # mistake in the command.
    type=click.Path(exists=True, readable=False, path_type=Path),
)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON, for tools.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    default="warning",
    show_default=True,
    help="Fail (exit 1) on errors only, or on errors and warnings.",
)
@click.option(
    "--reading-age",
    type=click.IntRange(5, 25),
    default=None,
    help="The highest reading age (in years) that longer texts may need. [default: 9]",
)
@click.option(
    "--jargon",
    "jargon_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A YAML file of extra jargon, in the format of the built-in list. Can be given more than once.",
)
@data_dir_option
def lint_command(
    paths: tuple[Path, ...],
    as_json: bool,
    fail_on: str,
    reading_age: int | None,
    jargon_files: tuple[Path, ...],
    data_dir: Path,
) -> None:
    """Check survey files (.yaml) or text files (.txt, .md) against easy-read guidance.

    Every sentence should have 15 words or fewer and one idea; acronyms and SEND jargon
    need a plain explanation; say who does things; use short words, digits for numbers,
    a picture for every question and short answers.

    Exit status: 0 when nothing needs fixing, 1 when problems were found, 2 for a
    mistake in the command itself, such as a file that is not there.
    """
    # Command seam: the report writer, 5-15 ms (python -X importtime).
    from accessibility.easyread.report import json_report, text_report

    jargon = builtin_jargon()
    for jargon_file in jargon_files:
        jargon = jargon.extended(load_jargon(jargon_file))
    settings = LintSettings(jargon=jargon)
    if reading_age is not None:
        settings = replace(settings, reading_age_target=reading_age)
    unique = list(dict.fromkeys(paths))
    findings = [finding for path in unique for finding in check_file(path, settings)]
    files = [str(path) for path in unique]
    severity = Severity(fail_on)
    report = json_report if as_json else text_report
    click.echo(report(files, findings, severity))
    sys.exit(1 if fails(findings, severity) else 0)
