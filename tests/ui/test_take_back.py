"""'I want to take my answers back': confirmed, withdrawn as staff would, and carried to the
organiser by the next bundle."""

from __future__ import annotations

from pathlib import Path

from accessibility.speaker import RecordingSpeaker
from kiosk.bundles.export import build_bundle
from kiosk.bundles.opening import open_bundle
from kiosk.keys import prepare_kiosk_keys
from kiosk.pin import StaffPin
from kiosk.startup import LoadedKiosk
from kiosk.store import open_store
from kiosk.ui.app import make_app
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.code_entry import CodeEntryScreen
from kiosk.ui.screens.code_found import CodeFoundScreen, TakeBackScreen
from kiosk.ui.settings import KioskSettings
from surveys.catalog import load_builtin
from tests.ui.helpers import SIZE, until, until_screen, visible_text
from tests.unit.store.store_helpers import sample_response


async def test_taking_answers_back_deletes_them_and_the_next_bundle_says_so(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path)
    response, other = sample_response(7), sample_response(8)
    store.save(response)
    store.save(other)
    speaker = RecordingSpeaker()
    settings = KioskSettings(staff_pin=StaffPin(tmp_path))
    app = make_app(LoadedKiosk(load_builtin("my-school"), store, speaker), settings)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await pilot.press(*response.receipt, "enter")
        await until_screen(pilot, CodeFoundScreen)
        await pilot.press("1")
        await until_screen(pilot, TakeBackScreen)
        assert "Are you sure? Your answers will be deleted." in visible_text(app)
        await until(pilot, lambda: speaker.spoken[-1].startswith("Are you sure?"))
        await pilot.press("1")
        await until(pilot, lambda: "Done. Your answers are deleted." in visible_text(app))
        await until(pilot, lambda: speaker.spoken[-1].startswith("Done."))
        assert "take my answers back" not in visible_text(app)
        await pilot.press("0")
        await until_screen(pilot, AttractScreen)
        assert not store.has_receipt(response.receipt)
        assert store.has_receipt(other.receipt)
        built = build_bundle(store, prepare_kiosk_keys(tmp_path), include_exported=False)
    assert open_bundle(built.data).withdrawn == (response.receipt,)
    [line] = (tmp_path / "staff-audit.log").read_text(encoding="utf-8").splitlines()
    assert '"participant-withdraw"' in line
    assert response.receipt not in line  # only a keyed hash of the code


async def test_no_keeps_the_answers(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    response = sample_response(7)
    store.save(response)
    app = make_app(LoadedKiosk(load_builtin("my-school"), store, RecordingSpeaker()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await until_screen(pilot, CodeEntryScreen)
        await pilot.press(*response.receipt, "enter")
        await until_screen(pilot, CodeFoundScreen)
        await pilot.press("1")
        await until_screen(pilot, TakeBackScreen)
        await pilot.press("2")
        await until_screen(pilot, CodeFoundScreen)
        assert "I want to take my answers back" in visible_text(app)
        assert store.has_receipt(response.receipt)
    assert store.withdrawn_receipts() == []
