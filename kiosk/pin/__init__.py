"""The staff PIN: a scrypt hash in `staff-pin.json`, wrong tries slowed down. No Textual here."""

from kiosk.pin.guard import FREE_TRIES, LOCK_OUT_TRIES, PIN_FILE, PinCheck, StaffPin, wait_after
from kiosk.pin.marker import MARKER_FILE
from kiosk.pin.record import LONGEST_WAIT
from kiosk.pin.rule import (
    LONGEST_PIN,
    PIN_CHARACTERS,
    PIN_LENGTHS,
    PIN_RULE,
    SHORTEST_PIN,
    is_valid_pin,
)
from kiosk.pin.status import (
    LOCKED_MESSAGE,
    LOCKED_OUT_MESSAGE,
    NOT_SET_MESSAGE,
    PinError,
    PinStatus,
)

__all__ = [
    "FREE_TRIES",
    "LOCKED_MESSAGE",
    "LOCKED_OUT_MESSAGE",
    "LOCK_OUT_TRIES",
    "LONGEST_PIN",
    "LONGEST_WAIT",
    "MARKER_FILE",
    "NOT_SET_MESSAGE",
    "PIN_CHARACTERS",
    "PIN_FILE",
    "PIN_LENGTHS",
    "PIN_RULE",
    "SHORTEST_PIN",
    "PinCheck",
    "PinError",
    "PinStatus",
    "StaffPin",
    "is_valid_pin",
    "wait_after",
]
