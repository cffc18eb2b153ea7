"""textual-serve for the kiosk: the page, one participant at a time, and the token check.

Each browser that opens the kiosk gets its own `sayso kiosk` process on this computer, so
the journey, the store and the speech are those of the terminal kiosk. Only one at a time:
while one browser (or a terminal kiosk) uses the data folder, others get the in-use page.
The page holds a seat for its own connection for a few seconds, so two tabs opened at once
cannot both be given the kiosk: the second gets the in-use page, not a kiosk that stops.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server, to_int

from kiosk.lockfile import FolderLock
from kiosk.serve.access import token_middleware
from kiosk.serve.pages import in_use_page

PAGE_DIR = Path(__file__).parent
PAGE = "page.html"
FONT_SIZE = 16
"""The browser's default font size, in CSS pixels: a 3-row button is then about 54 px tall."""
SEAT_SECONDS = 15.0
"""How long a page that was given the kiosk has to connect to it before another may."""


class KioskServer(Server):
    """Serves `command` (a `sayso kiosk` command line) to one browser at a time."""

    def __init__(
        self, command: str, host: str, port: int, *, data_dir: Path, token: str | None
    ) -> None:
        super().__init__(command, host=host, port=port, title="Say So", templates_path=PAGE_DIR)
        self.data_dir = data_dir
        self.token = token
        self.participants = 0
        self.seat: tuple[str, float] | None = None
        """The page given the kiosk and not yet connected: its seat and when it lapses."""

    def initialize_logging(self) -> None:
        """Say So prints its own plain words; textual-serve's log stays quiet."""

    async def on_startup(self, app: web.Application) -> None:
        """`sayso serve` has already said where to open the kiosk."""

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        if self.token is not None:
            app.middlewares.append(token_middleware(self.token))
        app.router.add_get("/ws/{seat}", self.handle_websocket)
        app.router.add_get("/free", self.handle_free)
        return app

    async def handle_free(self, request: web.Request) -> web.Response:
        """Whether the kiosk is free now (204) or in use (409), for the in-use page to ask;
        asking takes no seat."""
        return web.Response(status=409 if self.in_use() else 204)

    def _seat_held(self) -> bool:
        return self.seat is not None and self.seat[1] > time.monotonic()

    def in_use(self) -> bool:
        """Whether a browser here, or a kiosk elsewhere, is using the data folder now."""
        if self.participants or self._seat_held():
            return True
        lock = FolderLock(self.data_dir)
        try:
            free = lock.acquire()
        except OSError:
            return False  # the kiosk itself will say what is wrong with the folder
        lock.release()
        return not free

    async def handle_index(self, request: web.Request) -> Any:
        """The kiosk page, with addresses as this browser reached the server."""
        if self.in_use():
            return in_use_page()
        scheme = "wss" if request.secure else "ws"
        seat = secrets.token_urlsafe(16)
        self.seat = (seat, time.monotonic() + SEAT_SECONDS)
        context = {
            "title": "Say So",
            "font_size": to_int(request.query.get("fontsize", str(FONT_SIZE)), FONT_SIZE),
            "static_url": "/static/",
            "websocket_url": f"{scheme}://{request.host}/ws/{seat}",
        }
        return aiohttp_jinja2.render_template(PAGE, request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Start this browser's kiosk, if it is the page that was given the seat."""
        seat = request.match_info.get("seat")
        if self.seat is None or seat != self.seat[0] or self.participants:
            raise web.HTTPConflict(text="This kiosk is in use.")
        self.seat = None
        self.participants += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.participants -= 1
