"""Fountain-coded QR frames: any K-plus-a-few frames, in any order, rebuild a bundle.

Frames carry RaptorQ (RFC 6330) encoding symbols: the first K frames hold the
bundle itself, every later one a repair symbol, so a reader who misses some
frames simply keeps reading. The decoder holds several transfers at once and
ignores any text that is not a whole, valid frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import raptorq

from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frame_text import (
    Frame,
    allowed_shape,
    bundle_id_of,
    format_frame,
    parse_frame,
)

MAX_FRAMES = 1 << 20
MAX_TRANSFERS_HELD = 64
_PAYLOAD_ID_BYTES = 4


def source_symbols(length: int, symbol_size: int) -> int:
    """K: how many symbols a bundle of `length` bytes splits into."""
    return -(-length // symbol_size)


class FountainEncoder:
    """Makes the frames of one bundle; frame n is the same text every time."""

    def __init__(self, bundle: bytes, *, symbol_size: int) -> None:
        if not allowed_shape(len(bundle), symbol_size):
            raise FrameError(
                f"A bundle of {len(bundle)} bytes cannot be split into {symbol_size}-byte "
                "QR frames. Export it as a file instead, or export fewer answers at a time."
            )
        self.bundle_id = bundle_id_of(bundle)
        self.symbol_size = symbol_size
        self._length = len(bundle)
        self._encoder = raptorq.Encoder.with_defaults(bundle, symbol_size + _PAYLOAD_ID_BYTES)
        self._packets: list[bytes] = []

    @property
    def source_symbols(self) -> int:
        """K: frames that hold the bundle itself; any K-plus-a-few frames rebuild it."""
        return source_symbols(self._length, self.symbol_size)

    def frame(self, n: int) -> str:
        """The text of frame `n` (0 is the first)."""
        if not 0 <= n < MAX_FRAMES:
            raise FrameError(f"Frame {n} is beyond the {MAX_FRAMES} frames a bundle can have.")
        if n >= len(self._packets):
            repair = max(n + 1, 2 * len(self._packets)) - self.source_symbols
            self._packets = self._encoder.get_encoded_packets(max(repair, 0))
        frame = Frame(self.bundle_id, self._length, self.symbol_size, self._packets[n])
        return format_frame(frame)

    def frames(self, count: int) -> list[str]:
        """The first `count` frames."""
        if count > 0:
            self.frame(count - 1)
        return [self.frame(n) for n in range(count)]


@dataclass(frozen=True)
class TransferProgress:
    """How far the reading of one bundle has got."""

    bundle_id: str  # hex
    frames_held: int
    frames_needed: int  # about how many more frames it takes


@dataclass
class _Transfer:
    frame: Frame
    decoder: raptorq.Decoder = field(init=False)
    symbol_ids: set[bytes] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.decoder = raptorq.Decoder.with_defaults(
            self.frame.length, self.frame.symbol_size + _PAYLOAD_ID_BYTES
        )

    @property
    def needed(self) -> int:
        return source_symbols(self.frame.length, self.frame.symbol_size)


class FountainDecoder:
    """Collects frames of any number of transfers and rebuilds their bundles."""

    def __init__(self) -> None:
        self._transfers: dict[tuple[bytes, int, int], _Transfer] = {}
        self._done: set[tuple[bytes, int, int]] = set()
        self._complete: list[bytes] = []

    def add(self, text: str) -> bool:
        """Take one frame's text; True if it was new and valid, False if ignored."""
        frame = parse_frame(text)
        if frame is None or frame.transfer in self._done:
            return False
        transfer = self._transfer_for(frame)
        symbol_id = frame.packet[:_PAYLOAD_ID_BYTES]
        if transfer is None or symbol_id in transfer.symbol_ids:
            return False
        if len(transfer.symbol_ids) > 3 * transfer.needed + 32:
            return False
        transfer.symbol_ids.add(symbol_id)
        transfer.texts.append(text)
        rebuilt = transfer.decoder.decode(frame.packet)
        if rebuilt is not None:
            self._finish(frame, bytes(rebuilt))
        return True

    def _transfer_for(self, frame: Frame) -> _Transfer | None:
        transfer = self._transfers.get(frame.transfer)
        if transfer is None and len(self._transfers) < MAX_TRANSFERS_HELD:
            transfer = self._transfers[frame.transfer] = _Transfer(frame)
        return transfer

    def _finish(self, frame: Frame, rebuilt: bytes) -> None:
        del self._transfers[frame.transfer]
        if len(rebuilt) == frame.length and bundle_id_of(rebuilt) == frame.bundle_id:
            self._done.add(frame.transfer)
            self._complete.append(rebuilt)
        # Otherwise a frame that only looked valid spoiled the transfer: start it again.

    def complete(self) -> list[bytes]:
        """The bundles rebuilt so far, in the order they were finished."""
        return list(self._complete)

    def incomplete(self) -> list[TransferProgress]:
        """The transfers begun but not finished."""
        return [
            TransferProgress(
                bundle_id=key[0].hex(),
                frames_held=len(t.symbol_ids),
                frames_needed=max(t.needed + 2 - len(t.symbol_ids), 1),
            )
            for key, t in self._transfers.items()
        ]

    def pending_frames(self) -> list[str]:
        """The frame texts of unfinished transfers, to keep for a later read."""
        return [text for t in self._transfers.values() for text in t.texts]
