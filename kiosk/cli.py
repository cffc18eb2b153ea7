"""The `sayso` command. Each sub-command lives in `kiosk.commands` and is imported only when used,
so starting the kiosk does not pay for the organiser tools."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from surveys.characters import shown_safely
from surveys.errors import SaySoError

COMMANDS: dict[str, tuple[str, str]] = {
    "kiosk": ("kiosk.commands.run", "Run the kiosk for participants (the demo survey by default)."),
    "preview": ("kiosk.commands.run", "Try a survey in the kiosk; nothing is stored."),
    "lint": ("kiosk.commands.lint", "Check surveys or text against easy-read guidance."),
    "schema": ("kiosk.commands.schema", "Print the JSON Schema of the survey format."),
    "export": ("kiosk.commands.export", "Write an export bundle and QR sheets."),
    "import": ("kiosk.commands.import_", "Import bundles from files, QR images or videos."),
    "report": ("kiosk.commands.report", "Summarise the imported answers, small groups kept safe."),
    "feedback": ("kiosk.commands.feedback", "Make and load 'you said, we did' bundles."),
    "keys": ("kiosk.commands.keys", "Create and show organiser and kiosk keys."),
    "staff": ("kiosk.commands.staff", "Set the staff PIN before an event, or reset a lost one."),
    "serve": ("kiosk.commands.serve", "Run the kiosk in a web browser, such as a tablet's."),
    "convert": ("kiosk.commands.convert", "Turn an XLSForm spreadsheet into a Say So survey."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module = importlib.import_module(COMMANDS[cmd_name][0])
        command: click.Command = getattr(module, f"{cmd_name}_command")
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """Run a command; a Say So error is shown in plain words and exits with 1."""
        try:
            return super().invoke(ctx)
        except SaySoError as error:
            click.echo(shown_safely(f"{error.title}:\n{error.message}"), err=True)
            ctx.exit(1)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, help_text) for name, (_, help_text) in COMMANDS.items()])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sayso")
def cli() -> None:
    """Say So: an easy-read, talking survey kiosk that works without a network."""


def main(argv: list[str] | None = None) -> Any:
    """Run `sayso`; problems are shown in plain words, never as a traceback."""
    try:
        return cli.main(args=argv, prog_name="sayso", standalone_mode=True)
    except Exception as error:  # a last guard: people see words, developers can ask for more
        if os.environ.get("SAYSO_DEBUG"):
            raise
        click.echo(
            f"Say So stopped because of an unexpected problem ({error.__class__.__name__}). "
            "Run it again with SAYSO_DEBUG=1 to see the details.",
            err=True,
        )
        sys.exit(1)
