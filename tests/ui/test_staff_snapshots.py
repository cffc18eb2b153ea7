"""SVG snapshots of the staff screens in each theme.

Update them with `pytest tests/ui/test_staff_snapshots.py --snapshot-update`, then look at them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from textual.widgets import DirectoryTree, Input

from surveys.profiles import Colours
from tests.ui.helpers import until
from tests.ui.snapshot_apps.staff_screens import STAFF_PAGES, StaffSnapshot
from tests.ui.test_snapshots import THEMES


@pytest.mark.parametrize("colours", THEMES)
@pytest.mark.parametrize("page", list(STAFF_PAGES))
def test_staff_screen(snap_compare: Any, page: str, colours: Colours) -> None:
    async def settle(pilot: Any) -> None:
        app = pilot.app
        finite = [worker for worker in app.workers if worker.group != "_loader"]
        if finite:  # the counts, the log and the voices (none: Textual would wait for all)
            await app.workers.wait_for_complete(finite)
        for tree in app.screen.query(DirectoryTree):  # its loader runs for as long as it does
            await until(pilot, partial(has_files, tree), failure="the files never showed")
        for box in app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()

    assert snap_compare(StaffSnapshot(page, colours), terminal_size=(100, 30), run_before=settle)


def has_files(tree: DirectoryTree) -> bool:
    """Whether the file chooser shows what is in its folder."""
    return bool(tree.root.children)
