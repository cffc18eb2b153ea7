"""The staff PIN that tests set before they start a kiosk, as staff do before an event."""

from __future__ import annotations

from pathlib import Path

from kiosk.pin import StaffPin

STAFF_PIN = "4829"


def set_staff_pin(data_dir: Path, pin: str = STAFF_PIN) -> StaffPin:
    """Set the staff PIN of the kiosk in `data_dir`."""
    staff_pin = StaffPin(data_dir)
    staff_pin.set(pin)
    return staff_pin
