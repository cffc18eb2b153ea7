"""An animated QR code of a bundle's fountain frames, fitted to the space it is given.

Frames are drawn off the UI thread by a thread worker that posts each finished
frame back as a message; the widget only shows what has arrived. Whatever the
theme, modules are dark on light (see `kiosk.bundles.qr_terminal`).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.events import Resize
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import get_current_worker

from kiosk.bundles.frame_errors import FrameError
from kiosk.bundles.frames import FountainEncoder
from kiosk.bundles.qr_terminal import DARK, LIGHT, Run, TerminalFit, fit_terminal, terminal_lines

MIN_FPS, MAX_FPS, DEFAULT_FPS = 1, 10, 5
_STYLES = {
    (top, bottom): Style(color=DARK if top else LIGHT, bgcolor=DARK if bottom else LIGHT)
    for top in (False, True)
    for bottom in (False, True)
}


def strips_of(lines: list[list[Run]]) -> list[Strip]:
    """Textual strips of half-block lines; safe to build on any thread."""
    return [
        Strip([Segment(run.text, _STYLES[run.top_dark, run.bottom_dark]) for run in line])
        for line in lines
    ]


def cycle_length(source_symbols: int) -> int:
    """How many different frames to show before starting again: K and plenty of repair."""
    return 3 * source_symbols + 10


@dataclass(frozen=True)
class _Drawn:
    generation: int
    source_symbols: int
    strips: list[Strip]


class QrAnimation(Widget):
    """Shows the frames of a bundle one after another, `fps` a second."""

    DEFAULT_CSS = "QrAnimation { width: 1fr; height: 1fr; }"
    fps: reactive[int] = reactive(DEFAULT_FPS)

    class FrameShown(Message):
        """A frame was put on screen."""

        def __init__(self, number: int, fit: TerminalFit, source_symbols: int) -> None:
            super().__init__()
            self.number = number
            self.fit = fit
            self.source_symbols = source_symbols

    class TooSmall(Message):
        """The space is too small for any QR code."""

    class FrameDrawn(Message):
        """The worker finished drawing one frame."""

        def __init__(self, drawn: _Drawn) -> None:
            super().__init__()
            self.drawn = drawn

    def __init__(self, bundle: bytes, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bundle = bundle
        self.fit: TerminalFit | None = None
        self.source_symbols = 0
        self.frames: list[list[Strip]] = []
        self.shown = 0
        self._current: list[Strip] = []
        self._generation = 0
        self._timer: Timer | None = None

    def on_mount(self) -> None:
        self._timer = self.set_interval(1 / self.fps, self._next_frame)

    def watch_fps(self, fps: int) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = self.set_interval(1 / fps, self._next_frame)

    def on_resize(self, event: Resize) -> None:
        fit = fit_terminal(event.size.width, event.size.height)
        if fit == self.fit:
            return
        self.fit, self.frames, self._current = fit, [], []
        self._generation += 1
        if fit is None:
            self.post_message(self.TooSmall())
        else:
            self._draw_frames(fit, self._generation)
        self.refresh()

    @work(thread=True, exclusive=True, exit_on_error=False, group="qr-frames")
    def _draw_frames(self, fit: TerminalFit, generation: int) -> None:
        worker = get_current_worker()
        encoder = FountainEncoder(self.bundle, symbol_size=fit.symbol_size)
        for n in range(cycle_length(encoder.source_symbols)):
            if worker.is_cancelled:
                return
            try:
                lines = terminal_lines(encoder.frame(n), fit)
            except FrameError:
                continue  # any other frame serves as well
            self.post_message(
                self.FrameDrawn(_Drawn(generation, encoder.source_symbols, strips_of(lines)))
            )

    def on_qr_animation_frame_drawn(self, message: FrameDrawn) -> None:
        message.stop()
        if message.drawn.generation == self._generation:
            self.source_symbols = message.drawn.source_symbols
            self.frames.append(message.drawn.strips)

    def _next_frame(self) -> None:
        if not self.frames or self.fit is None:
            return
        self._current = self.frames[self.shown % len(self.frames)]
        self.shown += 1
        self.refresh()
        self.post_message(self.FrameShown(self.shown, self.fit, self.source_symbols))

    def render_line(self, y: int) -> Strip:
        if y < len(self._current):
            return self._current[y].adjust_cell_length(self.size.width)
        return Strip.blank(self.size.width)
