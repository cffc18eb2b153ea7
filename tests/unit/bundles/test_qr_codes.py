"""QR codes of frames stay inside the `qrcode` library's limits and read back with zxing-cpp."""

from __future__ import annotations

import random

import pytest
import qrcode
import qrcode.util
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frames import FountainEncoder
from kiosk.bundles.qr_codes import alphanumeric_capacity, qr_matrix, symbol_size_for


def picture(matrix: list[list[bool]], scale: int = 4) -> Image.Image:
    side = len(matrix) + 8
    image = Image.new("L", (side, side), 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.putpixel((x + 4, y + 4), 0)
    return image.resize((side * scale, side * scale), Image.Resampling.NEAREST)


@pytest.mark.parametrize(("version", "level"), [(1, "L"), (10, "M"), (23, "M"), (40, "Q")])
def test_capacity_is_exactly_what_fits(version: int, level: str) -> None:
    capacity = alphanumeric_capacity(version, level)  # type: ignore[arg-type]
    qr_matrix("A" * capacity, version, level)  # type: ignore[arg-type]
    with pytest.raises(FrameError, match="could not be drawn"):
        qr_matrix("A" * (capacity + 1), version, level)  # type: ignore[arg-type]


def test_a_frame_sized_for_a_version_reads_back_exactly() -> None:
    for version, level in [(8, "M"), (13, "M"), (23, "M"), (20, "Q")]:
        size = symbol_size_for(version, level)  # type: ignore[arg-type]
        assert size is not None
        text = FountainEncoder(random.randbytes(5000), symbol_size=size).frame(2)
        (read,) = zxingcpp.read_barcodes(picture(qr_matrix(text, version, level)))  # type: ignore[arg-type]
        assert read.text == text


def test_plain_qrcode_fails_on_a_run_of_zeros_and_frames_avoid_it() -> None:
    code = qrcode.QRCode(version=23, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(qrcode.util.QRData("SAYSO:" + "0" * 150, mode=qrcode.util.MODE_ALPHA_NUM))
    with pytest.raises(ValueError, match="glog"):
        code.make(fit=False)
    zeros = FountainEncoder(bytes(20_000), symbol_size=800)
    for text in zeros.frames(40):
        qr_matrix(text, 23, "M")


@settings(max_examples=40, deadline=None)
@given(
    zero_run=st.integers(0, 4000),
    version=st.integers(6, 40),
    level=st.sampled_from(["L", "M", "Q", "H"]),
)
def test_frames_of_zero_heavy_bundles_always_draw(zero_run: int, version: int, level: str) -> None:
    size = symbol_size_for(version, level)  # type: ignore[arg-type]
    if size is None:
        return
    bundle = bytes(zero_run) + b"\x01" + bytes(size // 2)
    encoder = FountainEncoder(bundle, symbol_size=size)
    for n in (0, encoder.source_symbols - 1, encoder.source_symbols + 3):
        qr_matrix(encoder.frame(n), version, level)  # type: ignore[arg-type]
