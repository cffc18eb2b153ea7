"""The voices espeak-ng offers on this computer, for staff to choose from."""

from __future__ import annotations

import shutil
import subprocess

from accessibility.speech.voices import VoiceInfo


def installed_voices(timeout: float = 5.0) -> list[VoiceInfo]:
    """Every espeak-ng voice, by its file name (as the speech service names it); [] if none.

    Runs `espeak-ng --voices`, so call it off the UI thread.
    """
    program = shutil.which("espeak-ng") or shutil.which("espeak")
    if program is None:
        return []
    try:
        listed = subprocess.run(
            [program, "--voices"], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_voice_list(listed.stdout)


def parse_voice_list(text: str) -> list[VoiceInfo]:
    """The voices in `espeak-ng --voices` output (a heading line, then one voice a line)."""
    voices = []
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 5:
            language, name, file = parts[1], parts[3].replace("_", " "), parts[4]
            voices.append(VoiceInfo(file, name, (language,)))
    return voices
