"""The work of `sayso import`: read each bundle, merge it, count it; a refused one is skipped."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.progress import Progress

from kiosk.bundles.opening import read_bundle_bytes
from kiosk.commands.import_summary import ImportSummary
from kiosk.commands.organiser_key import organiser_key
from kiosk.organiser import open_organiser_store
from kiosk.organiser.files import PARTIAL_DIR, organiser_folder
from kiosk.organiser.known_kiosks import KnownKiosks, refuse_unknown
from kiosk.organiser.many import import_many, worker_count

if TYPE_CHECKING:  # the QR reader is loaded only when there are pictures to read
    from kiosk.bundles.frames import TransferProgress

NO_SCANNER = (
    "Reading QR images and videos is not available in this build of Say So. "
    "Import the .sayso bundle file instead."
)


def scanned_bundles(
    others: Sequence[Path], partial_dir: Path, summary: ImportSummary
) -> list[tuple[str, bytes]]:
    """Bundles rebuilt from QR images and videos by the scanner, if this build has it."""
    if not others:
        return []
    try:
        scan = importlib.import_module("kiosk.bundles.scan")
    except ImportError:
        summary.rejected += [(str(path), NO_SCANNER) for path in others]
        return []
    result = scan.collect(list(others), partial_dir=partial_dir)
    summary.rejected += list(result.rejected)
    summary.waiting += [waiting_words(progress) for progress in result.incomplete]
    return list(result.bundles)


def waiting_words(progress: TransferProgress) -> str:
    """What to tell the organiser about a bundle whose QR codes are not all read yet."""
    return (
        f"A bundle is not complete yet: {progress.frames_held} of its QR codes were read, and "
        f"about {progress.frames_needed} more are needed. The codes read are kept: import more "
        "pictures or video of it to finish it."
    )


def run_import(
    data_dir: Path,
    store_place: str | None,
    files: Sequence[Path],
    others: Sequence[Path],
    summary: ImportSummary,
) -> None:
    """Import every bundle file and scanned bundle into the organiser store."""
    organiser = organiser_key(data_dir)
    listed = KnownKiosks(data_dir).names()  # read once; a damaged list stops the import here
    folder = organiser_folder(data_dir, store_place)
    store = open_organiser_store(data_dir, store_place)
    try:
        scanned = scanned_bundles(others, folder / PARTIAL_DIR, summary)
        sources = [(str(path), functools.partial(read_bundle_bytes, path)) for path in files]
        sources += [(name, functools.partial(bytes, data)) for name, data in scanned]
        workers = worker_count(len(sources))
        with Progress(transient=True, disable=len(sources) < 3) as progress:
            task = progress.add_task("Importing bundles", total=len(sources))
            for outcome in import_many(
                store, sources, organiser, workers, accept=functools.partial(refuse_unknown, listed)
            ):
                if outcome.counts is not None:
                    summary.add(outcome.kiosk_id, outcome.counts)
                if outcome.refused is not None:
                    summary.rejected.append((outcome.name, outcome.refused.message))
                progress.advance(task)
    finally:
        store.close()
