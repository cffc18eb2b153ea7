"""Reading an ordinary file of limited size without ever waiting on a pipe or a device.

A file chosen by a person (a survey's picture, a feedback file on a USB stick) may be a named
pipe, which blocks whoever opens it until something writes to it, or a link to a device such
as /dev/zero, which never ends. Both are refused at once here.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""Read only, without waiting for a writer, and in binary on Windows."""


class NotOrdinaryFile(Exception):
    """The path is a folder, a pipe or a device, not an ordinary file."""

    def __init__(self, path: Path, *, folder: bool) -> None:
        super().__init__(path)
        self.folder = folder
        """Whether it is a folder (a person may have given the folder a file is in)."""


class FileTooBig(Exception):
    """The file holds more bytes than were allowed; `size` is at least how many."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_ordinary_file(path: Path, limit: int) -> bytes:
    """The bytes of the ordinary file at `path`, if it holds at most `limit` of them.

    Raises `NotOrdinaryFile`, `FileTooBig`, or the `OSError` that opening or reading gave.
    """
    fd = os.open(path, OPEN_FLAGS)
    try:
        facts = os.fstat(fd)
        if not stat.S_ISREG(facts.st_mode):
            raise NotOrdinaryFile(path, folder=stat.S_ISDIR(facts.st_mode))
        if facts.st_size > limit:
            raise FileTooBig(facts.st_size)
        chunks, size = [], 0
        while size <= limit and (chunk := os.read(fd, limit + 1 - size)):
            chunks.append(chunk)  # read to the limit: the file may have grown since
            size += len(chunk)
        if size > limit:
            raise FileTooBig(size)
        return b"".join(chunks)
    finally:
        os.close(fd)
