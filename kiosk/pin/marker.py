"""A note in the kiosk's `keys/` folder that a staff PIN was set here.

It outlives the PIN file: if `staff-pin.json` is later emptied, damaged or deleted, the kiosk
knows a PIN existed, keeps staff mode locked and never offers to choose a new one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from kiosk.pin.status import PinError, describe_os_error

MARKER_FILE = "staff-pin-set"
MARKER_TEXT = (
    "A staff PIN was set on this kiosk. If staff-pin.json is lost or damaged, staff mode "
    "stays locked until the organiser resets the PIN with 'sayso staff pin --reset'.\n"
)


class PinMarker:
    """`keys/staff-pin-set` in one data folder."""

    def __init__(self, data_dir: Path, write: Callable[[Path, bytes, int], None]) -> None:
        self.path = data_dir / "keys" / MARKER_FILE
        self._write = write

    def exists(self) -> bool:
        """Whether a PIN was ever set here (an unreadable folder counts as yes, to be safe)."""
        try:
            return self.path.exists() or self.path.is_symlink()
        except OSError:
            return True

    def save(self) -> None:
        """Remember that a PIN was set; `PinError` if that cannot be saved."""
        if self.exists():
            return
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._write(self.path, MARKER_TEXT.encode("ascii"), 0o600)
        except OSError as error:
            raise PinError(
                f"The PIN was set, but the note that it was set could not be saved "
                f"({describe_os_error(error)}). Fix that, then set the PIN again."
            ) from None

    def save_quietly(self) -> None:
        """`save`, for a kiosk set up before the note existed; a failure is tried again later."""
        with contextlib.suppress(PinError):
            self.save()
