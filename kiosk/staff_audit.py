"""The staff audit log: what staff did and when, kept in the data folder. No Textual here.

Each line of `staff-audit.log` is one JSON object: the time, the action, counts and, for a
change of settings, what changed to what. It never holds answers, free text (other than the
event's name, which staff type to be shown) or a receipt code in clear: a receipt code is written as a keyed
hash (the key is `keys/audit.key`, made on first use), so the organiser can match a code
they are given to a line without the log giving codes away. Lines are only ever added.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.pin.status import describe_os_error
from kiosk.safe_files import fsync_file, write_all, write_file_atomically

AUDIT_FILE = "staff-audit.log"
AUDIT_KEY_FILE = "audit.key"
ACTIONS = {
    "opened": "Staff mode opened",
    "counts": "Counts looked at",
    "export": "Answers exported",
    "export-not-delivered": "Export shown; the organiser did not have it yet",
    "withdraw": "An answer was withdrawn",
    "participant-withdraw": "A participant took their answers back",
    "speech-check": "Speech checked",
    "feedback": "'You said, we did' loaded",
    "pin-changed": "Staff PIN changed",
    "settings": "Settings changed",
    "event": "Event or survey changed",
    "locked": "Staff mode locked",
    "locked-alone": "Staff mode locked itself: nobody had touched it for a while",
    "closed": "Kiosk closed",
}
"""Every action the log knows, with the plain words staff see for it."""


@dataclass(frozen=True)
class AuditEntry:
    """One line of the log."""

    time: datetime
    action: str
    counts: dict[str, int] = field(default_factory=dict)
    code_hash: str | None = None
    changed: dict[str, str] = field(default_factory=dict)
    """Each setting changed, and its new value (only known values and the event's name)."""

    def describe(self) -> str:
        """The line in plain words, e.g. '14:02  Answers exported (answers 12, withdrawals 1)'."""
        words = ACTIONS.get(self.action, self.action)
        counts = [f"{name} {number}" for name, number in self.counts.items()]
        changes = [f"{name}: {value}" for name, value in self.changed.items()]
        details = ", ".join(counts + changes)
        when = self.time.strftime("%d %b %H:%M")
        return f"{when}  {words}" + (f" ({details})" if details else "")


class AuditLog:
    """`staff-audit.log` in one data folder. Writing trouble is kept in `problem`, never raised."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / AUDIT_FILE
        self._key_path = data_dir / "keys" / AUDIT_KEY_FILE
        self.problem: str | None = None
        """Why the last action could not be written, until a write works again."""

    def code_hash(self, code: str) -> str:
        """A keyed hash of a receipt code: the same code always gives the same hash here."""
        return hmac.new(self._key(), code.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def _key(self) -> bytes:
        with contextlib.suppress(OSError):
            key = self._key_path.read_bytes()
            if len(key) == 32:
                return key
        key = secrets.token_bytes(32)
        self._key_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_file_atomically(self._key_path, key, 0o600)
        return key

    def record(
        self,
        action: str,
        counts: dict[str, int] | None = None,
        code: str = "",
        changed: dict[str, str] | None = None,
    ) -> None:
        """Add one line for `action`; `code` (a receipt code) is written only as a keyed hash.

        `changed` names each setting changed with its new value: never free text.
        """
        if action not in ACTIONS:
            raise ValueError(f"unknown staff action {action!r}")
        try:
            entry: dict[str, object] = {
                "time": datetime.now().astimezone().isoformat(timespec="seconds"),
                "action": action,
                "counts": dict(counts or {}),
            }
            if code:
                entry["code_hash"] = self.code_hash(code)
            if changed:
                entry["changed"] = dict(changed)
            self._append((json.dumps(entry) + "\n").encode("utf-8"))
        except OSError as error:
            self.problem = (
                f"The staff log could not be written ({describe_os_error(error)}). "
                "The kiosk still works; free some space so staff actions are kept."
            )
        else:
            self.problem = None

    def _append(self, line: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            write_all(fd, line)
            fsync_file(fd)
        finally:
            os.close(fd)

    def recent(self, limit: int = 50) -> list[AuditEntry]:
        """The last `limit` readable lines, newest first (a damaged line is left out)."""
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        entries = [entry for line in lines if (entry := _parse(line)) is not None]
        return entries[::-1][:limit]


def _parse(line: str) -> AuditEntry | None:
    try:
        data = json.loads(line)
        time = datetime.fromisoformat(data["time"])
        action = data["action"]
        counts = {str(k): int(v) for k, v in data.get("counts", {}).items()}
        code_hash = data.get("code_hash")
        changed = {str(k): str(v) for k, v in data.get("changed", {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if action not in ACTIONS or not (code_hash is None or isinstance(code_hash, str)):
        return None
    return AuditEntry(time, action, counts, code_hash, changed)
