"""The staff export screen: animated QR codes that a camera reads back to the very bundle."""

from __future__ import annotations

import io
import random
import subprocess
import time

import pytest
import zxingcpp
from PIL import Image
from textual.app import App
from textual.pilot import Pilot

from accessibility.themes import THEMES
from kiosk.bundles.frames import FountainDecoder
from kiosk.ui.screens.staff_export import LINE_HEIGHT_NOTE, ExportScreen
from kiosk.ui.themes import kiosk_themes, theme_name
from kiosk.ui.widgets.qr_animation import QrAnimation
from tests.ui.helpers import until

BUNDLE = random.Random(12).randbytes(1200)


class ExportApp(App[None]):
    """A small app that shows the export screen and remembers its answer."""

    def __init__(self, theme: str = "default") -> None:
        super().__init__()
        self.colours = theme
        self.answer: bool | None = None

    def on_mount(self) -> None:
        for theme in kiosk_themes():
            self.register_theme(theme)
        self.theme = theme_name(self.colours)  # type: ignore[arg-type]
        self.push_screen(ExportScreen(BUNDLE, "AB12CD34"), self._answered)

    def _answered(self, answer: bool | None) -> None:
        self.answer = answer


def screen_picture(app: App[None]) -> Image.Image:
    svg = app.export_screenshot().encode()
    png = subprocess.run(["rsvg-convert"], input=svg, capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


async def read_screen_until_rebuilt(pilot: Pilot[None], app: App[None]) -> bytes:
    decoder = FountainDecoder()
    deadline = time.monotonic() + 90
    while not decoder.complete():
        assert time.monotonic() < deadline, "the screen's codes never rebuilt the bundle"
        for code in zxingcpp.read_barcodes(screen_picture(app)):
            decoder.add(code.text)
        await pilot.pause(0.1)
    (bundle,) = decoder.complete()
    return bundle


@pytest.mark.slow
@pytest.mark.parametrize("size", [(100, 30), (200, 60)])
@pytest.mark.parametrize("theme", list(THEMES))
async def test_a_camera_reads_every_frame_back_to_the_same_bundle(
    theme: str, size: tuple[int, int]
) -> None:
    app = ExportApp(theme)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: app.screen.query_one(QrAnimation).shown > 0)
        assert await read_screen_until_rebuilt(pilot, app) == BUNDLE


async def test_the_code_is_refitted_when_the_terminal_grows() -> None:
    app = ExportApp()
    async with app.run_test(size=(100, 30)) as pilot:
        animation = app.screen.query_one(QrAnimation)
        await until(pilot, lambda: animation.shown > 0)
        assert animation.fit is not None
        assert animation.fit.version == 8
        await pilot.resize_terminal(200, 60)
        await until(pilot, lambda: animation.fit is not None and animation.fit.version == 23)
        await until(pilot, lambda: len(animation.frames) > 0)
        assert await read_screen_until_rebuilt(pilot, app) == BUNDLE


async def test_frame_count_speed_and_line_height_note_are_shown() -> None:
    app = ExportApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await until(pilot, lambda: "Frame" in str(screen.query_one("#frame-count").render()))
        assert "line height 1.0" in LINE_HEIGHT_NOTE
        assert LINE_HEIGHT_NOTE in str(screen.query_one("#line-height-note").render())
        assert "5 frames a second" in str(screen.query_one("#speed").render())
        await pilot.press("plus")
        assert screen.query_one(QrAnimation).fps == 6
        for _ in range(10):
            await pilot.press("minus")
        assert screen.query_one(QrAnimation).fps == 1
        assert "1 frames a second" in str(screen.query_one("#speed").render())


@pytest.mark.parametrize(("key", "answer"), [("y", True), ("n", False), ("escape", False)])
async def test_staff_say_whether_the_organiser_has_it(key: str, answer: bool) -> None:
    app = ExportApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(key)
        await until(pilot, lambda: app.answer is not None)
        assert app.answer is answer


async def test_the_big_buttons_answer_too() -> None:
    app = ExportApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.screen.query_one(QrAnimation).shown > 0)
        await pilot.click("#not-yet")
        await until(pilot, lambda: app.answer is not None)
        assert app.answer is False
