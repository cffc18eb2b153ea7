"""Opening the kiosk's store in a data folder, and reading it back with the organiser's key."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kiosk.keys import KeysError, organiser_private_key, prepare_kiosk_keys
from kiosk.lockfile import FolderLock
from kiosk.store.durable import STORE_FILE, DurableStore
from kiosk.store.errors import StoreKeysError, error_from_os
from kiosk.store.records import sealed_in
from kiosk.store.sealing import SealedResponse, open_sealed
from kiosk.store.storage import JournalStorage
from surveys.model import Survey
from surveys.response import Response


def open_store(
    data_dir: Path, lock: FolderLock | None = None, surveys: Iterable[Survey] = ()
) -> DurableStore:
    """The kiosk store in `data_dir`, created (with keys) if needed; locked while open.

    `lock` is the folder's lock if the caller took it already (`sayso kiosk` does, before
    its screen starts); the store releases it when closed. Responses to `surveys` are kept
    in the compact format against their layouts.

    Raises `StoreLockedError` if another kiosk uses the folder, `StoreFullError` if it cannot be
    written, `StoreKeysError` if a key file is unreadable. See `store.notices` for staff news.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise error_from_os(error, "make the data folder") from None
    try:
        keys = prepare_kiosk_keys(data_dir)
    except KeysError as error:
        raise StoreKeysError(error.message) from None
    return DurableStore(data_dir, keys, lock, surveys)


def read_sealed(data_dir: Path) -> list[SealedResponse]:
    """Every kept response in `data_dir`, still sealed; reads only, never repairs or locks."""
    path = data_dir / STORE_FILE
    if not path.exists():
        return []
    try:
        storage = JournalStorage(path)
    except OSError as error:
        raise error_from_os(error, "read the answers file") from None
    return list(sealed_in(storage.tables))


def read_responses(data_dir: Path) -> list[Response]:
    """Every kept response in `data_dir`, opened with the organiser's private key kept there.

    Raises `KeysMissingError` when this machine does not hold that key.
    """
    organiser = organiser_private_key(data_dir)
    return [open_sealed(sealed, organiser) for sealed in read_sealed(data_dir)]
