"""The "only kiosk.ui reaches Textual" contract covers every part of the kiosk but its UI."""

from __future__ import annotations

import tomllib
from pathlib import Path

import kiosk

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def test_every_headless_part_of_the_kiosk_is_in_the_textual_contract() -> None:
    contracts = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    textual = next(c for c in contracts if c.get("forbidden_modules") == ["textual"])
    folder = Path(kiosk.__file__).parent
    parts = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    parts |= {p.name for p in folder.iterdir() if (p / "__init__.py").is_file()}
    headless = sorted(f"kiosk.{part}" for part in parts - {"ui"})
    assert [part for part in headless if part not in textual["source_modules"]] == []
