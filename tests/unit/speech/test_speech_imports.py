"""The kiosk process never loads the speech engine or Textual by importing speech."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import accessibility.speech
print(sorted(m for m in ("pyttsx3", "textual") if m in sys.modules))
"""


def test_importing_speech_loads_neither_pyttsx3_nor_textual() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
