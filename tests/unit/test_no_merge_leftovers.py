"""No file in the repository holds the marks a half-finished merge leaves behind."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[2]
MARKS = ("<" * 7 + " ", ">" * 7 + " ", "=" * 7 + "\n")


def test_no_file_holds_merge_marks() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    found = []
    for name in tracked:
        path = ROOT / name
        if path.suffix in {".png", ".jpg", ".xlsx", ".xls", ".pdf", ".sayso", ".mp4"}:
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        found += [f"{name}:{n}" for n, line in enumerate(lines, 1) if line.startswith(MARKS)]
    assert found == [], "Merge marks left in:\n" + "\n".join(found)
