"""Printed sheets: PNG pages and a PDF whose codes rebuild the bundle, even with pages missing."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.bundles.frames import FountainDecoder
from kiosk.bundles.sheets import page_heading, write_pdf, write_png_sheets

BUNDLE = random.Random(4).randbytes(9000)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_png_sheets(BUNDLE, tmp_path_factory.mktemp("sheets"), bundle_label="AB12 CD34")


def frames_on(paths: list[Path]) -> list[str]:
    return [code.text for path in paths for code in zxingcpp.read_barcodes(Image.open(path))]


def rebuilt_from(texts: list[str]) -> list[bytes]:
    decoder = FountainDecoder()
    for text in texts:
        decoder.add(text)
    return decoder.complete()


def test_every_code_on_every_page_reads_and_rebuilds_the_bundle(pages: list[Path]) -> None:
    texts = frames_on(pages)
    assert len(texts) == sum(len(zxingcpp.read_barcodes(Image.open(p))) for p in pages)
    assert all(1 <= len(zxingcpp.read_barcodes(Image.open(p))) <= 6 for p in pages)
    assert rebuilt_from(texts) == [BUNDLE]


def test_any_two_thirds_of_the_pages_in_any_order_rebuild_the_bundle(pages: list[Path]) -> None:
    rng = random.Random(8)
    for _ in range(3):
        kept = rng.sample(pages, len(pages) - len(pages) // 3)
        assert rebuilt_from(frames_on(kept)) == [BUNDLE]


def test_pages_are_named_by_bundle_and_page_number_and_are_a4(pages: list[Path]) -> None:
    assert [p.name for p in pages] == [
        f"AB12-CD34-page-{n:03d}.png" for n in range(1, len(pages) + 1)
    ]
    assert Image.open(pages[0]).size == (1240, 1754)


def test_the_pdf_has_one_a4_page_per_sheet(tmp_path: Path, pages: list[Path]) -> None:
    pdf = write_pdf(BUNDLE, tmp_path / "out" / "bundle.pdf", bundle_label="AB12 CD34")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", data)) == len(pages)
    assert b"/MediaBox [0 0 595.28 841.89]" in data


def test_each_page_heading_names_the_bundle_and_says_page_n_of_m() -> None:
    assert page_heading("AB12CD34", 2, 7) == "Say So bundle AB12CD34   page 2 of 7"
