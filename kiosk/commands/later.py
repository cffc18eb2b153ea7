"""Commands that are part of the plan but not built yet. Each says so plainly."""

from __future__ import annotations

import sys

import click


def _not_yet(name: str, what: str) -> click.Command:
    @click.command(name, context_settings={"ignore_unknown_options": True})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def command(args: tuple[str, ...]) -> None:
        click.echo(f"'sayso {name}' ({what}) is not built yet in this version of Say So.", err=True)
        sys.exit(1)

    command.help = f"{what} (not built yet)."
    return command


serve_command = _not_yet("serve", "the kiosk in a browser")
