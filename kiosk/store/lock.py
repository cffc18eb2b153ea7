"""One kiosk per data folder: an OS lock on a file, released by the OS if the kiosk dies."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.store.errors import StoreLockedError, error_from_os

LOCK_FILE = "kiosk.lock"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class FolderLock:
    """Holds `kiosk.lock` in a data folder for as long as the store is open."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise `StoreLockedError` if another kiosk holds it."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise error_from_os(error, "open the data folder") from None
        if not _try_lock(fd):
            os.close(fd)
            raise StoreLockedError(
                "Another Say So kiosk is already using this data folder. Close it first, "
                "or start this one with a different --data-dir."
            )
        self._fd = fd
        if sys.platform != "win32":  # Windows locks bytes, so the other kiosk could not read them
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))

    def release(self) -> None:
        """Let another kiosk use the folder."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
