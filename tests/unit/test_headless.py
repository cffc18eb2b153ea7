"""The headless packages import without Textual, so organiser tools and tests run without the TUI."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEADLESS = [
    "surveys",
    "surveys.flow",
    "surveys.loader",
    "surveys.catalog",
    "surveys.schema",
    "surveys.profiles",
    "accessibility",
    "accessibility.speaker",
    "accessibility.easyread",
    "accessibility.speech",
    "kiosk.store",
    "kiosk.startup",
    "kiosk.lockfile",
    "surveys.sources",
    "surveys.card",
    "kiosk.cli",
    "kiosk.keys",
    "kiosk.pin",
    "kiosk.staff",
    "kiosk.bundles",
    "kiosk.bundles.export",
    "kiosk.organiser",
    "kiosk.feedback",
    "kiosk.lookup.throttle",
    "kiosk.commands.export",
    "kiosk.commands.import_",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_module_imports_without_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'textual' in sys.modules else 0)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{module} pulled in textual\n{result.stderr}"
