"""Where the organiser store lives: `DATA/organiser/answers.sqlite`, or in `--store DIR`."""

from __future__ import annotations

from pathlib import Path

from kiosk.organiser.errors import OrganiserStoreError
from kiosk.organiser.sqlite import SqliteOrganiserStore

ORGANISER_DIR = "organiser"
STORE_FILE = "answers.sqlite"
PARTIAL_DIR = "partial"


def organiser_folder(data_dir: Path, store_dir: Path | None = None) -> Path:
    """The organiser folder: `store_dir` if given, else `organiser` in the data folder."""
    return store_dir if store_dir is not None else data_dir / ORGANISER_DIR


def open_organiser_store(data_dir: Path, store_dir: Path | None = None) -> SqliteOrganiserStore:
    """The organiser store in its folder, made if new; `OrganiserStoreError` if unusable."""
    folder = organiser_folder(data_dir, store_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise OrganiserStoreError(
            f"The organiser folder {folder} cannot be made ({reason}). Choose another with --store."
        ) from None
    return SqliteOrganiserStore(folder / STORE_FILE)
