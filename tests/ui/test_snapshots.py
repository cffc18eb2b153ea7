"""SVG snapshots of every screen: the main ones in each theme, at 100x30 and at 80x24.

Update them with `pytest tests/ui/test_snapshots.py --snapshot-update`, then look at them.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.snapshot_apps.kiosk_screens import MAIN_SCREENS, SCREENS, kiosk_at, walk_to
from tests.ui.snapshot_apps.picture_screens import (
    option_picture_kiosk,
    picture_kiosk,
    walk_to_option_pictures,
    walk_to_picture,
)

SIZES = [(100, 30), (80, 24)]
THEMES = ["default", "high_contrast", "calm"]
CASES = [
    *[(screen, colours) for screen in MAIN_SCREENS for colours in THEMES],
    *[(screen, "default") for screen in SCREENS if screen not in MAIN_SCREENS],
]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize(("screen", "colours"), CASES)
def test_screen(snap_compare: Any, screen: str, colours: Any, size: tuple[int, int]) -> None:
    assert snap_compare(kiosk_at(screen), terminal_size=size, run_before=walk_to(screen, colours))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("colours", THEMES)
def test_question_with_picture(snap_compare: Any, colours: Any, size: tuple[int, int]) -> None:
    """The picture in half blocks beside the words, with the answers' borders straight."""
    assert snap_compare(picture_kiosk(), terminal_size=size, run_before=walk_to_picture(colours))


@pytest.mark.parametrize("colours", THEMES)
def test_question_with_option_pictures(snap_compare: Any, colours: Any) -> None:
    """Small pictures in half blocks on the answer buttons at 80x24, the borders straight."""
    app, walk = option_picture_kiosk(), walk_to_option_pictures(colours)
    assert snap_compare(app, terminal_size=(80, 24), run_before=walk)
