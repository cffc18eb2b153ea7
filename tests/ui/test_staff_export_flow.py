"""Exporting from staff mode: saved to a folder and shown as QR codes; marked only on yes."""

from __future__ import annotations

from pathlib import Path

from kiosk.bundles.opening import open_bundle
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_export import ExportScreen
from kiosk.ui.screens.staff_export_choice import ExportChoicePage
from kiosk.ui.screens.staff_question import StaffQuestion
from kiosk.ui.screens.staff_save import SaveBundlePage
from tests.ui.helpers import until, until_screen
from tests.ui.staff_helpers import Host, shown, staff_session, store_with_answers


async def test_saved_then_shown_and_marked_only_when_the_organiser_has_it(
    tmp_path: Path,
) -> None:
    store = store_with_answers()
    store.withdraw("CCC-CCC")
    session = staff_session(tmp_path / "data", store)
    usb = tmp_path / "usb"
    usb.mkdir()
    session.folder_root = usb
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(StaffScreen(session))
        await until_screen(pilot, StaffScreen)
        await pilot.press("2")
        await until(pilot, lambda: "2 answers and 1 withdrawals" in shown(app), 20)
        await pilot.press("2")
        await until_screen(pilot, SaveBundlePage)
        await pilot.click("#save")
        await until_screen(pilot, StaffQuestion, 20)
        await until(pilot, lambda: "Did the organiser get it?" in shown(app))
        await pilot.press("n")  # not yet: nothing marked
        await until_screen(pilot, ExportChoicePage)
        assert len(list(store.export_items())) == 2
        [saved] = usb.glob("sayso-*.sayso")
        assert [item.meta.receipt for item in open_bundle(saved.read_bytes()).items] == [
            "AAA-AAA",
            "BBB-BBB",
        ]
        await pilot.press("1")
        await until_screen(pilot, ExportScreen)
        await pilot.press("y")
        await until(pilot, lambda: "2 answers marked as exported" in shown(app), 10)
    assert list(store.export_items()) == []
    assert store.withdrawn_receipts() == []  # the withdrawal went with it
    log = (tmp_path / "data" / "staff-audit.log").read_text(encoding="utf-8")
    assert '"export"' in log
    assert '"answers": 2' in log


async def test_done_without_the_organiser_marks_nothing(tmp_path: Path) -> None:
    store = store_with_answers()
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(StaffScreen(staff_session(tmp_path, store)))
        await until_screen(pilot, StaffScreen)
        await pilot.press("2")
        await until_screen(pilot, ExportChoicePage, 20)
        await pilot.press("escape")
        await until(pilot, lambda: "Not marked as exported" in shown(app))
    assert len(list(store.export_items())) == 3


async def test_nothing_new_to_export_is_said_plainly(tmp_path: Path) -> None:
    store = store_with_answers()
    store.mark_exported(store.receipts())
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(StaffScreen(staff_session(tmp_path, store)))
        await until_screen(pilot, StaffScreen)
        await pilot.press("2")
        await until(pilot, lambda: "There are no new answers to export." in shown(app), 20)
