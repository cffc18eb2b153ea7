"""The staff PIN file, `staff-pin.json`, read with distrust: any field may be damaged.

A damaged salt or hash means no PIN can be checked, so staff mode stays locked until the PIN
is set again (see `kiosk.pin.guard`). A damaged count of wrong PINs (not a whole number from 0 to
1000), or a wait that is not a number, is simply started again, and a wait longer than 15 minutes is cut to 15 minutes: the
PIN itself always works.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import dataclass, replace

SALT_BYTES = 16
HASH_BYTES = 32
LONGEST_WAIT = 15 * 60.0


@dataclass(frozen=True)
class PinRecord:
    """One PIN's hash and the wrong tries made against it."""

    salt: bytes
    hash: bytes
    failures: int = 0
    wait_until: float = 0.0

    def same_pin(self, other: PinRecord) -> bool:
        """Whether both records hold the same PIN (the same salt and hash)."""
        return (self.salt, self.hash) == (other.salt, other.hash)

    def wait_left(self, now: float) -> float:
        """Seconds until the next try may be checked: never more than 15 minutes."""
        return min(LONGEST_WAIT, max(0.0, self.wait_until - now))

    def capped(self, now: float) -> PinRecord:
        """This record with a wait that ends at most 15 minutes from `now`."""
        if self.wait_until <= now + LONGEST_WAIT:
            return self
        return replace(self, wait_until=now + LONGEST_WAIT)

    def to_bytes(self) -> bytes:
        """The record as the JSON kept in the file."""
        state = {
            "salt": _b64(self.salt),
            "hash": _b64(self.hash),
            "failures": self.failures,
            "wait_until": self.wait_until,
        }
        return json.dumps(state).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _bytes_field(value: object, size: int) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size else None


def _failures_field(value: object) -> int:
    """A count that is not a sensible whole number is damage: started again."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
        return 0
    return value


def _wait_field(value: object) -> float:
    """A wait that is not a number is started again; a huge one is capped when used."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    try:
        wait_until = float(value)
    except OverflowError:  # an integer too big for a float
        return math.inf
    return 0.0 if math.isnan(wait_until) else wait_until


def parse_record(data: bytes) -> PinRecord | None:
    """The record in `data`, or None if its salt or hash cannot be used."""
    try:
        state = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(state, dict):
        return None
    salt = _bytes_field(state.get("salt"), SALT_BYTES)
    digest = _bytes_field(state.get("hash"), HASH_BYTES)
    if salt is None or digest is None:
        return None
    failures = _failures_field(state.get("failures"))
    return PinRecord(salt, digest, failures, _wait_field(state.get("wait_until")))
