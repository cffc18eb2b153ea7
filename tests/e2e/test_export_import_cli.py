"""The real `sayso export` and `sayso import` in subprocesses, with their own data folders."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.keys import KeyFolder  # noqa: E402
from kiosk.organiser import SqliteOrganiserStore  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from tests.unit.bundles.closed_survey import closed_responses, closed_survey

SAYSO = Path(sys.executable).with_name("sayso")
FORMAT1 = Path(__file__).parents[1] / "unit" / "store" / "fixtures" / "format1"


def sayso(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [str(SAYSO), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _organiser_copy(kiosk_dir: Path, organiser_dir: Path) -> None:
    """An organiser folder holding only the organiser's keys (as if copied from the kiosk)."""
    (organiser_dir / "keys").mkdir(parents=True)
    shutil.copy(KeyFolder.of(kiosk_dir).file("organiser.key"), organiser_dir / "keys")


def _answers(organiser_dir: Path) -> list[tuple[str, object]]:
    store = SqliteOrganiserStore(organiser_dir / "organiser" / "answers.sqlite")
    try:
        return sorted((r.receipt, r.answers) for r in store.responses())
    finally:
        store.close()


def test_answers_travel_from_kiosk_to_organiser_and_withdrawals_follow(tmp_path: Path) -> None:
    kiosk, organiser = tmp_path / "kiosk", tmp_path / "organiser"
    survey = closed_survey()
    saved = closed_responses(survey, 40)
    store = open_store(kiosk, surveys=[survey])
    for response in saved:
        store.save(response)
    store.close()
    _organiser_copy(kiosk, organiser)

    bundles = tmp_path / "bundles"
    bundles.mkdir()
    first = sayso("export", "--out", bundles / "one.sayso", "--data-dir", kiosk)
    assert first.returncode == 0, first.stderr
    assert "40 answers" in first.stdout
    for _ in range(3):
        imported = sayso("import", bundles / "one.sayso", "--data-dir", organiser)
        assert imported.returncode == 0, imported.stderr
    assert "40" in imported.stdout  # already had, the third time
    assert _answers(organiser) == sorted((r.receipt, r.answers) for r in saved)

    store = open_store(kiosk)
    assert store.withdraw(saved[7].receipt)
    store.close()
    assert (
        "There are no new answers"
        not in sayso("export", "--out", bundles / "two.sayso", "--data-dir", kiosk).stdout
    )
    assert sayso("import", bundles, "--data-dir", organiser).returncode == 0  # a folder
    receipts = [receipt for receipt, _ in _answers(organiser)]
    assert saved[7].receipt not in receipts
    assert len(receipts) == 39


def test_a_damaged_bundle_is_refused_by_name_and_nothing_of_it_kept(tmp_path: Path) -> None:
    kiosk, organiser = tmp_path / "kiosk", tmp_path / "organiser"
    shutil.copytree(FORMAT1, kiosk)  # a store written before the compact format
    _organiser_copy(kiosk, organiser)
    assert sayso("export", "--out", tmp_path / "old.sayso", "--data-dir", kiosk).returncode == 0
    data = (tmp_path / "old.sayso").read_bytes()
    (tmp_path / "bad.sayso").write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    result = sayso("import", tmp_path / "bad.sayso", "--data-dir", organiser)
    assert result.returncode == 1
    assert "bad.sayso" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert _answers(organiser) == []
    good = sayso("import", tmp_path / "old.sayso", "--data-dir", organiser)
    assert good.returncode == 0, good.stderr
    assert len(_answers(organiser)) == 4  # the format 1 answers not exported before


def test_sheets_that_cannot_be_written_are_said_plainly_and_nothing_is_marked(
    tmp_path: Path,
) -> None:
    kiosk = tmp_path / "kiosk"
    shutil.copytree(FORMAT1, kiosk)
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    sheets = tmp_path / "a-file" / "sheets"  # a full disk fails the same way
    result = sayso("export", "--out", tmp_path / "b.sayso", "--png", sheets, "--data-dir", kiosk)
    assert result.returncode == 1
    assert "the QR sheets could not be written to" in result.stderr
    assert "Nothing was marked as exported." in result.stderr
    assert "unexpected problem" not in result.stderr
    again = sayso("export", "--out", tmp_path / "c.sayso", "--data-dir", kiosk)
    assert again.returncode == 0, again.stderr
    assert "4 answers" in again.stdout  # still waiting to be exported
