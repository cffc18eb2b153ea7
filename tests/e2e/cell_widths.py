"""How many cells tmux itself gives each run of symbols, measured by drawing them in tmux.

Textual lays a line out with its own idea of each symbol's width. To see what a person sees,
the border test must place each character where the terminal put it, so the widths come from
the terminal: a small program in a tmux pane draws each run and asks where the cursor ended.
"""

from __future__ import annotations

import json
import os
import re
import sys
import termios
import tty
from pathlib import Path

from tests.e2e.terminal import start_in_tmux, stop
from tests.polling import wait_until

ROOT = Path(__file__).resolve().parents[2]
WHERE_IS_THE_CURSOR = "\x1b[6n"
CURSOR_REPLY = re.compile(rb"\x1b\[(\d+);(\d+)R")


def measure_in_tmux(runs: set[str], folder: Path) -> dict[str, int]:
    """The width tmux gives each run of characters, in cells."""
    asked, answered = folder / "runs.json", folder / "widths.json"
    asked.write_text(json.dumps(sorted(runs)), "utf-8")
    probe = f"{sys.executable} -m tests.e2e.cell_widths {asked} {answered}"
    session = start_in_tmux(f"TERM=xterm-256color PYTHONPATH={ROOT} {probe}", columns=200, rows=5)
    try:
        assert wait_until(answered.exists, 20, every=0.1), "the width probe never answered"
    finally:
        stop(session)
    widths: dict[str, int] = json.loads(answered.read_text("utf-8"))
    return widths


def _cursor_column(tty_fd: int) -> int:
    os.write(tty_fd, WHERE_IS_THE_CURSOR.encode())
    reply = b""
    while not (found := CURSOR_REPLY.search(reply)):
        reply += os.read(tty_fd, 32)
    return int(found[2]) - 1


def _probe(asked: Path, answered: Path) -> None:
    runs: list[str] = json.loads(asked.read_text("utf-8"))
    fd = os.open("/dev/tty", os.O_RDWR)
    saved = termios.tcgetattr(fd)
    tty.setraw(fd)
    try:
        widths = {}
        for run in runs:
            os.write(fd, f"\r\x1b[2K{run}".encode())
            widths[run] = _cursor_column(fd)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    partial = answered.with_suffix(".part")
    partial.write_text(json.dumps(widths), "utf-8")
    partial.rename(answered)  # whole or not at all: the test waits for this name


if __name__ == "__main__":
    _probe(Path(sys.argv[1]), Path(sys.argv[2]))
