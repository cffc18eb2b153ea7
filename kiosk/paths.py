"""Where Say So keeps its data."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_data_dir() -> Path:
    """The platform's user data folder for Say So."""
    return Path(platformdirs.user_data_dir("sayso", appauthor=False))
