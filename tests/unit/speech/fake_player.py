"""A fake audio player the speech tests control: it records each WAV it is given, then sleeps."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PLAYER_SCRIPT = """\
import os, sys, time, wave
with wave.open(sys.argv[-1], "rb") as sound:
    seconds = sound.getnframes() / sound.getframerate()
print("the player talks on stdout"); print("and on stderr", file=sys.stderr)
record = os.path.join({log!r}, str(os.getpid()))
with open(record + ".tmp", "w") as out:
    out.write(f"{{sys.argv[-1]}} {{seconds}}")
os.replace(record + ".tmp", record)
time.sleep(float(os.environ.get("FAKE_PLAYER_SECONDS", "30")))
"""


@dataclass
class FakePlayer:
    """A player command that records each WAV it is given, then 'plays' by sleeping."""

    script: Path
    log: Path

    @property
    def command(self) -> list[str]:
        return [sys.executable, str(self.script)]

    def started(self) -> dict[int, tuple[str, float]]:
        """Every player that got as far as reading its WAV: pid -> (path, seconds)."""
        found: dict[int, tuple[str, float]] = {}
        for record in self.log.iterdir():
            if record.suffix != ".tmp":
                path, seconds = record.read_text().rsplit(" ", 1)
                found[int(record.name)] = (path, float(seconds))
        return found

    def running(self) -> list[int]:
        """Pids of our fake players that are running now (not ended, not zombies)."""
        return [pid for pid in _children() if self._is_ours(pid) and _running(pid)]

    def _is_ours(self, pid: int) -> bool:
        try:
            return str(self.script).encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False


def _children() -> list[int]:
    me = os.getpid()
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent(entry) == me:
            pids.append(int(entry.name))
    return pids


def _parent(entry: Path) -> int | None:
    try:
        return int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")
