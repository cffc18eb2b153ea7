"""Reads back a QR code printed as text (half blocks, 1 character = 2 modules) with zxing-cpp."""

from __future__ import annotations

import zxingcpp
from PIL import Image

HALVES = {"█": (1, 1), "▀": (1, 0), "▄": (0, 1), " ": (0, 0), "\xa0": (0, 0)}
"""Each character as its (top, bottom) modules, 1 for dark."""
SCALE = 6


def decode_text_qr(lines: list[str]) -> list[str]:
    """The texts of the QR codes drawn by `lines`, as a phone camera would read them."""
    width = max(len(line) for line in lines)
    rows: list[list[int]] = []
    for line in lines:
        halves = [HALVES[character] for character in line.ljust(width)]
        rows += [[top for top, _ in halves], [bottom for _, bottom in halves]]
    image = Image.new("L", (width, len(rows)), 255)
    image.putdata([0 if dark else 255 for row in rows for dark in row])
    image = image.resize((width * SCALE, len(rows) * SCALE), Image.Resampling.NEAREST)
    return [found.text for found in zxingcpp.read_barcodes(image)]
