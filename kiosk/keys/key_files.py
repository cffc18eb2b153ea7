"""Reading one key file: a single short line of text, refused plainly when it is not."""

from __future__ import annotations

from pathlib import Path

from kiosk.keys.errors import KeysError
from surveys.ordinary_files import FileTooBig, NotOrdinaryFile, read_ordinary_file

MAX_KEY_BYTES = 4096
"""Far more than a key needs: each key file is one line of under 120 characters."""


def read_key_text(path: Path, shown: str) -> str:
    """The text of the key file at `path` (called `shown` in messages).

    `FileNotFoundError` if there is no file; `KeysError` in plain words if it cannot be read or
    holds something other than a key's line of text (random bytes, a picture, a device).
    """
    try:
        data = read_ordinary_file(path, MAX_KEY_BYTES)
    except (NotOrdinaryFile, FileTooBig):
        raise KeysError(not_a_key(shown)) from None
    except FileNotFoundError:
        raise
    except OSError as error:
        why = error.strerror or error.__class__.__name__
        raise KeysError(f"The key file {shown} cannot be read ({why}).") from None
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        raise KeysError(not_a_key(shown)) from None


def not_a_key(shown: str) -> str:
    """Why a file that is not a Say So key is refused, and what to do."""
    return (
        f"The file {shown} is not a Say So key: a key file is one short line of text, and this "
        "file holds something else. Check you gave the right file. If it is a key this "
        "computer keeps, put back the copy you keep safe."
    )
