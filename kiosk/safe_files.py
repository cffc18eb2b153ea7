"""Writing files so that a crash or power cut leaves either the old or the new version whole."""

from __future__ import annotations

import os
import secrets
import sys
import time
from pathlib import Path

BINARY = getattr(os, "O_BINARY", 0)
"""Windows opens files in text mode unless asked; elsewhere this is 0."""

TEMP_SUFFIX = ".tmp"


def fsync_file(fd: int) -> None:
    """Push a file's data to the disk itself, not just the disk's cache where the OS allows."""
    if sys.platform == "darwin":
        import fcntl  # Inside: only on POSIX (F_FULLFSYNC only on macOS).

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    elif hasattr(os, "fdatasync"):
        os.fdatasync(fd)
    else:
        os.fsync(fd)


def fsync_directory(path: Path) -> None:
    """Make a rename or new file in `path` durable; Windows has no directory handles, so it skips."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(path: Path) -> Path:
    """A fresh temporary name beside `path`, recognisable by `stale_temp_files`."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def stale_temp_files(path: Path) -> list[Path]:
    """Temporary files a crashed write of `path` may have left behind."""
    return sorted(path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"))


def remove_stale_temp_files(path: Path) -> None:
    """Delete what a crashed write of `path` left; call only while holding the folder's lock."""
    for stale in stale_temp_files(path):
        stale.unlink(missing_ok=True)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data`; `os.write` may write fewer."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def replace_file(source: Path, target: Path) -> None:
    """`os.replace`, retried briefly on Windows where another program may hold the file."""
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 9:
                raise
            time.sleep(0.05)


def write_file_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace `path` with `data` in one step: temp file, fsync, rename, fsync the folder."""
    temp = temp_path_for(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, mode)
    try:
        try:
            write_all(fd, data)
            fsync_file(fd)
        finally:
            os.close(fd)
        if os.name != "nt":
            os.chmod(temp, mode)
        replace_file(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)
