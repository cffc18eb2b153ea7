"""One cold start, run in a fresh process by bench_startup.py: prints "painted" at first paint.

Usage: python bench/startup_child.py hello|kiosk DATA_DIR
"""

from __future__ import annotations

import os
import sys
from typing import Any


def signal_first_paint(app: Any, wanted: Any) -> None:
    """Print "painted" once the app has painted a screen of type `wanted`, then exit."""
    # Imported here, once Textual is loaded, so the bare app's start-up loads no kiosk code
    # before it starts; the module itself adds nothing Textual had not already loaded.
    from kiosk.ui.textual_private import watch_paints

    def exit_at_first_paint(screen: Any, renderable: object) -> None:
        if renderable is not None and isinstance(screen, wanted):
            os.write(1, b"painted\n")  # the real stdout: Textual holds back print()
            app.exit()

    watch_paints(app, exit_at_first_paint)


def hello() -> None:
    """A bare Textual app that says hello."""
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import Static

    class Hello(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

    app = Hello()
    signal_first_paint(app, Screen)
    app.run(headless=True, size=(100, 30))


def kiosk(data_dir: str) -> None:
    """The kiosk as `sayso kiosk --data-dir DATA_DIR` starts it, up to the attract screen."""
    from kiosk.cli import main
    from kiosk.ui.app import KioskApp
    from kiosk.ui.screens.attract import AttractScreen

    run = KioskApp.run

    def run_headless(app: KioskApp, **_: Any) -> None:
        signal_first_paint(app, AttractScreen)
        run(app, headless=True, size=(100, 30))

    KioskApp.run = run_headless  # type: ignore[method-assign,assignment]
    sys.argv = ["sayso", "kiosk", "--data-dir", data_dir]
    main()


if __name__ == "__main__":
    if sys.argv[1] == "hello":
        hello()
    else:
        kiosk(sys.argv[2])
