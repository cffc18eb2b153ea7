"""What `sayso import` says: QR pictures that do not make a whole bundle yet, and nothing new."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

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


def test_when_every_input_is_refused_it_says_nothing_was_imported_not_an_empty_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = ImportSummary()
    summary.rejected.append(("junk.sayso", "This is not a Say So bundle."))
    summary.show()
    shown = capsys.readouterr()
    assert "Nothing was imported." in shown.out
    assert "Imported answers" not in shown.out
    assert "Not imported: junk.sayso" in shown.err
