"""Staff export, step by step: build the bundle off the UI thread, show or save it, and mark
the answers exported only once staff say the organiser has it."""

from __future__ import annotations

import asyncio

from textual.app import App

from kiosk.bundles.export import BuiltBundle, build_bundle, mark_delivered
from kiosk.keys import prepare_kiosk_keys
from kiosk.staff_session import StaffSession
from kiosk.ui.screens.staff_export import ExportScreen
from kiosk.ui.screens.staff_export_choice import ExportChoicePage
from kiosk.ui.screens.staff_question import StaffQuestion
from kiosk.ui.screens.staff_save import SaveBundlePage, first_folder_root
from surveys.errors import SaySoError

PREVIEW = "A preview keeps no answers, so there is nothing to export."
NOTHING_NEW = "There are no new answers to export."


def _build(session: StaffSession) -> BuiltBundle:
    assert session.data_dir is not None
    return build_bundle(session.store, prepare_kiosk_keys(session.data_dir), include_exported=False)


async def _delivered(session: StaffSession, built: BuiltBundle) -> str:
    try:
        marked = await asyncio.to_thread(mark_delivered, session.store, built)
    except SaySoError as error:
        return f"{error.message} The answers stay waiting and go in the next export."
    session.record("export", {"answers": marked, "withdrawals": len(built.withdrawn)})
    return f"Bundle {built.label}: {marked} answers marked as exported."


async def run_export(app: App[object], session: StaffSession) -> str:
    """The whole export, from building the bundle to marking it; what happened, in words."""
    if session.data_dir is None:
        return PREVIEW
    try:
        built = await asyncio.to_thread(_build, session)
    except SaySoError as error:
        return error.message
    if built.response_count == 0 and not built.withdrawn:
        return NOTHING_NEW
    summary = (
        f"Bundle {built.label}: {built.response_count} answers and "
        f"{len(built.withdrawn)} withdrawals, {len(built.data):,} bytes."
    )
    last = ""
    while (choice := await app.push_screen_wait(ExportChoicePage(summary, last))) != "done":
        if choice == "qr" and await app.push_screen_wait(ExportScreen(built.data, built.label)):
            return await _delivered(session, built)
        if choice == "save":
            root = session.folder_root or first_folder_root()
            saved = await app.push_screen_wait(SaveBundlePage(built, root))
            if saved is None:
                continue
            question = StaffQuestion(
                "Did the organiser get it?", "Yes, they have it", "Not yet", detail=saved
            )
            if await app.push_screen_wait(question):
                return await _delivered(session, built)
            last = saved
    session.record("export-not-delivered", {"answers": built.response_count})
    return f"{summary} Not marked as exported: they go again in the next export."
