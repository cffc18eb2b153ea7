"""The audio player processes: at most one playing, the cut ones reaped and their files removed."""

from __future__ import annotations

import contextlib
import os
import subprocess
from typing import Literal

PlayerEnd = Literal["finished", "failed"]


class Playback:
    """Owns the player processes. Not thread-safe: the speech service calls it under its lock."""

    def __init__(self, command: tuple[str, ...] | None) -> None:
        self.command = command
        self._playing: tuple[subprocess.Popen[bytes], str] | None = None
        self._cut: list[tuple[subprocess.Popen[bytes], str]] = []

    @property
    def busy(self) -> bool:
        """True while a player is running or a cut one has not been reaped yet."""
        return self._playing is not None or bool(self._cut)

    def play(self, player: subprocess.Popen[bytes], wav_path: str) -> None:
        """Make `player` the one playing, cutting any other first."""
        self.cut()
        self._playing = (player, wav_path)

    def cut(self) -> None:
        """Stop what is playing now: the player is killed at once and reaped later."""
        if self._playing is None:
            return
        player, wav_path = self._playing
        self._playing = None
        with contextlib.suppress(OSError):
            player.kill()
        self._cut.append((player, wav_path))

    def poll(self) -> PlayerEnd | None:
        """Reap cut players; say how the playing one ended, if it has."""
        self._cut = [(p, path) for p, path in self._cut if not _reaped(p, path)]
        if self._playing is None:
            return None
        player, wav_path = self._playing
        code = player.poll()
        if code is None:
            return None
        self._playing = None
        _remove(wav_path)
        return "finished" if code == 0 else "failed"

    def end_all(self, wait: float = 1.0) -> None:
        """Kill every player and wait for each to end."""
        self.cut()
        for player, wav_path in self._cut:
            with contextlib.suppress(subprocess.TimeoutExpired):
                player.wait(wait)
            _remove(wav_path)
        self._cut = []


def _reaped(player: subprocess.Popen[bytes], wav_path: str) -> bool:
    if player.poll() is None:
        return False
    _remove(wav_path)
    return True


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
