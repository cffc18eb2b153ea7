"""Staff export: the bundle shown as animated QR codes until the organiser has it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Label, Static

from kiosk.ui.widgets.qr_animation import MAX_FPS, MIN_FPS, QrAnimation

SIDE_PANEL_COLUMNS = 34
LINE_HEIGHT_NOTE = (
    "These codes need line height 1.0. If the code looks striped, "
    "set the terminal's line spacing to 1.0."
)


class ExportScreen(Screen[bool]):
    """Dismisses True when staff say the organiser has the bundle, False if not yet."""

    AUTO_FOCUS = "#has-it"
    BINDINGS = [
        Binding("y", "has_it", "The organiser has it", id="export-has-it"),
        Binding("n,escape", "not_yet", "Not yet", id="export-not-yet"),
        Binding("plus,equals_sign", "faster", "Faster", id="export-faster"),
        Binding("minus", "slower", "Slower", id="export-slower"),
    ]
    DEFAULT_CSS = f"""
    ExportScreen #export-side {{ width: {SIDE_PANEL_COLUMNS}; padding: 0 1; }}
    ExportScreen .heading {{ text-style: bold; }}
    ExportScreen Label, ExportScreen Static {{ width: 100%; margin-bottom: 1; }}
    ExportScreen #frame-count {{ height: 2; }}
    ExportScreen #speed-buttons {{ height: auto; }}
    ExportScreen #speed-buttons Button {{ min-width: 10; width: 1fr; }}
    ExportScreen .big {{ width: 100%; height: 3; margin-bottom: 1; }}
    """

    def __init__(self, bundle: bytes, label: str) -> None:
        super().__init__()
        self.bundle = bundle
        self.label = label

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield QrAnimation(self.bundle, id="qr")
            with VerticalScroll(id="export-side"):
                yield Label(f"Bundle {self.label}", classes="heading", markup=False)
                yield Static("Getting the codes ready...", id="frame-count", markup=False)
                yield Static(LINE_HEIGHT_NOTE, id="line-height-note", markup=False)
                yield Static("", id="speed", markup=False)
                with Horizontal(id="speed-buttons"):
                    yield Button("Slower (-)", id="slower")
                    yield Button("Faster (+)", id="faster")
                yield Button(
                    "The organiser has it (Y)", id="has-it", variant="success", classes="big"
                )
                yield Button("Not yet (N)", id="not-yet", variant="default", classes="big")

    def on_mount(self) -> None:
        self._show_speed()

    @property
    def animation(self) -> QrAnimation:
        """The animated code."""
        return self.query_one(QrAnimation)

    @on(QrAnimation.FrameShown)
    def _frame_shown(self, event: QrAnimation.FrameShown) -> None:
        self.query_one("#frame-count", Static).update(
            f"Frame {event.number} shown.\nAbout {event.source_symbols + 2} frames are needed."
        )

    @on(QrAnimation.TooSmall)
    def _too_small(self) -> None:
        self.query_one("#frame-count", Static).update(
            "Too small for a QR code.\nMake the window bigger."
        )

    def _show_speed(self) -> None:
        fps = self.animation.fps
        self.query_one("#speed", Static).update(f"Speed: {fps} frames a second")

    @on(Button.Pressed, "#faster")
    def action_faster(self) -> None:
        self.animation.fps = min(self.animation.fps + 1, MAX_FPS)
        self._show_speed()

    @on(Button.Pressed, "#slower")
    def action_slower(self) -> None:
        self.animation.fps = max(self.animation.fps - 1, MIN_FPS)
        self._show_speed()

    @on(Button.Pressed, "#has-it")
    def action_has_it(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#not-yet")
    def action_not_yet(self) -> None:
        self.dismiss(False)
