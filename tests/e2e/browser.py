"""The served kiosk in Debian's headless Chromium, driven by Playwright; nothing downloads a browser.

The kiosk draws on a canvas, so `KioskPage` keeps its own copy of the screen: it feeds the
bytes the page receives into a terminal emulator (pyte), finds words there, and clicks
where a person would see them.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyte
from playwright.sync_api import BrowserContext, Page, Playwright, ViewportSize, WebSocket

from tests.e2e.screen_buttons import Box, buttons_on
from tests.pins import set_staff_pin
from tests.polling import wait_until

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LANDSCAPE: ViewportSize = {"width": 1024, "height": 768}
PORTRAIT: ViewportSize = {"width": 768, "height": 1024}


def free_port() -> int:
    """A port on 127.0.0.1 that nothing is listening on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Served:
    """A running `sayso serve`: its address, data folder, port and printed words."""

    address: str
    data_dir: Path
    process: subprocess.Popen[str]
    port: int
    printed: list[str]

    def qr_lines(self) -> list[str]:
        """The QR code it printed, line by line."""
        start = next(i for i, line in enumerate(self.printed) if "scan this QR code" in line) + 2
        return self.printed[start:-1]


@contextmanager
def served_kiosk(tmp_path: Path, *extra: str) -> Iterator[Served]:
    """`sayso serve` on a free port (of 127.0.0.1 unless `--host` is given), stopped after."""
    data_dir = tmp_path / "data"
    set_staff_pin(data_dir)
    port = free_port()
    command = [sys.executable, "-m", "kiosk", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        printed = _printed(process)
        match = re.search(r"Open the kiosk at: (\S+)", "\n".join(printed))
        assert match, printed
        assert wait_until(lambda: _listening(port), timeout=20), "sayso serve never listened"
        yield Served(match.group(1), data_dir, process, port, printed)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=20)


def _printed(process: subprocess.Popen[str]) -> list[str]:
    """What `sayso serve` prints before serving: up to the address, and the QR code after it."""
    assert process.stdout is not None
    lines: list[str] = []
    while not lines or "Open the kiosk at" not in lines[-1]:
        line = process.stdout.readline()
        assert line, f"sayso serve stopped: {lines}"
        lines.append(line.rstrip("\n"))
    if "?token=" in lines[-1]:  # then a QR code follows, ended by an empty line
        lines += [process.stdout.readline().rstrip("\n") for _ in range(3)]
        while lines[-1] != "":
            lines.append(process.stdout.readline().rstrip("\n"))
    return lines


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def chromium(playwright: Playwright, profile: Path, viewport: ViewportSize) -> BrowserContext:
    """Debian's Chromium, headless, with a fresh profile folder."""
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport=viewport
    )


class KioskPage:
    """One browser tab showing the kiosk, with a copy of its screen to read."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.columns, self.rows = 80, 24
        self.screen = pyte.Screen(self.columns, self.rows)
        self.stream = pyte.ByteStream(self.screen)
        self.buttons_seen: list[Box] = []
        """Every button on each screen where a button was clicked (to measure touch targets)."""
        self.last_drawn = time.monotonic()
        """When the page last received something to draw."""
        page.on("websocket", self._watch)

    def _watch(self, websocket: WebSocket) -> None:
        websocket.on("framesent", self._sent)
        websocket.on("framereceived", self._received)

    def _sent(self, payload: str | bytes) -> None:
        if isinstance(payload, str) and payload.startswith('["resize"'):
            size = json.loads(payload)[1]
            self.columns, self.rows = size["width"], size["height"]
            self.screen.resize(self.rows, self.columns)

    def _received(self, payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            self.stream.feed(payload)
            self.last_drawn = time.monotonic()

    def text(self) -> str:
        """The words on the kiosk screen now."""
        return "\n".join(self.screen.display)

    def wait_for(self, words: str, seconds: float = 20.0) -> str:
        """Wait (letting the page run) until `words` are on the screen; returns the screen."""
        for _ in range(int(seconds / 0.05)):
            if words in self.text():
                return self.text()
            self.page.wait_for_timeout(50)
        raise AssertionError(f"never saw {words!r} on:\n{self.text()}")

    def cell(self) -> tuple[float, float, float, float]:
        """Where the kiosk screen is on the page, and one character cell's width and height."""
        box = self.page.locator(".xterm-screen").bounding_box()
        assert box is not None
        return box["x"], box["y"], box["width"] / self.columns, box["height"] / self.rows

    def settle(self, quiet: float = 0.25, seconds: float = 5.0) -> None:
        """Wait until nothing new has been drawn for `quiet` seconds, as a person sees a still
        screen before touching it (a question's picture, read after its words, moves the
        buttons down when it comes). A blinking cursor still leaves such gaps; a screen that
        never stills is clicked after `seconds` all the same."""
        deadline = time.monotonic() + seconds
        while time.monotonic() - self.last_drawn < quiet and time.monotonic() < deadline:
            self.page.wait_for_timeout(50)

    def click_words(self, pattern: str) -> None:
        """Click the first place on the screen that matches `pattern` (a regular expression),
        once the screen is still."""
        self.settle()
        for row, line in enumerate(self.screen.display):
            found = re.search(pattern, line)
            if found:
                left, top, width, height = self.cell()
                x = left + (found.start() + (found.end() - found.start()) / 2) * width
                self.page.mouse.click(x, top + (row + 0.5) * height)
                return
        raise AssertionError(f"no {pattern!r} on:\n{self.text()}")

    def click_key(self, key: str) -> None:
        """Click the button whose key badge shows `key` (noting every button's size first)."""
        self.settle()
        self.buttons_seen += self.button_boxes()
        self.click_words(rf"[│█]\s+{re.escape(key)}\s")  # thin border, or thick when focused

    def button_boxes(self) -> list[Box]:
        """Every bordered button on the screen now, as boxes in CSS pixels on the page."""
        return buttons_on(self.screen.display, self.cell())
