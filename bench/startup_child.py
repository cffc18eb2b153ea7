"""One cold start, run in a fresh process by bench_startup.py: prints "painted" at first paint.

Usage: python bench/startup_child.py hello|kiosk DATA_DIR
"""

from __future__ import annotations

import sys
from typing import Any


def signal_first_paint(app: Any, wanted: Any) -> None:
    """Print "painted" once the app has painted a screen of type `wanted`, then exit."""
    display = app._display

    def display_then_exit(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None and isinstance(screen, wanted):
            print("painted", flush=True)
            app.exit()

    app._display = display_then_exit


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
    """The kiosk as `sayso kiosk` starts it, up to the attract screen."""
    from pathlib import Path

    import kiosk.cli  # noqa: F401  (the command line is part of a real start)
    from kiosk.commands.run import _make_speaker
    from kiosk.store import open_store
    from surveys.catalog import DEMO_SURVEY, find_survey

    survey = find_survey(DEMO_SURVEY)
    store = open_store(Path(data_dir))
    from kiosk.ui.app import make_app
    from kiosk.ui.screens.attract import AttractScreen

    app = make_app(survey, store, _make_speaker())
    signal_first_paint(app, AttractScreen)
    app.run(headless=True, size=(100, 30))
    store.close()


if __name__ == "__main__":
    if sys.argv[1] == "hello":
        hello()
    else:
        kiosk(sys.argv[2])
