"""The staff PIN: kept as a scrypt hash, with wrong guesses slowed down, then locked out.

After three wrong PINs in a row each further try must wait longer (5 s, 10 s, 20 s ...
up to 15 minutes). After ten wrong PINs in a row no PIN opens staff mode until the organiser
sets a new one with their key (`sayso staff pin --reset`). The count and the wait are kept in the file, so restarting the kiosk
does not reset them. If the file cannot be written, the kiosk keeps counting in memory and
tells staff: the right PIN still opens staff mode.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.pin.marker import PinMarker
from kiosk.pin.record import LONGEST_WAIT, SALT_BYTES, PinRecord, parse_record
from kiosk.pin.rule import PIN_RULE, is_valid_pin
from kiosk.pin.status import (
    LOCKED_OUT_MESSAGE,
    PinError,
    PinStatus,
    describe_os_error,
    locked_message,
)
from kiosk.safe_files import write_file_atomically

PIN_FILE = "staff-pin.json"
FREE_TRIES = 3
LOCK_OUT_TRIES = 10
"""After this many wrong PINs in a row no PIN opens staff mode until the organiser resets it."""
FIRST_WAIT = 5.0
SCRYPT = {"n": 2**14, "r": 8, "p": 1}

Writer = Callable[[Path, bytes, int], None]
"""Writes a whole file in one step: `write_file_atomically`, or a failing one in tests."""


@dataclass(frozen=True)
class PinCheck:
    """The result of trying a PIN, what to tell staff, and any trouble saving the try."""

    ok: bool
    message: str
    wait_seconds: float = 0.0
    problem: str | None = None
    status: PinStatus = PinStatus.READY


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **SCRYPT
    )


def wait_after(failures: int) -> float:
    """How long to wait after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(LONGEST_WAIT, FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 20)))


def _seconds(wait: float) -> str:
    whole = math.ceil(wait)
    return "1 second" if whole == 1 else f"{whole} seconds"


def _refusal(wait: float) -> str:
    if wait > 0:
        return f"That PIN is not right. Please wait {_seconds(wait)} and try again."
    return "That PIN is not right. Please try again."


class StaffPin:
    """The PIN kept in a data folder. Checks run one at a time, so every try is counted."""

    def __init__(
        self,
        data_dir: Path,
        clock: Callable[[], float] = time.time,
        write: Writer = write_file_atomically,
    ) -> None:
        self.data_dir = data_dir
        """The kiosk's data folder, where the PIN file is kept."""
        self.path = data_dir / PIN_FILE
        self.marker = PinMarker(data_dir, write)
        self._clock = clock
        self._write = write
        self._lock = threading.Lock()
        self._known: PinRecord | None = None  # what this kiosk last saved, or tried to
        self.problem: str | None = None
        """Why the last try could not be saved, until a save works again."""

    @property
    def status(self) -> PinStatus:
        """Whether staff mode can be opened with a PIN, is locked, or was never set up."""
        with self._lock:
            if (record := self._record()) is not None:
                locked_out = record.failures >= LOCK_OUT_TRIES
                return PinStatus.LOCKED_OUT if locked_out else PinStatus.READY
            return PinStatus.LOCKED if self._was_set() else PinStatus.NOT_SET

    def _was_set(self) -> bool:
        return self.marker.exists() or self.path.exists() or self.path.is_symlink()

    def _file_record(self) -> PinRecord | None:
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        return parse_record(data)

    def _record(self) -> PinRecord | None:
        """The PIN in force: the file's, with the tries this kiosk counted if it is the same PIN."""
        record = self._file_record()
        if record is None:
            return None
        if self._known is not None and self._known.same_pin(record):
            return self._known
        capped = record.capped(self._clock())
        self._known = capped
        if capped != record:
            self._save(capped)
        return capped

    def _save(self, record: PinRecord) -> None:
        self._known = record
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._write(self.path, record.to_bytes(), 0o600)
        except OSError as error:
            self.problem = (
                f"The kiosk could not save the count of wrong PINs ({describe_os_error(error)}). "
                "It keeps counting until it is closed, and the right PIN still opens staff mode."
            )
        else:
            self.problem = None

    def set(self, pin: str) -> None:
        """Make `pin` the staff PIN (4 to 8 digits), and remember that a PIN was set."""
        if not is_valid_pin(pin):
            raise PinError(PIN_RULE)
        salt = secrets.token_bytes(SALT_BYTES)
        record = PinRecord(salt, _hash(pin, salt))
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._write(self.path, record.to_bytes(), 0o600)
            except OSError as error:
                raise PinError(
                    f"The staff PIN could not be saved ({describe_os_error(error)}). "
                    "Nothing was changed. Fix that, then set the PIN again."
                ) from None
            self._known, self.problem = record, None
            self.marker.save()

    def wait_seconds(self) -> float:
        """How long until the next try is checked."""
        with self._lock:
            record = self._record()
            return 0.0 if record is None else record.wait_left(self._clock())

    def check(self, pin: str) -> PinCheck:
        """Try a PIN. While a wait is running, no PIN is checked at all, right or wrong."""
        with self._lock:
            record = self._record()
            if record is None:
                was_set = self._was_set()
                status = PinStatus.LOCKED if was_set else PinStatus.NOT_SET
                return PinCheck(False, locked_message(was_set), status=status)
            if record.failures >= LOCK_OUT_TRIES:
                return PinCheck(False, LOCKED_OUT_MESSAGE, status=PinStatus.LOCKED_OUT)
            now = self._clock()
            if (waiting := record.wait_left(now)) > 0:
                message = f"Please wait {_seconds(waiting)}, then type the PIN again."
                return PinCheck(False, message, waiting, self.problem)
            if hmac.compare_digest(_hash(pin, record.salt), record.hash):
                if record.failures or record.wait_until:
                    self._save(replace(record, failures=0, wait_until=0.0))
                self.marker.save_quietly()
                return PinCheck(True, "PIN accepted.", problem=self.problem)
            failures = record.failures + 1
            wait = wait_after(failures)
            self._save(replace(record, failures=failures, wait_until=now + wait))
            if failures >= LOCK_OUT_TRIES:
                return PinCheck(False, LOCKED_OUT_MESSAGE, status=PinStatus.LOCKED_OUT)
            return PinCheck(False, _refusal(wait), wait, self.problem)
