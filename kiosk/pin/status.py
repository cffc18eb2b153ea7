"""What staff are told about the PIN: its state, its errors, and how to recover it."""

from __future__ import annotations

import errno
from enum import Enum

from surveys.errors import SaySoError

FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
SET_COMMAND = "sayso staff pin"
RESET_COMMAND = "sayso staff pin --reset --organiser-key FILE"

NOT_SET_MESSAGE = (
    "No staff PIN has been set on this kiosk, so staff mode is locked. Before participants "
    f"use the kiosk, set one on this computer with: {SET_COMMAND}"
)
LOCKED_MESSAGE = (
    "Staff mode is locked: the staff PIN file is missing or damaged. Answers are safe. "
    "Your organiser can set a new PIN on this computer with their organiser key: "
    f"{RESET_COMMAND}"
)

LOCKED_OUT_MESSAGE = (
    "Staff mode is locked because the wrong PIN was typed too many times. Answers are safe. "
    "Only your organiser can unlock it, on this computer, with their organiser key: "
    f"{RESET_COMMAND}"
)


class PinError(SaySoError):
    """A PIN that cannot be used, or a PIN file that cannot be written."""

    title = "Staff PIN"


class PinStatus(Enum):
    """Whether staff mode can be opened with a PIN."""

    NOT_SET = "not set"
    """No PIN was ever set here: staff set one before the event."""
    READY = "ready"
    """A PIN is set and can be checked."""
    LOCKED = "locked"
    """A PIN was set but its file is missing or damaged: only the organiser can reset it."""
    LOCKED_OUT = "locked out"
    """Too many wrong PINs in a row: only the organiser can reset it."""


def locked_message(was_set: bool) -> str:
    """Why no PIN can be checked now, and what to do."""
    return LOCKED_MESSAGE if was_set else NOT_SET_MESSAGE


def describe_os_error(error: OSError) -> str:
    """A few plain words for a disk error: 'the disk is full', 'permission was denied' ..."""
    if error.errno in FULL_ERRNOS:
        return "the disk is full"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    if error.errno in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        return "permission was denied"
    return error.strerror or error.__class__.__name__
