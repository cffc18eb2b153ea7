"""An organiser store copied to read-only media can still be reported on, never imported into.

A real read-only folder is made with a bind mount remounted read-only: permissions alone do
not stop root, which the tests run as, and a read-only mount stops everyone.
"""

from __future__ import annotations

import csv
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kiosk.cli import cli
from kiosk.keys import KeyFolder, OrganiserKeyPair
from kiosk.organiser import open_organiser_store
from tests.unit.organiser.report_store import fill

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="a read-only mount needs root"
)


@pytest.fixture
def read_only_store(tmp_path: Path) -> Iterator[Path]:
    """An organiser folder holding 21 answers, seen through a read-only mount."""
    written, shown = tmp_path / "written", tmp_path / "stick"
    store = open_organiser_store(tmp_path, written)
    fill(store)
    store.close()
    shown.mkdir()
    subprocess.run(["mount", "--bind", str(written), str(shown)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(shown)], check=True)
        yield shown
    finally:
        subprocess.run(["umount", str(shown)], check=True)


def _sayso(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--data-dir", str(data_dir)])


@needs_root
def test_a_report_reads_a_store_on_read_only_media(read_only_store: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in read_only_store.iterdir())
    out = tmp_path / "report.csv"
    result = _sayso(tmp_path, "report", "--store", str(read_only_store), "--csv", str(out))
    assert result.exit_code == 0, result.output
    assert "cannot be opened" not in result.output
    with out.open(encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.DictReader(file))) == 21
    assert sorted(p.name for p in read_only_store.iterdir()) == before


@needs_root
def test_importing_into_a_store_on_read_only_media_is_refused(
    read_only_store: Path, tmp_path: Path
) -> None:
    KeyFolder.of(tmp_path).save_organiser_pair(OrganiserKeyPair.generate())
    bundle = tmp_path / "day1.sayso"
    bundle.write_bytes(b"never opened: the store is refused first")
    result = _sayso(tmp_path, "import", str(bundle), "--store", str(read_only_store))
    assert result.exit_code == 1, result.output
    assert "cannot be written: it is on a read-only disk" in result.output
    assert "Nothing was imported" in result.output
    assert "Traceback" not in result.output
