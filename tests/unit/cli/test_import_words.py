"""What `sayso import` says about QR pictures that do not make a whole bundle yet."""

from __future__ import annotations

import random
from pathlib import Path

from kiosk.bundles.sheets import write_png_sheets
from kiosk.commands.import_run import scanned_bundles
from kiosk.commands.import_summary import ImportSummary


def test_a_bundle_with_codes_missing_is_described_in_words(tmp_path: Path) -> None:
    pages = write_png_sheets(random.Random(6).randbytes(6000), tmp_path, bundle_label="CAFE0001")
    summary = ImportSummary()
    assert scanned_bundles(pages[:2], tmp_path / "partial", summary) == []
    (words,) = summary.waiting
    assert words.startswith("A bundle is not complete yet: 12 of its QR codes were read")
    assert "more are needed" in words
    assert "TransferProgress" not in words
    assert "frames_held" not in words
