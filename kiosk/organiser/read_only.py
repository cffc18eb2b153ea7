"""An organiser store on read-only media (a CD, a locked USB stick): reports read it as it is.

SQLite in WAL mode keeps a `-shm` index beside the file, which it must be able to make even to
read. On media that cannot be written there is none, so a store with no `-wal` log beside it
(one closed properly, as `sayso import` leaves it) is opened as immutable: nothing can change
it there. A store whose log was copied with it is opened read-only and reads the log too.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.organiser.errors import OrganiserStoreError


def cannot_be_written(path: Path) -> bool:
    """Whether the store file at `path`, or the folder it is in, cannot be written."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_uri(path: Path) -> str:
    """The SQLite address that reads the store at `path` and never writes beside it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    has_log = Path(f"{path}-wal").exists()
    return uri if has_log or os.access(path.parent, os.W_OK) else f"{uri}&immutable=1"


def refused_import(path: Path) -> OrganiserStoreError:
    """Why nothing can be imported into a store that cannot be written."""
    return OrganiserStoreError(
        f"The organiser store {path} cannot be written: it is on a read-only disk or in a "
        "locked folder (a CD, a locked USB stick). Nothing was imported. Copy its folder to "
        "one you can write, then import there with --store, or unlock the disk.",
        title="The organiser store cannot be written",
    )
