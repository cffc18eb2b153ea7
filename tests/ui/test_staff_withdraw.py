"""Withdrawing an answer from staff mode: the survey and time are shown, never the answers."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from kiosk.store import MemoryStore
from kiosk.ui.screens.staff_withdraw import WithdrawPage
from tests.ui.helpers import click_when_drawn, until
from tests.ui.staff_helpers import SECRET, Host, shown, staff_session, store_with_answers


async def type_code(app: Host, code: str) -> None:
    box = app.screen.query_one("#receipt", Input)
    box.value = code
    box.focus()


async def test_a_withdrawn_answer_is_gone_and_goes_in_the_next_export(tmp_path: Path) -> None:
    store = store_with_answers()
    session = staff_session(tmp_path, store)
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(WithdrawPage(session))
        await until(pilot, lambda: app.screen.query("#receipt"))
        await type_code(app, "bbb bbb")  # typed in lower case with a space
        await pilot.press("enter")
        await until(
            pilot,
            lambda: (
                "Withdraw this answer?" in shown(app)
                and "BBB-BBB: Tell us about today, answered on" in shown(app)
            ),
        )
        assert SECRET not in shown(app)
        await click_when_drawn(pilot, "#withdraw-confirm")
        await until(pilot, lambda: "The answer was withdrawn" in shown(app))
    assert not store.has_receipt("BBB-BBB")
    assert store.count() == 2
    assert store.withdrawn_receipts() == ["BBB-BBB"]
    [line] = (tmp_path / "staff-audit.log").read_text(encoding="utf-8").splitlines()
    assert '"withdraw"' in line
    assert "BBB" not in line  # the code only as a keyed hash


async def test_keep_it_changes_nothing_and_an_unknown_code_is_said_plainly(
    tmp_path: Path,
) -> None:
    store = store_with_answers()
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(WithdrawPage(staff_session(tmp_path, store)))
        await until(pilot, lambda: app.screen.query("#receipt"))
        await type_code(app, "AAA-AAA")
        await pilot.press("enter")
        await until(pilot, lambda: "Withdraw this answer?" in shown(app))
        await click_when_drawn(pilot, "#withdraw-keep")
        await until(pilot, lambda: "Nothing was changed." in shown(app))
        await type_code(app, "ZZZ-ZZZ")
        await pilot.press("enter")
        await until(
            pilot, lambda: "No answer kept on this kiosk has the code ZZZ-ZZZ" in shown(app)
        )
        await type_code(app, "AB")
        await pilot.press("enter")
        await until(pilot, lambda: "A receipt code is 6 letters and numbers" in shown(app))
    assert store.count() == 3
    assert store.withdrawn_receipts() == []


async def test_a_code_changed_after_it_was_found_is_never_withdrawn(tmp_path: Path) -> None:
    """Before, the found code stayed on offer while staff typed another, and was withdrawn."""
    store = store_with_answers()
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(WithdrawPage(staff_session(tmp_path, store)))
        await until(pilot, lambda: app.screen.query("#receipt"))
        await type_code(app, "AAA-AAA")
        await pilot.press("enter")
        await until(pilot, lambda: "Withdraw this answer?" in shown(app))
        await pilot.click("#receipt")
        await pilot.press("end", *["backspace"] * 7, *"BBB-BB")  # half of the code they meant
        await until(pilot, lambda: "Press Enter to find this code." in shown(app))
        assert "Withdraw this answer" not in shown(app)
        assert "AAA-AAA" not in shown(app)
        await pilot.press("tab", "enter")  # whatever is focused next, nothing is withdrawn
        await until(pilot, lambda: app.screen.query_one("#receipt", Input).has_focus is False)
    assert store.count() == 3
    assert store.withdrawn_receipts() == []


async def test_withdraw_works_in_a_preview_without_a_log() -> None:
    store = MemoryStore()
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(WithdrawPage(staff_session(None, store)))
        await until(pilot, lambda: app.screen.query("#receipt"))
        await type_code(app, "AAA-AAA")
        await pilot.press("enter")
        await until(pilot, lambda: "No answer kept on this kiosk" in shown(app))
