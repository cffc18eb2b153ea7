"""Finding and starting the audio player that plays each utterance's WAV file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence

from accessibility.speech import problems

Which = Callable[[str], str | None]

# Tried in order on Linux and other Unix systems; the WAV path is added at the end.
UNIX_PLAYERS: tuple[tuple[str, ...], ...] = (
    ("aplay", "-q"),
    ("paplay",),
    ("pw-play",),
)
WINDOWS_PLAYER_CODE = "import sys, winsound; winsound.PlaySound(sys.argv[1], winsound.SND_FILENAME)"


def find_player(
    platform: str = sys.platform, which: Which = shutil.which
) -> tuple[str, ...] | None:
    """The command that plays a WAV file on this computer, or None when there is none."""
    if platform == "win32":
        return (sys.executable, "-c", WINDOWS_PLAYER_CODE)
    if platform == "darwin":
        found = which("afplay")
        return (found,) if found else None
    for command in UNIX_PLAYERS:
        found = which(command[0])
        if found:
            return (found, *command[1:])
    return None


def no_player_problem(platform: str = sys.platform) -> str:
    """Plain words for a computer with no audio player, with the fix."""
    return problems.NO_PLAYER if platform in ("darwin", "win32") else problems.NO_PLAYER_LINUX


def start_player(command: Sequence[str], wav_path: str) -> subprocess.Popen[bytes]:
    """Start playing `wav_path`; nothing the player prints reaches the terminal."""
    return subprocess.Popen(
        [*command, wav_path],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
