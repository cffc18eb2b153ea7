"""An append-only file of checksummed records, fsync'd before an append returns.

    file   = MAGIC record*
    record = MARK (2 bytes) | length (4, little-endian) | CRC-32 of payload (4) | payload

A record is either wholly there with a matching checksum or it is damage. Reading never stops
at damage: it looks for the next MARK whose record checks out, so every intact record is found.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.safe_files import BINARY, fsync_file, write_all, write_file_atomically

MAGIC = b"SAYSO-STORE-1\n"
MARK = b"\xa5\x5a"
RECORD_HEADER = struct.Struct("<2sII")


def frame(payload: bytes) -> bytes:
    """One record holding `payload`."""
    return RECORD_HEADER.pack(MARK, len(payload), zlib.crc32(payload)) + payload


@dataclass
class ScanResult:
    """The intact records of a journal file, and whether anything else was found."""

    payloads: list[bytes] = field(default_factory=list)
    damaged: bool = False
    damaged_bytes: int = 0


def _record_at(data: bytes, pos: int) -> bytes | None:
    if len(data) - pos < RECORD_HEADER.size:
        return None
    mark, length, crc = RECORD_HEADER.unpack_from(data, pos)
    start = pos + RECORD_HEADER.size
    if mark != MARK or start + length > len(data):
        return None
    payload = data[start : start + length]
    return payload if zlib.crc32(payload) == crc else None


def scan(data: bytes) -> ScanResult:
    """Every intact record in `data`, skipping over damage of any kind."""
    result = ScanResult()
    pos = len(MAGIC) if data.startswith(MAGIC) else 0
    result.damaged = pos == 0
    bad_from: int | None = None if pos else 0
    while pos < len(data):
        payload = _record_at(data, pos)
        if payload is None:
            result.damaged = True
            bad_from = pos if bad_from is None else bad_from
            found = data.find(MARK, pos + 1)
            pos = len(data) if found < 0 else found
            continue
        if bad_from is not None:
            result.damaged_bytes += pos - bad_from
            bad_from = None
        result.payloads.append(payload)
        pos += RECORD_HEADER.size + len(payload)
    if bad_from is not None:
        result.damaged_bytes += len(data) - bad_from
    return result


class Journal:
    """The journal file of one store, open for appending."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._size = 0
        self._cut_to: int | None = None

    def read(self) -> ScanResult:
        """Scan the file as it is on disk (an absent file is an empty journal)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return ScanResult()
        return scan(data)

    def append(self, payloads: Iterable[bytes]) -> None:
        """Add records and return once they are on disk; on failure the file is as it was."""
        data = b"".join(frame(p) for p in payloads)
        fd = self._open()
        try:
            write_all(fd, data)
            fsync_file(fd)
        except OSError:
            self._undo_partial_append()
            raise
        self._size += len(data)

    def rewrite(self, payloads: Iterable[bytes]) -> None:
        """Replace the whole file in one step: temp file, fsync, rename, fsync the folder."""
        data = MAGIC + b"".join(frame(p) for p in payloads)
        self.close()
        write_file_atomically(self.path, data)
        self._size = len(data)
        self._cut_to = None

    def close(self) -> None:
        """Close the file (it is opened again by the next append)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _open(self) -> int:
        if self._fd is None:
            if not self.path.exists():
                write_file_atomically(self.path, MAGIC)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | BINARY)
            if self._cut_to is not None:  # a failed append could not be cut off last time
                os.ftruncate(self._fd, self._cut_to)
                self._cut_to = None
            self._size = os.fstat(self._fd).st_size
        return self._fd

    def _undo_partial_append(self) -> None:
        """Cut off the bytes of a failed append so earlier records stay byte-identical."""
        try:
            if self._fd is not None:
                os.ftruncate(self._fd, self._size)
                fsync_file(self._fd)
        except OSError:
            self._cut_to = self._size  # tried again before the next append
        self.close()
