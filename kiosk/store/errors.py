"""The ways the store can fail, each with a message that tells staff what to do."""

from __future__ import annotations

import errno

from kiosk.keys import KeysError
from kiosk.lockfile import LOCKED_MESSAGE, FolderLock
from surveys.errors import SaySoError

FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY_ERRNOS = {errno.EROFS}
PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM}


class StoreError(SaySoError):
    """The store cannot save or read; the message says what staff should do."""

    title = "Answers cannot be saved"


class StoreLockedError(StoreError):
    """Another kiosk already uses this data folder."""

    title = "This kiosk is already running"


class StoreFullError(StoreError):
    """The disk is full, read-only, or the data folder may not be written to."""

    title = "Answers cannot be saved"


class StoreDamagedError(StoreError):
    """The store cannot be read or repaired."""

    title = "The answers store is damaged"


class StoreKeysError(StoreError, KeysError):
    """The store cannot open because a key file is missing or unreadable."""

    title = "A key problem stops the answers store"


class ReceiptInUseError(StoreError):
    """A different response already has this receipt code."""

    title = "That receipt code is taken"


RECEIPT_IN_USE = "Another response already has that receipt code. Make a new code and save again."


def error_from_os(error: OSError, doing: str) -> StoreError:
    """A plain-words store error for an `OSError` met while `doing` (e.g. "save the answers")."""
    if error.errno in FULL_ERRNOS:
        return StoreFullError(
            f"The disk is full, so Say So could not {doing}. Nothing was lost that had been "
            "saved before. Free some space (or use a different data folder) and try again."
        )
    if error.errno in READ_ONLY_ERRNOS:
        return StoreFullError(
            f"The data folder cannot be written to (the disk is read-only), so Say So could not "
            f"{doing}. Use a folder this computer can write to, or ask for help."
        )
    if error.errno in PERMISSION_ERRNOS or isinstance(error, PermissionError):
        return StoreFullError(
            f"The data folder cannot be written to (permission was denied), so Say So could "
            f"not {doing}. Give this user permission to write to it, use a different data "
            "folder, or ask for help."
        )
    reason = error.strerror or error.__class__.__name__
    return StoreError(
        f"The disk reported a problem ({reason}), so Say So could not {doing}. "
        "Nothing saved before was lost. Try again; if it keeps happening, ask for help."
    )


def take_lock(lock: FolderLock) -> None:
    """Hold `lock` (if not held already), or raise `StoreLockedError` or a plain disk error."""
    if lock.held:
        return
    try:
        taken = lock.acquire()
    except OSError as error:
        raise error_from_os(error, "open the data folder") from None
    if not taken:
        raise StoreLockedError(LOCKED_MESSAGE)
