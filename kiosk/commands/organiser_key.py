"""The organiser's private key for a command, with a warning if others can read its file."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.keys import KeyFolder, OrganiserKeyPair, organiser_private_key
from kiosk.keys.exposure import others_can_read
from kiosk.keys.folder import ORGANISER_PRIVATE_FILE


def organiser_key(data_dir: Path) -> OrganiserKeyPair:
    """The organiser's private keys here; says on stderr if the key file is not owner-only."""
    pair = organiser_private_key(data_dir)
    warning = others_can_read(KeyFolder.of(data_dir).file(ORGANISER_PRIVATE_FILE))
    if warning is not None:
        click.echo(warning, err=True)
    return pair
