"""QR codes of frame text with the `qrcode` library, kept inside its limits.

`qrcode` raises `DataOverflowError` when text is over a version's capacity (and
`ValueError` past version 40), and `ValueError: glog(0)` when a whole Reed-Solomon
block is zero bytes. Frames are sized from the capacity table below so they always
fit, and their text is mixed (see `frame_text`) so zero blocks do not occur; if
`qrcode` still refuses a frame, `FrameError` says so and callers show another frame.

The mask pattern comes from the text's checksum instead of `qrcode`'s search, which
costs 0.3 s a code at version 23 (0.05 s without it): a frame whose mask reads
badly is one more lost frame, and fountain coding already makes up for those.
"""

from __future__ import annotations

import zlib
from typing import Literal

import qrcode
import qrcode.util
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.exceptions import DataOverflowError

from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frame_text import MAX_SYMBOL_SIZE, MIN_SYMBOL_SIZE, frame_chars

ErrorCorrection = Literal["L", "M", "Q", "H"]
_LEVELS = {"L": ERROR_CORRECT_L, "M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}
_MODE_BITS = 4


def modules(version: int) -> int:
    """The width of a QR code of this version, in modules, without a quiet zone."""
    return 17 + 4 * version


def alphanumeric_capacity(version: int, level: ErrorCorrection) -> int:
    """How many alphanumeric characters one QR code of this version and level holds."""
    bits: int = qrcode.util.BIT_LIMIT_TABLE[_LEVELS[level]][version]
    bits -= _MODE_BITS + qrcode.util.length_in_bits(qrcode.util.MODE_ALPHA_NUM, version)
    pairs, rest = divmod(bits, 11)
    return 2 * pairs + (1 if rest >= 6 else 0)


def symbol_size_for(version: int, level: ErrorCorrection) -> int | None:
    """The largest frame symbol size whose text fits this QR version, or None."""
    capacity = alphanumeric_capacity(version, level)
    size = MAX_SYMBOL_SIZE
    while size >= MIN_SYMBOL_SIZE and frame_chars(size) > capacity:
        size -= 8
    return size if size >= MIN_SYMBOL_SIZE else None


def qr_matrix(text: str, version: int, level: ErrorCorrection) -> list[list[bool]]:
    """The modules of `text` as a QR code (True is dark), without a quiet zone."""
    mask = zlib.crc32(text.encode()) % 8
    code = qrcode.QRCode(
        version=version, error_correction=_LEVELS[level], border=0, mask_pattern=mask
    )
    code.add_data(qrcode.util.QRData(text, mode=qrcode.util.MODE_ALPHA_NUM))
    try:
        code.make(fit=False)
    except (DataOverflowError, ValueError) as error:
        raise FrameError(
            f"This frame could not be drawn as a version {version} QR code ({error}). "
            "Another frame will be shown instead."
        ) from error
    matrix: list[list[bool]] = code.get_matrix()
    return matrix
