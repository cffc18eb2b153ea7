"""Never writing a command's output over Say So's own files or over what the command reads.

A report or feedback file given the name of the organiser store, a key or the file being read
(`sayso report --csv DATA/organiser/answers.sqlite`, `sayso feedback new said.yaml --out
said.yaml`) would replace it and lose what it held, so such a name is refused before anything
is written. Two outputs named the same would write over each other, so that is refused too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kiosk.keys import KeyFolder
from kiosk.organiser.files import STORE_FILE, is_database_url, organiser_folder
from kiosk.store.durable import STORE_FILE as KIOSK_STORE_FILE
from surveys.errors import SaySoError

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputRefused(SaySoError):
    """An output file would replace one Say So keeps, one being read, or another output."""

    title = "Nothing was written"


def _same_file_key(path: Path) -> tuple[int, int] | str:
    """What makes two names the same file: device and inode when it exists, else its real path."""
    try:
        found = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (found.st_dev, found.st_ino)


def say_so_files(data_dir: Path, store: str | None) -> list[Path]:
    """The files Say So keeps that an output must never replace: keys and both stores."""
    keys = KeyFolder.of(data_dir).path
    kept = sorted(keys.iterdir()) if keys.is_dir() else []
    kept.append(data_dir / KIOSK_STORE_FILE)
    if not is_database_url(store):
        folder = organiser_folder(data_dir, store)
        kept += [folder / f"{STORE_FILE}{companion}" for companion in DATABASE_COMPANIONS]
    return kept


def refuse_overwriting(outputs: Iterable[Path], read: Iterable[Path], kept: Iterable[Path]) -> None:
    """`OutputRefused` if an output is a file being `read`, a `kept` file or another output."""
    protected = {_same_file_key(path): (path, "is being read") for path in read}
    for path in kept:
        protected.setdefault(_same_file_key(path), (path, "is kept by Say So"))
    for output in outputs:
        key = _same_file_key(output)
        if key in protected:
            raise OutputRefused(_why(output, *protected[key]))
        protected[key] = (output, "is already an output")


def _why(output: Path, other: Path, reason: str) -> str:
    if reason == "is being read":
        return f"{output} is the file being read, so writing it would lose it. Choose another name."
    if reason == "is already an output":
        return f"{output} was given twice, so one file would replace the other. Give each its own name."
    return (
        f"{output} is one of Say So's own files ({other.name}), so writing it would lose what it "
        "holds. Choose another name."
    )
