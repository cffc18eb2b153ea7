"""The kiosk's store on disk, opened from a data folder.

This first version appends one JSON line per response and fsyncs it; the
crash-safe, encrypted store replaces it behind the same two functions.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from kiosk.store.base import StoreError
from kiosk.store.memory import MemoryStore
from surveys.response import Response

STORE_FILE = "responses.jsonl"


class FileStore(MemoryStore):
    """Keeps responses in memory and appends each to a file before `save` returns."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        if path.exists():
            self.responses = _read(path)

    def save(self, response: Response) -> None:
        line = response.model_dump_json() + "\n"
        try:
            with self.path.open("a", encoding="utf-8") as file:
                file.write(line)
                file.flush()
                os.fsync(file.fileno())
        except OSError as error:
            raise StoreError(f"The answers could not be saved ({error.strerror}).") from None
        super().save(response)


def _read(path: Path) -> list[Response]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Response.model_validate(json.loads(line)) for line in lines if line.strip()]


def open_store(data_dir: Path) -> FileStore:
    """The kiosk store in `data_dir`, created if needed."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"The data folder cannot be made ({error.strerror}).") from None
    return FileStore(data_dir / STORE_FILE)


def read_responses(data_dir: Path) -> list[Response]:
    """Every kept response in `data_dir`, readable only where the organiser's key is."""
    path = data_dir / STORE_FILE
    return _read(path) if path.exists() else []
