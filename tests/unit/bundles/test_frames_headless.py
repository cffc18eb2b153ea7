"""The QR frame modules import without Textual, so organiser tools run without the TUI."""

from __future__ import annotations

import subprocess
import sys

import pytest

FRAME_MODULES = [
    "kiosk.bundles.frames",
    "kiosk.bundles.qr_terminal",
    "kiosk.bundles.sheets",
    "kiosk.bundles.scan",
]


@pytest.mark.parametrize("module", FRAME_MODULES)
def test_frame_module_imports_without_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'textual' in sys.modules else 0)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{module} pulled in textual\n{result.stderr}"
