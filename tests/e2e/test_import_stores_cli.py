"""`sayso import --store`: the same idempotent import into SQLite and a real PostgreSQL."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.stores import SAYSO, bundle_files, kept_receipts, sayso


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where `--store` points: an organiser folder, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "shared-folder")
    url: str = request.getfixturevalue("postgres_url")
    return url


def test_importing_three_times_keeps_each_answer_once(tmp_path: Path, store: str) -> None:
    organiser, saved = bundle_files(tmp_path, kiosks=3, each=20)
    files = sorted(tmp_path.glob("*.sayso"))
    for _ in range(3):
        result = sayso("import", *files, "--store", store, "--data-dir", organiser)
        assert result.returncode == 0, result.stderr
    rows = [line.split("│") for line in result.stdout.splitlines() if "ten-closed" in line]
    assert [(row[3].strip(), row[4].strip()) for row in rows] == [("0", "20")] * 3  # new, had
    assert kept_receipts(organiser, store) == sorted(r.receipt for r in saved)


def test_two_imports_at_once_leave_no_duplicates(tmp_path: Path, postgres_url: str) -> None:
    organiser, saved = bundle_files(tmp_path, kiosks=6, each=150)
    files = [str(p) for p in sorted(tmp_path.glob("*.sayso"))]
    command = [str(SAYSO), "import", "--store", postgres_url, "--data-dir", str(organiser)]
    both = [
        subprocess.Popen([*command, *order], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for order in (files, files[::-1])
    ]
    for child in both:
        _, errors = child.communicate(timeout=180)
        assert child.returncode == 0, errors.decode()
    assert kept_receipts(organiser, postgres_url) == sorted(r.receipt for r in saved)


def test_an_unreachable_database_is_said_plainly(tmp_path: Path) -> None:
    organiser, _ = bundle_files(tmp_path, kiosks=1, each=3)
    url = "postgresql://someone:secret@127.0.0.1:9/nowhere"
    result = sayso("import", *tmp_path.glob("*.sayso"), "--store", url, "--data-dir", organiser)
    assert result.returncode == 1
    assert "cannot be opened" in result.stderr
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr
