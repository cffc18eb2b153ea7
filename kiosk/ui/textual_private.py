"""The only place Say So (and its tests) touch Textual's private parts.

Textual keeps these out of its public API, so an upgrade may move or remove them.
`tests/ui/test_textual_private.py` checks each one is still there and says which has gone,
so an upgrade fails loudly in one place instead of quietly somewhere else.

- `StylesCache.get_inner_outer` (textual._styles_cache): a cache of rendered strips that
  outlives the screens it was made for; the kiosk empties it between participants.
- `Screen._compositor`: what is painted on a screen now, as lines of text, for tests.
- `SLEEP_GRANULARITY` and `SLEEP_IDLE` (textual._wait): how long Pilot waits for the app to
  go idle after each key; the tests shorten them.
- `App._display`: where each paint goes to the terminal; the start-up test watches it to see
  what is loaded at the first paint.
- `App._exception`: the error that is stopping the app, which the kiosk writes to its error
  log (Textual keeps it to raise again in tests).
- `App._fatal_error`: Textual's hook for a bug that reached it, which `KioskApp` overrides so
  that no traceback (with its local values) is ever shown; the override is the one part of
  this list that lives elsewhere (`kiosk/ui/app.py`), as a method must.
- `App._driver`: what writes to the terminal; tests watch it for escape sequences.
- `App._refresh_truecolor_filter`: maps ANSI colours to the theme's; `start_in_theme` sets it
  for the kiosk's first theme, as Textual does when a theme changes.
- `textual._time.get_time`: the clock that stamps each event's (public) `time`; the kiosk
  compares a press's time with when the screen in front of it appeared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.driver import Driver
from textual.screen import Screen
from textual.worker import WorkerFailed

UPGRADE_ADVICE = (
    "Textual has changed a private part that kiosk/ui/textual_private.py uses. "
    "Find the new way in Textual's source, change that one module, and run the tests again."
)

try:
    import textual._time
    import textual._wait
    from textual._styles_cache import StylesCache
except ImportError as error:
    raise ImportError(f"{UPGRADE_ADVICE} ({error})") from error

PRIVATE_PARTS = (
    "textual._styles_cache.StylesCache.get_inner_outer.cache_clear",
    "textual.screen.Screen._compositor (a Compositor with render_strips)",
    "textual._wait.SLEEP_GRANULARITY",
    "textual._wait.SLEEP_IDLE",
    "textual.app.App._display",
    "textual.app.App._exception",
    "textual.app.App._fatal_error",
    "textual.app.App._driver (a Driver with write)",
    "textual.app.App._refresh_truecolor_filter",
    "textual._time.get_time",
)
"""What this module relies on, in the words the upgrade test uses."""


def start_in_theme(app: App[Any], name: str) -> None:
    """Begin `app` (not yet running) in its registered theme `name`, with the stylesheet
    parsed once: setting `App.theme` instead queues a second parse of every rule (about
    15 ms of start-up, before the first paint, on the reference machine).

    It does what Textual's theme watcher does, except for that second parse: the first
    parse uses the theme's colours.
    """
    app.set_reactive(App.theme, name)
    theme = app.current_theme
    app.set_class(theme.dark, "-dark-mode", update=False)
    app.set_class(not theme.dark, "-light-mode", update=False)
    app.set_class(True, f"-theme-{theme.name}", update=False)
    app._refresh_truecolor_filter(app.ansi_theme)
    app.stylesheet.set_variables(app.get_css_variables())


def textual_clock() -> float:
    """Now, on the clock Textual stamps every event with (`Message.time`)."""
    return textual._time.get_time()


def clear_render_cache() -> None:
    """Forget every cached rendered strip (each is rebuilt when next painted)."""
    StylesCache.get_inner_outer.cache_clear()


def render_cache_size() -> int:
    """How many rendered strips the cache holds now."""
    return StylesCache.get_inner_outer.cache_info().currsize


def painted_lines(screen: Screen[object]) -> list[str]:
    """Every line of text painted on `screen` now, as a person sees it."""
    return [strip.text for strip in screen._compositor.render_strips()]


def set_pilot_idle_wait(granularity: float, idle: float) -> tuple[float, float]:
    """Make Pilot check for idle every `granularity` seconds; returns the old settings."""
    old = (textual._wait.SLEEP_GRANULARITY, textual._wait.SLEEP_IDLE)
    textual._wait.SLEEP_GRANULARITY = granularity
    textual._wait.SLEEP_IDLE = idle
    return old


def watch_paints(app: App[Any], watcher: Callable[[Screen[Any], object], None]) -> None:
    """Call `watcher(screen, renderable)` just after each paint `app` sends to the terminal."""
    display = app._display

    def display_and_tell(screen: Screen[Any], renderable: Any) -> None:
        display(screen, renderable)
        watcher(screen, renderable)

    setattr(app, "_display", display_and_tell)  # noqa: B010 - mypy refuses a method assignment


def watch_terminal_writes(app: App[Any], watcher: Callable[[str], None]) -> None:
    """Call `watcher(data)` with everything a running `app` writes to its terminal."""
    driver = app._driver
    if driver is None:
        raise RuntimeError("the app is not running, so nothing is written to a terminal")
    write = driver.write

    def write_and_tell(data: str) -> None:
        watcher(data)
        write(data)

    setattr(driver, "write", write_and_tell)  # noqa: B010 - mypy refuses a method assignment


def unhandled_error(app: App[Any]) -> BaseException | None:
    """The error that is stopping `app` (from a worker: the worker's own error), if known."""
    error: BaseException | None = getattr(app, "_exception", None)
    if isinstance(error, WorkerFailed):
        return error.error
    return error


def missing_private_parts() -> list[str]:
    """The private parts above that this version of Textual no longer has."""
    missing = []
    if not callable(getattr(getattr(StylesCache, "get_inner_outer", None), "cache_clear", None)):
        missing.append(PRIVATE_PARTS[0])
    compositor = getattr(Screen(), "_compositor", None)
    if not callable(getattr(compositor, "render_strips", None)):
        missing.append(PRIVATE_PARTS[1])
    for name, part in zip(("SLEEP_GRANULARITY", "SLEEP_IDLE"), PRIVATE_PARTS[2:4], strict=True):
        if not isinstance(getattr(textual._wait, name, None), float):
            missing.append(part)
    if not callable(getattr(App, "_display", None)):
        missing.append(PRIVATE_PARTS[4])
    if getattr(App(), "_exception", "missing") is not None:
        missing.append(PRIVATE_PARTS[5])
    if not callable(getattr(App, "_fatal_error", None)):
        missing.append(PRIVATE_PARTS[6])
    if getattr(App(), "_driver", "missing") is not None or not hasattr(Driver, "write"):
        missing.append(PRIVATE_PARTS[7])
    if not callable(getattr(App, "_refresh_truecolor_filter", None)):
        missing.append(PRIVATE_PARTS[8])
    if not callable(getattr(textual._time, "get_time", None)):
        missing.append(PRIVATE_PARTS[9])
    return missing
