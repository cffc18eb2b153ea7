"""Collecting QR frames from pictures, folders, videos and webcams into whole bundles.

Frames of transfers that are not finished yet are kept in `partial_dir`, so a
later `collect` with more pictures finishes them. Nothing here raises on hostile
or broken input: each file that cannot be used is listed in `rejected` with why.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frame_text import parse_frame
from kiosk.bundles.frames import FountainDecoder, TransferProgress
from kiosk.bundles.qr_reading import (
    IMAGE_SUFFIXES,
    VIDEO_SUFFIXES,
    read_picture,
    read_video,
    texts_in,
    video_frames,
)

PARTIAL_FILE = "frames-pending.txt"
EARLIER = "frames kept from an earlier import"


@dataclass
class ScanResult:
    """What a scan found: whole bundles, unfinished transfers, and files it could not use."""

    bundles: list[tuple[str, bytes]] = field(default_factory=list)
    incomplete: list[TransferProgress] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


class _Collector:
    def __init__(self) -> None:
        self.decoder = FountainDecoder()
        self.result = ScanResult()

    def add(self, source: str, texts: Iterable[str]) -> int:
        """Feed frame texts; returns how many were new frames."""
        before = len(self.decoder.complete())
        new = sum(self.decoder.add(text) for text in texts)
        for bundle in self.decoder.complete()[before:]:
            self.result.bundles.append((source, bundle))
        return new

    def finish(self) -> ScanResult:
        self.result.incomplete = self.decoder.incomplete()
        return self.result


def _files_in(path: Path) -> list[Path]:
    if path.is_dir():
        wanted = IMAGE_SUFFIXES | VIDEO_SUFFIXES
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted)
    return [path]


def _read_file(collector: _Collector, path: Path) -> None:
    source = str(path)
    if path.suffix.lower() in VIDEO_SUFFIXES:
        found = sum(collector.add(source, texts) for texts in read_video(path))
    elif path.suffix.lower() in IMAGE_SUFFIXES:
        texts = read_picture(path)
        if not texts:
            raise FrameError(f"{path.name} has no QR codes that could be read.")
        found = collector.add(source, texts)
        if not found and not any(parse_frame(text) for text in texts):
            raise FrameError(f"{path.name} has QR codes, but none of them are Say So frames.")
    else:
        raise FrameError(f"{path.name} is not a picture (PNG, JPEG) or a video Say So can read.")
    if not found and path.suffix.lower() in VIDEO_SUFFIXES:
        raise FrameError(f"{path.name} shows no Say So QR codes that were not already read.")


def _load_partial(collector: _Collector, partial_dir: Path) -> None:
    try:
        texts = (partial_dir / PARTIAL_FILE).read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    collector.add(EARLIER, texts)


def _save_partial(decoder: FountainDecoder, partial_dir: Path) -> None:
    partial_dir.mkdir(parents=True, exist_ok=True)
    target = partial_dir / PARTIAL_FILE
    spare = target.with_suffix(".tmp")
    with spare.open("w", encoding="ascii") as out:
        out.writelines(text + "\n" for text in decoder.pending_frames())
        out.flush()
        os.fsync(out.fileno())
    os.replace(spare, target)


def collect(paths: Sequence[Path], *, partial_dir: Path | None) -> ScanResult:
    """Read every picture, folder and video in `paths` and rebuild the bundles they carry."""
    collector = _Collector()
    if partial_dir is not None:
        _load_partial(collector, partial_dir)
    for path in paths:
        if not path.exists():
            collector.result.rejected.append((str(path), "There is no file or folder here."))
            continue
        for file in _files_in(path):
            try:
                _read_file(collector, file)
            except FrameError as error:
                collector.result.rejected.append((str(file), error.message))
    if partial_dir is not None:
        _save_partial(collector.decoder, partial_dir)
    return collector.finish()


def collect_webcam(
    camera: int,
    *,
    partial_dir: Path | None,
    seconds: float = 120.0,
    on_progress: Callable[[list[TransferProgress]], None] | None = None,
) -> ScanResult:
    """Read frames from webcam number `camera` until a bundle is whole or time runs out."""
    collector = _Collector()
    if partial_dir is not None:
        _load_partial(collector, partial_dir)
    deadline = time.monotonic() + seconds
    source = f"webcam {camera}"
    try:
        for picture in video_frames(camera):
            if collector.add(source, texts_in(picture)) and on_progress is not None:
                on_progress(collector.decoder.incomplete())
            done = collector.result.bundles and not collector.decoder.incomplete()
            if done or time.monotonic() > deadline:
                break
    except FrameError as error:
        collector.result.rejected.append((source, error.message))
    if partial_dir is not None:
        _save_partial(collector.decoder, partial_dir)
    return collector.finish()
