"""Changing the staff PIN from staff mode: only with the current PIN, the new one typed twice."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from kiosk.pin import StaffPin
from kiosk.ui.screens.staff_log import LogPage
from kiosk.ui.screens.staff_pin_change import PinChangePage
from tests.ui.helpers import until
from tests.ui.staff_helpers import Host, shown, staff_session


async def fill(pilot: Pilot[None], current: str, new: str, again: str) -> None:
    """Type the three PINs and put the cursor in the last box, where Enter changes the PIN."""
    app = pilot.app
    boxes = ("#pin-current", "#pin-new", "#pin-again")
    for box, value in zip(boxes, (current, new, again), strict=True):
        app.screen.query_one(box, Input).value = value
    last = app.screen.query_one("#pin-again", Input)
    last.focus()
    await until(pilot, lambda: app.focused is last)


async def test_the_pin_changes_only_with_the_current_pin(tmp_path: Path) -> None:
    pin = StaffPin(tmp_path)
    pin.set("4829")
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(PinChangePage(staff_session(tmp_path, pin=pin)))
        await until(pilot, lambda: app.screen.query("#pin-current"))
        await fill(pilot, "1111", "5555", "5555")
        await pilot.click("#pin-change")
        await until(
            pilot,
            lambda: (
                "That PIN is not right" in shown(app)
                and "The staff PIN was not changed." in shown(app)
            ),
        )
        await fill(pilot, "4829", "5555", "5556")
        await pilot.press("enter")
        await until(pilot, lambda: "The two new PINs are not the same" in shown(app))
        await fill(pilot, "4829", "5555", "5555")
        await pilot.press("enter")
        await until(pilot, lambda: "The staff PIN is changed." in shown(app))
        assert all(box.value == "" for box in app.screen.query(Input))
    assert StaffPin(tmp_path).check("5555").ok
    assert not StaffPin(tmp_path).check("4829").ok


async def test_the_staff_log_shows_actions_in_plain_words(tmp_path: Path) -> None:
    session = staff_session(tmp_path)
    session.record("withdraw", {"answers": 1}, code="AAA-AAA")
    session.record("export", {"answers": 2, "withdrawals": 1})
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(LogPage(session))
        await until(pilot, lambda: "Answers exported (answers 2, withdrawals 1)" in shown(app))
        lines = shown(app)
        assert lines.index("Answers exported") < lines.index("An answer was withdrawn")
        assert "AAA" not in lines
