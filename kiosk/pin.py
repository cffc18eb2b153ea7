"""The staff PIN: kept as a scrypt hash, with wrong guesses slowed down.

After three wrong PINs in a row each further try must wait longer (5 s, 10 s, 20 s ...
up to 15 minutes). The count and the wait are kept in the file, so restarting the
kiosk does not reset them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from surveys.errors import SaySoError

PIN_FILE = "staff-pin.json"
FREE_TRIES = 3
FIRST_WAIT = 5.0
LONGEST_WAIT = 15 * 60.0
SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class PinError(SaySoError):
    """A PIN that cannot be used, or a PIN file that cannot be written."""

    title = "Staff PIN"


@dataclass(frozen=True)
class PinCheck:
    """The result of trying a PIN: `ok`, or how long to wait before the next try."""

    ok: bool
    wait_seconds: float = 0.0

    @property
    def message(self) -> str:
        """What to tell the person at the kiosk."""
        if self.ok:
            return "PIN accepted."
        if self.wait_seconds > 0:
            return f"That PIN is not right. Please wait {round(self.wait_seconds)} seconds and try again."
        return "That PIN is not right. Please try again."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **SCRYPT
    )


class StaffPin:
    """The PIN kept in a data folder."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = data_dir / PIN_FILE
        self._clock = clock

    def _state(self) -> dict[str, object]:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _write(self, state: dict[str, object]) -> None:
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("w", encoding="utf-8") as file:
                json.dump(state, file)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except OSError as error:
            raise PinError(f"The staff PIN could not be saved ({error.strerror}).") from None

    @property
    def is_set(self) -> bool:
        """Whether a PIN has been chosen for this kiosk."""
        return "hash" in self._state()

    def set(self, pin: str) -> None:
        """Choose a new PIN: 4 to 8 digits."""
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise PinError("A staff PIN is 4 to 8 numbers.")
        salt = secrets.token_bytes(16)
        self._write(
            {"salt": _b64(salt), "hash": _b64(_hash(pin, salt)), "failures": 0, "wait_until": 0.0}
        )

    def wait_seconds(self) -> float:
        """How long until the next try is allowed."""
        wait_until = self._state().get("wait_until", 0.0)
        return (
            max(0.0, float(wait_until) - self._clock())
            if isinstance(wait_until, int | float)
            else 0.0
        )

    def check(self, pin: str) -> PinCheck:
        """Try a PIN. While a wait is running, no PIN is checked at all."""
        state = self._state()
        if "hash" not in state:
            raise PinError("No staff PIN has been chosen yet.")
        waiting = self.wait_seconds()
        if waiting > 0:
            return PinCheck(False, waiting)
        salt = base64.b64decode(str(state["salt"]))
        if hmac.compare_digest(_hash(pin, salt), base64.b64decode(str(state["hash"]))):
            self._write({**state, "failures": 0, "wait_until": 0.0})
            return PinCheck(True)
        failures = int(str(state.get("failures", 0))) + 1
        wait = (
            0.0
            if failures < FREE_TRIES
            else min(LONGEST_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES))
        )
        self._write({**state, "failures": failures, "wait_until": self._clock() + wait})
        return PinCheck(False, wait)
