"""Resetting a lost staff PIN: allowed only with the organiser's private key for this kiosk."""

from __future__ import annotations

from pathlib import Path

from kiosk.keys import KeyFolder, KeysError, OrganiserKeyPair
from kiosk.keys.key_files import read_key_text
from kiosk.pin.status import PinError

NEEDS_THE_KEY = (
    "Resetting the staff PIN needs the organiser's private key. Ask your organiser to bring "
    "their key file (organiser.key) and run: sayso staff pin --reset --organiser-key FILE"
)


def check_organiser_key(data_dir: Path, key_file: Path | None) -> None:
    """Raise `PinError` unless `key_file` (or this folder's own) is this kiosk's organiser key."""
    folder = KeyFolder.of(data_dir)
    try:
        trusted = folder.organiser_public()
        pair = _read_pair(key_file) if key_file is not None else folder.organiser_private()
    except KeysError as error:
        raise PinError(error.message) from None
    if trusted is None:
        raise PinError(
            "This kiosk has no organiser key yet, so nobody can prove they are its organiser. "
            "Start the kiosk once (it makes its keys), or run 'sayso keys trust' first."
        )
    if pair is None:
        raise PinError(NEEDS_THE_KEY)
    if pair.public != trusted:
        raise PinError(
            "That organiser key is not the one this kiosk seals its answers to, so it cannot "
            f"reset the PIN. This kiosk's organiser key is {trusted.key_id}."
        )


def _read_pair(key_file: Path) -> OrganiserKeyPair:
    try:
        text = read_key_text(key_file, str(key_file))
    except FileNotFoundError:
        raise PinError(f"There is no organiser key file there. {NEEDS_THE_KEY}") from None
    return OrganiserKeyPair.from_text(text)
