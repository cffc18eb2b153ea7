"""No clipboard: nothing one participant copies or cuts can be pasted by the next."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.textual_private import watch_terminal_writes
from tests.ui.helpers import SIZE, fixture_survey, until

SECRET = "my secret name is Sam Smith"


async def to_the_text_box(pilot: Pilot[None]) -> Input:
    """Start, choose the audience, default profile, consent Yes: the free-text box."""
    app = pilot.app
    await pilot.press("space", "1", "0", "1")
    await until(pilot, lambda: isinstance(app.screen, QuestionScreen) and app.focused is not None)
    box = app.focused
    assert isinstance(box, Input)
    return box


async def test_copied_and_cut_words_cannot_be_pasted_by_the_next_participant(
    kiosk: Callable[..., KioskApp], store: MemoryStore
) -> None:
    app = kiosk(fixture_survey("free_text"))
    async with app.run_test(size=SIZE) as pilot:
        box = await to_the_text_box(pilot)
        await pilot.press(*SECRET)
        await pilot.press("shift+home", "ctrl+c", "ctrl+x", "ctrl+z")
        await pilot.press(*SECRET, "shift+home", "ctrl+c", "end", "ctrl+v")
        assert box.value == SECRET
        assert app.clipboard == ""
        await pilot.press("enter", "1", "0")  # finish: by myself, send
        await until(pilot, lambda: isinstance(app.screen, AttractScreen))
        box = await to_the_text_box(pilot)
        await pilot.press("ctrl+v")
        await pilot.pause()
        assert box.value == ""
    assert [a.value for a in store.responses[0].answers] == [SECRET]


async def test_nothing_is_sent_to_the_terminal_clipboard(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk(fixture_survey("free_text"))
    written: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await to_the_text_box(pilot)
        watch_terminal_writes(app, written.append)
        await pilot.press(*"hello", "shift+home", "ctrl+c", "ctrl+x")
    assert not any("\x1b]52" in data for data in written)


async def test_text_pasted_from_outside_the_kiosk_is_refused(
    kiosk: Callable[..., KioskApp],
) -> None:
    app = kiosk(fixture_survey("free_text"))
    async with app.run_test(size=SIZE) as pilot:
        box = await to_the_text_box(pilot)
        app.post_message(events.Paste("pasted words"))
        await pilot.pause()
        await pilot.pause()
        assert box.value == ""
        await pilot.press(*"typed")
        assert box.value == "typed"
