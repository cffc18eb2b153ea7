"""The kiosk's error log, `errors.log` in the data folder: what broke, never what anyone typed.

Each entry is the time, the exception's type and, for it and every exception it came from,
the frames of its traceback as file, line and function. Exception messages are left out
altogether, because a message can quote an answer or free text (a `ValueError` naming the
value it refused); so are local variables and source lines. Developers find the line from
the frame; staff find the log in the data folder. The log is capped: past `MAX_BYTES` it
becomes `errors.log.1` (replacing an older one) and a new log starts. No Textual here.
"""

from __future__ import annotations

import os
import time
import traceback
from pathlib import Path

ERROR_LOG = "errors.log"
MAX_BYTES = 256 * 1024
"""Each log file's size cap; with the one older file kept, at most twice this on disk."""


def described(error: BaseException) -> list[str]:
    """Lines naming `error`'s type and its frames, then those of the errors it came from."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("which came from:")
    return lines


class ErrorLog:
    """Appends described errors to `errors.log` in a data folder."""

    def __init__(self, data_dir: Path, max_bytes: int = MAX_BYTES) -> None:
        self.path = data_dir / ERROR_LOG
        self.max_bytes = max_bytes

    def record(self, error: BaseException, where: str) -> None:
        """Add `error` (met in `where`, such as "a screen") to the log; never raises."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        entry = "\n".join([f"{stamp} an error in {where}:", *described(error), "", ""])
        try:
            self._make_room(len(entry))
            with self.path.open("a", encoding="utf-8") as log:
                log.write(entry)
                log.flush()
                os.fsync(log.fileno())
        except OSError:
            return  # a full or read-only disk: the kiosk carries on without its log

    def _make_room(self, adding: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size + adding > self.max_bytes:
            os.replace(self.path, self.path.with_name(ERROR_LOG + ".1"))

    def entries(self) -> str:
        """The log's text now (empty when nothing has gone wrong)."""
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""
