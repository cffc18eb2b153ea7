"""The code pad's keys survive being squeezed (a terminal resized from too small to large lays
the pad out once at the old, narrow size)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Grid

from kiosk.ui.screens.code_entry import PadKey
from surveys.response import RECEIPT_ALPHABET


class SqueezedPad(App[None]):
    CSS = "Grid { grid-size: 11; grid-gutter: 0 1; width: 34; height: auto; }"

    def compose(self) -> ComposeResult:
        with Grid():
            for character in RECEIPT_ALPHABET:
                yield PadKey(character)


async def test_a_pad_squeezed_to_keys_two_cells_wide_is_still_drawn() -> None:
    app = SqueezedPad()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert app.is_running
        assert app.query(PadKey).first().region.width == 2  # a border each side, no room inside
