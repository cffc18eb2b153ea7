"""The kiosk's error log, `errors.log` in the data folder: what broke, never what anyone typed.

Each entry is the time, the exception's type and, for it and every exception it came from,
the frames of its traceback as file, line and function (`surveys.fault_lines`). Exception
messages are left out altogether, because a message can quote an answer or free text; so
are local variables and source lines. Developers find the line from the frame; staff find
the log in the data folder. The log is capped: past `MAX_BYTES` it
becomes `errors.log.1` (replacing an older one) and a new log starts. No Textual here.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from surveys.fault_lines import fault_lines

ERROR_LOG = "errors.log"
MAX_BYTES = 256 * 1024
"""Each log file's size cap; with the one older file kept, at most twice this on disk."""


class ErrorLog:
    """Appends described errors to `errors.log` in a data folder."""

    def __init__(self, data_dir: Path, max_bytes: int = MAX_BYTES) -> None:
        self.path = data_dir / ERROR_LOG
        self.max_bytes = max_bytes

    def record(self, error: BaseException, where: str) -> None:
        """Add `error` (met in `where`, such as "a screen") to the log; never raises."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        entry = "\n".join([f"{stamp} an error in {where}:", *fault_lines(error), "", ""])
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
