"""Where the organiser store lives: `DATA/organiser/answers.sqlite`, a `--store DIR` folder, or
a shared PostgreSQL database given as `--store postgresql://...`."""

from __future__ import annotations

from pathlib import Path

from kiosk.organiser.errors import OrganiserStoreError
from kiosk.organiser.postgres import PostgresOrganiserStore
from kiosk.organiser.read_only import cannot_be_written, refused_import
from kiosk.organiser.sql import SqlOrganiserStore
from kiosk.organiser.sqlite import SqliteOrganiserStore

ORGANISER_DIR = "organiser"
STORE_FILE = "answers.sqlite"
PARTIAL_DIR = "partial"
DATABASE_SCHEMES = ("postgresql://", "postgres://")


def is_database_url(store: str | None) -> bool:
    """Whether `--store` names a PostgreSQL database rather than a folder."""
    return store is not None and store.startswith(DATABASE_SCHEMES)


def organiser_folder(data_dir: Path, store: str | Path | None = None) -> Path:
    """The organiser folder: `store` if it is a folder, else `organiser` in the data folder."""
    if store is None or is_database_url(str(store)):
        return data_dir / ORGANISER_DIR
    return Path(store)


def open_organiser_store(
    data_dir: Path, store: str | Path | None = None, *, reading: bool = False
) -> SqlOrganiserStore:
    """The organiser store, made if new; `OrganiserStoreError` if unusable.

    A store file that cannot be written (read-only media) is opened only to read when
    `reading` (a report); otherwise it is refused in plain words.
    """
    if store is not None and is_database_url(str(store)):
        return PostgresOrganiserStore(str(store))
    folder = organiser_folder(data_dir, store)
    path = folder / STORE_FILE
    if path.is_file() and cannot_be_written(path):
        if not reading:
            raise refused_import(path)
        return SqliteOrganiserStore(path, read_only=True)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise OrganiserStoreError(
            f"The organiser folder {folder} cannot be made ({reason}). Choose another with --store."
        ) from None
    return SqliteOrganiserStore(path)
