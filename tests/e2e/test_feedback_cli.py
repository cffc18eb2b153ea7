"""The real `sayso feedback make` and `load`, and the kiosk showing it on its start screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.feedback.folder import FEEDBACK_FILE
from kiosk.keys import KeyFolder, OrganiserKeyPair
from kiosk.organiser import open_organiser_store
from tests.e2e.stores import sayso
from tests.e2e.terminal import start_kiosk, stop, wait_for
from tests.unit.organiser.report_store import fill

LINES = "👍 You said the games were fun.\n🛠 We got 2 new games for the club.\n"


def _organiser(tmp_path: Path) -> tuple[Path, OrganiserKeyPair]:
    data = tmp_path / "organiser"
    pair = OrganiserKeyPair.generate()
    KeyFolder.of(data).save_organiser_pair(pair)
    store = open_organiser_store(data)
    fill(store)
    store.close()
    (tmp_path / "lines.txt").write_text(LINES, encoding="utf-8")
    return data, pair


def _make(tmp_path: Path, data: Path) -> Path:
    out = tmp_path / "said.sayso-feedback"
    made = sayso(
        "feedback", "make", "--title", "You said, we did", "--lines", tmp_path / "lines.txt",
        "--out", out, "--date", "2026-04-01", "--data-dir", data,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "21 receipts" in made.stdout
    return out


def test_a_kiosk_loads_its_organisers_feedback_and_shows_it(tmp_path: Path) -> None:
    data, pair = _organiser(tmp_path)
    out = _make(tmp_path, data)
    kiosk = tmp_path / "kiosk"
    KeyFolder.of(kiosk).save_organiser_public(pair.public)
    loaded = sayso("feedback", "load", out, "--data-dir", kiosk)
    assert loaded.returncode == 0, loaded.stderr
    assert "You said, we did" in loaded.stdout
    session = start_kiosk(kiosk)
    try:
        screen = wait_for(session, "We got 2 new games", seconds=60)
        assert "You said, we did" in screen
    finally:
        stop(session)


def test_tampered_or_foreign_feedback_is_refused_plainly(tmp_path: Path) -> None:
    data, pair = _organiser(tmp_path)
    out = _make(tmp_path, data)
    kiosk = tmp_path / "kiosk"
    KeyFolder.of(kiosk).save_organiser_public(OrganiserKeyPair.generate().public)
    foreign = sayso("feedback", "load", out, "--data-dir", kiosk)
    assert foreign.returncode == 1
    assert "not signed by the organiser this kiosk trusts" in foreign.stderr
    assert "Traceback" not in foreign.stderr
    assert not (kiosk / "feedback").exists()
    own = tmp_path / "own"
    KeyFolder.of(own).save_organiser_public(pair.public)
    data_bytes = bytearray(out.read_bytes())
    data_bytes[-3] ^= 0x20
    (tmp_path / "changed.sayso-feedback").write_bytes(bytes(data_bytes))
    changed = sayso("feedback", "load", tmp_path / "changed.sayso-feedback", "--data-dir", own)
    assert changed.returncode == 1
    assert "changed after it was signed" in changed.stderr


def test_lines_that_are_not_easy_read_are_refused(tmp_path: Path) -> None:
    data, _ = _organiser(tmp_path)
    long_line = " ".join(["word"] * 30) + "."
    (tmp_path / "lines.txt").write_text(long_line, encoding="utf-8")
    made = sayso(
        "feedback", "make", "--title", "T", "--lines", tmp_path / "lines.txt",
        "--out", tmp_path / "x", "--data-dir", data,
    )  # fmt: skip
    assert made.returncode == 1
    assert "not easy read yet" in made.stderr


@pytest.mark.parametrize("command", ["load", "show"])
@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_a_device_is_refused_at_once(tmp_path: Path, command: str, kind: str) -> None:
    """A named pipe would make the command wait for ever, and /dev/zero never ends."""
    kiosk = tmp_path / "kiosk"
    KeyFolder.of(kiosk).save_organiser_public(OrganiserKeyPair.generate().public)
    chosen = tmp_path / "said.sayso-feedback"
    if kind == "pipe":
        os.mkfifo(chosen)
    else:
        chosen.symlink_to("/dev/zero")
    refused = sayso("feedback", command, chosen, "--data-dir", kiosk, timeout=30)
    assert refused.returncode == 1
    assert "This is not a 'you said, we did' feedback file." in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (kiosk / FEEDBACK_FILE).exists()
