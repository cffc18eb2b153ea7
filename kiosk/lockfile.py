"""One kiosk per data folder: an OS lock on a file, released by the OS if the kiosk dies.

Light on purpose (no store, no keys): `sayso kiosk` takes the lock before its screen starts,
so a second kiosk on the same folder is told plainly, and the store opens a moment later.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCK_FILE = "kiosk.lock"
LOCKED_MESSAGE = (
    "Another Say So kiosk is already using this data folder. Close it first, "
    "or start this one with a different --data-dir."
)


if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class FolderLock:
    """Holds `kiosk.lock` in a data folder while a kiosk uses it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this lock is taken."""
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False if another kiosk holds it. Raises `OSError` from the disk."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        if sys.platform != "win32":  # Windows locks bytes, so the other kiosk could not read them
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return True

    def held_on_disk(self) -> bool:
        """Whether this lock, perhaps inherited from the process that took it, still holds the
        folder's own lock file (not a file since replaced)."""
        if self._fd is None:
            return False
        try:
            same = os.path.samestat(os.fstat(self._fd), os.stat(self.path))
        except OSError:
            return False
        return same and _try_lock(self._fd)  # taking a lock this descriptor holds changes nothing

    def release(self) -> None:
        """Let another kiosk use the folder."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
