"""What the organiser asked `sayso report` for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.organiser import Selection


@dataclass(frozen=True)
class ReportRequest:
    """What the organiser asked `sayso report` for."""

    data_dir: Path
    store: str | None
    survey: str | None
    selection: Selection
    threshold: int
    outputs: dict[str, Path | None]
    quotes: Path | None
    next_steps: str | None
