"""One kiosk per data folder, across processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.store import StoreLockedError, open_store

HOLD_THE_STORE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kiosk.store import open_store

    store = open_store(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
    print("closed", flush=True)
    sys.stdin.readline()
    """
)


def hold(data_dir: Path) -> subprocess.Popen[str]:
    """Another process with the store open; it closes on a line of input and exits on another."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_STORE, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "open\n"
    return child


def test_a_second_process_is_told_plainly_and_can_open_once_the_first_closes(
    tmp_path: Path,
) -> None:
    child = hold(tmp_path)
    try:
        with pytest.raises(StoreLockedError) as caught:
            open_store(tmp_path)
        assert caught.value.message.startswith("Another Say So kiosk is already using this")
        assert str(tmp_path) not in caught.value.message
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline() == "closed\n"
        open_store(tmp_path).close()
    finally:
        child.kill()
        child.wait()


def test_a_killed_kiosk_does_not_leave_the_folder_locked(tmp_path: Path) -> None:
    child = hold(tmp_path)
    child.kill()
    child.wait()
    store = open_store(tmp_path)
    assert store.count() == 0
    store.close()


def test_the_same_process_cannot_open_the_folder_twice(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    with pytest.raises(StoreLockedError):
        open_store(tmp_path)
    store.close()
    open_store(tmp_path).close()
