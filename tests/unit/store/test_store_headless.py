"""The store and the keys work without Textual: importing them never loads it."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["kiosk.store", "kiosk.keys", "kiosk.commands.keys"])
def test_importing_does_not_load_textual(module: str) -> None:
    check = f"import sys, {module}; print('textual' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
