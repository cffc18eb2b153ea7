"""`sayso staff pin`: staff set the PIN before an event; the organiser resets a lost one."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kiosk.commands.options import data_dir_option
from kiosk.pin import (
    LOCKED_MESSAGE,
    LOCKED_OUT_MESSAGE,
    PIN_LENGTHS,
    PinError,
    PinStatus,
    StaffPin,
)
from kiosk.pin.reset import check_organiser_key


def _read_pin(prompt: str, from_stdin: bool, twice: bool = False) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    confirm = "Type the same PIN again" if twice else False
    typed: str = click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)
    return typed


def _check_current(staff_pin: StaffPin, from_stdin: bool) -> None:
    result = staff_pin.check(_read_pin("Current staff PIN", from_stdin))
    if not result.ok:
        raise PinError(f"{result.message} The staff PIN was not changed.")


@click.group("staff")
def staff_command() -> None:
    """Set the staff PIN that opens staff mode (F2)."""


@staff_command.command("pin")
@click.option(
    "--stdin",
    "from_stdin",
    is_flag=True,
    help="Read the PINs from standard input, one a line (the current PIN first, if one is set).",
)
@click.option("--reset", is_flag=True, help="Set a new PIN without the old one (needs the organiser key).")  # fmt: skip
@click.option(
    "--organiser-key",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The organiser's private key file, for --reset (default: this data folder's own).",
)
@data_dir_option
def pin_command(from_stdin: bool, reset: bool, organiser_key: Path | None, data_dir: Path) -> None:
    """Set the staff PIN, before participants use the kiosk."""
    staff_pin = StaffPin(data_dir)
    if reset:
        check_organiser_key(data_dir, organiser_key)
    elif (status := staff_pin.status) is PinStatus.LOCKED:
        raise PinError(LOCKED_MESSAGE, title="Staff mode is locked")
    elif status is PinStatus.LOCKED_OUT:
        raise PinError(LOCKED_OUT_MESSAGE, title="Staff mode is locked")
    elif status is PinStatus.READY:
        _check_current(staff_pin, from_stdin)
    staff_pin.set(_read_pin(f"New staff PIN ({PIN_LENGTHS})", from_stdin, twice=True))
    click.echo("The staff PIN is set. Press F2 on the kiosk and type it to open staff mode.")
