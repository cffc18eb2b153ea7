"""The browser tests' button measuring finds thin and focused (thick) buttons and their size."""

from __future__ import annotations

from tests.e2e.screen_buttons import Box, buttons_on

SCREEN = [
    "  ╭──────╮ █▀▀▀▀▀▀█",
    "  │ 1 Yes│ █ 2 No █",
    "  ╰──────╯ █▄▄▄▄▄▄█",
    "  words, no border",
]


def test_each_button_is_measured_in_page_pixels() -> None:
    assert buttons_on(SCREEN, (100.0, 50.0, 10.0, 18.0)) == [
        Box("1 Yes", 120.0, 50.0, 80.0, 54.0),
        Box("2 No", 210.0, 50.0, 80.0, 54.0),
    ]
