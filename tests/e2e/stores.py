"""Kiosk and organiser folders for the command tests, and a way to open either organiser store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.bundles.export import build_bundle
from kiosk.keys import KeyFolder
from kiosk.organiser import open_organiser_store
from surveys.response import Response
from tests.unit.bundles.bundle_kiosk import make_kiosk

SAYSO = Path(sys.executable).with_name("sayso")


def sayso(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real `sayso` command, run to its end."""
    command = [str(SAYSO), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def bundle_files(folder: Path, kiosks: int, each: int) -> tuple[Path, list[Response]]:
    """An organiser data folder and `kiosks` bundle files of `each` answers sealed to it."""
    first = make_kiosk(each, seed=0)
    organiser = folder / "organiser-data"
    KeyFolder.of(organiser).save_organiser_pair(first.organiser)
    saved: list[Response] = []
    for number in range(kiosks):
        kiosk = make_kiosk(each, first.organiser, seed=number)
        built = build_bundle(kiosk.store, kiosk.keys, include_exported=False)
        (folder / f"kiosk{number}.sayso").write_bytes(built.data)
        saved += kiosk.saved
    return organiser, saved


def kept_receipts(organiser: Path, store: str | None) -> list[str]:
    """The receipts of every kept response, one per response, sorted."""
    opened = open_organiser_store(organiser, store)
    try:
        return sorted(r.receipt for r in opened.responses())
    finally:
        opened.close()
