"""Printable QR sheets of a bundle: PNG pages, or one PDF of them.

Codes are version 16 at error correction level Q (a quarter of each code can be
smudged), six to an A4 page so readers such as zxing-cpp are not crowded, and
each page says which bundle it belongs to and "page N of M". Beyond the K frames
that hold the bundle there are 60 % more repair frames, so any two thirds of the
pages, in any order, rebuild it.

The PDF is made with fpdf2: pure Python, actively kept up, it embeds the PNG
pages losslessly and needs no system library (img2pdf now needs pikepdf and qpdf).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frames import FountainEncoder
from kiosk.bundles.qr_codes import ErrorCorrection, qr_matrix, symbol_size_for

VERSION = 16
LEVEL: ErrorCorrection = "Q"
CODES_ACROSS, CODES_DOWN = 2, 3
REPAIR_SHARE = 0.6
PAGE_PIXELS = (1240, 1754)  # A4 at 150 dots per inch
MODULE_PIXELS = 6
QUIET_MODULES = 4
HEADER_PIXELS = 110


def sheet_codes(bundle: bytes) -> list[list[list[bool]]]:
    """The QR codes printed for a bundle: K frames and 60 % more, all drawable."""
    size = symbol_size_for(VERSION, LEVEL)
    assert size is not None
    encoder = FountainEncoder(bundle, symbol_size=size)
    wanted = math.ceil(encoder.source_symbols * (1 + REPAIR_SHARE)) + CODES_ACROSS * CODES_DOWN
    codes: list[list[list[bool]]] = []
    n = 0
    while len(codes) < wanted:
        n += 1
        try:
            codes.append(qr_matrix(encoder.frame(n - 1), VERSION, LEVEL))
        except FrameError:
            continue  # any other frame serves as well
    return codes


def code_image(matrix: list[list[bool]], module_pixels: int = MODULE_PIXELS) -> Image.Image:
    """A QR code as a black-on-white picture with its quiet zone."""
    pixels = bytes(0 if dark else 255 for row in matrix for dark in row)
    code = Image.frombytes("L", (len(matrix), len(matrix)), pixels)
    side = len(matrix) + 2 * QUIET_MODULES
    image = Image.new("L", (side, side), 255)
    image.paste(code, (QUIET_MODULES, QUIET_MODULES))
    return image.resize((side * module_pixels, side * module_pixels), Image.Resampling.NEAREST)


def _page(codes: list[list[list[bool]]], heading: str) -> Image.Image:
    page = Image.new("L", PAGE_PIXELS, 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 40), heading, fill=0, font=ImageFont.load_default(size=36))
    cell_w = PAGE_PIXELS[0] // CODES_ACROSS
    cell_h = (PAGE_PIXELS[1] - HEADER_PIXELS) // CODES_DOWN
    for index, matrix in enumerate(codes):
        code = code_image(matrix)
        row, column = divmod(index, CODES_ACROSS)
        x = column * cell_w + (cell_w - code.width) // 2
        y = HEADER_PIXELS + row * cell_h + (cell_h - code.height) // 2
        page.paste(code, (x, y))
    return page


def page_heading(bundle_label: str, number: int, total: int) -> str:
    """The words at the top of a page."""
    return f"Say So bundle {bundle_label}   page {number} of {total}"


def sheet_pages(bundle: bytes, bundle_label: str) -> Iterator[Image.Image]:
    """The pages, each headed with the bundle label and "page N of M"."""
    codes = sheet_codes(bundle)
    per_page = CODES_ACROSS * CODES_DOWN
    total = -(-len(codes) // per_page)
    for number in range(1, total + 1):
        on_page = codes[(number - 1) * per_page : number * per_page]
        yield _page(on_page, page_heading(bundle_label, number, total))


def _file_stem(bundle_label: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", bundle_label).strip("-") or "bundle"


def write_png_sheets(bundle: bytes, folder: Path, *, bundle_label: str) -> list[Path]:
    """Write the pages as PNG files in `folder` and return their paths in page order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, page in enumerate(sheet_pages(bundle, bundle_label), start=1):
        path = folder / f"{_file_stem(bundle_label)}-page-{number:03d}.png"
        page.save(path, optimize=True)
        paths.append(path)
    return paths


def write_pdf(bundle: bytes, file: Path, *, bundle_label: str) -> Path:
    """Write the pages as one A4 PDF and return its path."""
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_title(f"Say So bundle {bundle_label}")
    pdf.set_creator("Say So")
    for page in sheet_pages(bundle, bundle_label):
        pdf.add_page()
        pdf.image(page, x=0, y=0, w=210, h=297)
    file.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(file))
    return file
