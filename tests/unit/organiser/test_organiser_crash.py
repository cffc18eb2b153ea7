"""kill -9 during a real `sayso import`: every bundle is all in or all out, the file stays whole."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from kiosk.bundles.export import build_bundle
from kiosk.keys import KeyFolder
from kiosk.organiser import SqliteOrganiserStore
from tests.polling import wait_until
from tests.unit.bundles.bundle_kiosk import make_kiosk

SAYSO = Path(sys.executable).with_name("sayso")
PER_BUNDLE = 300
BUNDLES = 8


def _count(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_killing_an_import_keeps_whole_bundles_only(tmp_path: Path) -> None:
    first = make_kiosk(PER_BUNDLE, seed=0)
    files = []
    for number in range(BUNDLES):
        kiosk = make_kiosk(PER_BUNDLE, first.organiser, seed=number)
        files.append(tmp_path / f"b{number}.sayso")
        files[-1].write_bytes(build_bundle(kiosk.store, kiosk.keys, include_exported=False).data)
    organiser = tmp_path / "organiser"
    KeyFolder.of(organiser).save_organiser_pair(first.organiser)
    database = organiser / "organiser" / "answers.sqlite"
    child = subprocess.Popen([SAYSO, "import", *files, "--data-dir", organiser])
    # Killed as soon as the first bundle is committed, while the others are still coming.
    wait_until(lambda: _count(database) > 0 or child.poll() is not None, timeout=120, every=0.005)
    child.send_signal(signal.SIGKILL)
    child.wait()
    kept = _count(database)
    assert kept % PER_BUNDLE == 0
    assert PER_BUNDLE <= kept <= PER_BUNDLE * BUNDLES
    store = SqliteOrganiserStore(database)
    assert store.count() == kept
    store.close()
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = subprocess.run([SAYSO, "import", *files, "--data-dir", organiser], check=False)
    assert again.returncode == 0
    assert _count(database) == PER_BUNDLE * BUNDLES
