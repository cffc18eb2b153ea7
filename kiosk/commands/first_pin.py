"""Before a new kiosk's first run, staff choose the PIN in the terminal (never a participant).

Kept apart from `sayso staff` so that starting the kiosk loads no key code (PyNaCl) before
the attract screen is painted.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kiosk.pin import PIN_LENGTHS, PinError, PinStatus, StaffPin


def set_up_first_pin(data_dir: Path, *, interactive: bool | None = None) -> None:
    """Before a kiosk's first run: ask in the terminal for a staff PIN if none was ever set.

    `interactive` says whether someone is at the keyboard (by default: standard input is a
    terminal); with nobody there, the kiosk refuses to start rather than run without a PIN.
    """
    staff_pin = StaffPin(data_dir)
    if staff_pin.status is not PinStatus.NOT_SET:
        return
    if not (sys.stdin.isatty() if interactive is None else interactive):
        raise PinError(
            "This kiosk has no staff PIN yet, and there is nobody at the keyboard to choose "
            "one. Run `sayso staff pin` first, then start the kiosk again.",
            title="No staff PIN yet",
        )
    click.echo(
        "This kiosk has no staff PIN yet. Staff need it to open staff mode (F2) and to close "
        "the kiosk, so choose it now, before participants use the kiosk."
    )
    staff_pin.set(
        click.prompt(
            f"Staff PIN ({PIN_LENGTHS})",
            hide_input=True,
            confirmation_prompt="Type the same PIN again",
        )
    )
    click.echo("The staff PIN is set.")
