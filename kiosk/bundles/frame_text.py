"""One QR frame as text: the prefix, then Base45 of a small header, one symbol and a checksum.

Layout of the bytes inside the Base45 text (big-endian):

    version      1 byte   FORMAT_VERSION
    bundle id    8 bytes  the first 8 bytes of SHA-256 of the whole bundle
    length       4 bytes  the bundle's length in bytes (the transfer length)
    symbol size  2 bytes  bytes in each RaptorQ symbol
    symbol id    4 bytes  the RaptorQ payload id (source block, then symbol number)
    symbol       symbol-size bytes, mixed with a SHAKE-128 stream keyed by the symbol id
    checksum     4 bytes  CRC-32 of everything before it

Mixing the symbol matters: the `qrcode` library's Reed-Solomon step fails with
`ValueError: glog(0)` when a whole block of a code is zero bytes, and a bundle's
last symbol is padded with zeros. Mixed, the text looks random whatever the bundle.

Reading a frame never raises on bad text: `parse_frame` returns None instead.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass

from kiosk.bundles.base45 import b45decode, b45encode, encoded_length

PREFIX = "SAYSO:"
FORMAT_VERSION = 1
ID_BYTES = 8
_HEAD = struct.Struct(">B8sIH4s")
OVERHEAD_BYTES = _HEAD.size + 4
MAX_BUNDLE_BYTES = 8 * 1024 * 1024
MAX_SOURCE_SYMBOLS = 8192
MIN_SYMBOL_SIZE = 64  # raptorq picks its own size below this
MAX_SYMBOL_SIZE = 2856
_MAX_TEXT = len(PREFIX) + encoded_length(OVERHEAD_BYTES + MAX_SYMBOL_SIZE)


@dataclass(frozen=True)
class Frame:
    """The parts of one frame."""

    bundle_id: bytes
    length: int
    symbol_size: int
    packet: bytes  # the RaptorQ payload id, then the symbol

    @property
    def transfer(self) -> tuple[bytes, int, int]:
        """What frames must share to belong to one transfer."""
        return (self.bundle_id, self.length, self.symbol_size)


def bundle_id_of(bundle: bytes) -> bytes:
    """The id frames carry for a bundle: it also checks the rebuilt bytes."""
    return hashlib.sha256(bundle).digest()[:ID_BYTES]


def frame_chars(symbol_size: int) -> int:
    """How many characters a frame with this symbol size takes."""
    return len(PREFIX) + encoded_length(OVERHEAD_BYTES + symbol_size)


def allowed_shape(length: int, symbol_size: int) -> bool:
    """Whether a transfer of this length and symbol size is one Say So makes."""
    return (
        0 < length <= MAX_BUNDLE_BYTES
        and MIN_SYMBOL_SIZE <= symbol_size <= MAX_SYMBOL_SIZE
        and symbol_size % 8 == 0
        and -(-length // symbol_size) <= MAX_SOURCE_SYMBOLS
    )


def _mixed(sbn_esi: bytes, symbol: bytes) -> bytes:
    """The symbol XORed with a stream keyed by its id; doing it twice gives it back."""
    stream = hashlib.shake_128(b"sayso frame " + sbn_esi).digest(len(symbol))
    mixed = int.from_bytes(symbol, "big") ^ int.from_bytes(stream, "big")
    return mixed.to_bytes(len(symbol), "big")


def format_frame(frame: Frame) -> str:
    """The text of a frame."""
    sbn_esi, symbol = frame.packet[:4], frame.packet[4:]
    head = _HEAD.pack(FORMAT_VERSION, frame.bundle_id, frame.length, frame.symbol_size, sbn_esi)
    body = head + _mixed(sbn_esi, symbol)
    return PREFIX + b45encode(body + zlib.crc32(body).to_bytes(4, "big"))


def parse_frame(text: str) -> Frame | None:
    """The frame in `text`, or None if the text is not a whole, valid Say So frame."""
    if not isinstance(text, str) or len(text) > _MAX_TEXT or not text.startswith(PREFIX):
        return None
    try:
        raw = b45decode(text[len(PREFIX) :])
    except ValueError:
        return None
    if len(raw) < OVERHEAD_BYTES:
        return None
    body, checksum = raw[:-4], raw[-4:]
    if zlib.crc32(body).to_bytes(4, "big") != checksum:
        return None
    version, bundle_id, length, symbol_size, sbn_esi = _HEAD.unpack_from(body)
    symbol = body[_HEAD.size :]
    if version != FORMAT_VERSION or sbn_esi[0] != 0 or len(symbol) != symbol_size:
        return None
    if not allowed_shape(length, symbol_size):
        return None
    return Frame(bundle_id, length, symbol_size, sbn_esi + _mixed(sbn_esi, symbol))
