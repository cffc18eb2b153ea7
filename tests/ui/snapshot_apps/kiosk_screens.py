"""The kiosk stopped at each screen, in a chosen theme, for snapshots and for looking at."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from textual.pilot import Pilot
from textual.widgets import Input

from accessibility.speaker import RecordingSpeaker
from kiosk.startup import LoadedKiosk
from kiosk.store import MemoryStore, StoreError
from kiosk.ui.app import KioskApp, make_app
from kiosk.ui.feedback import Feedback
from kiosk.ui.screens.code_entry import CodeEntryScreen
from kiosk.ui.screens.code_found import CodeFoundScreen, TakeBackScreen
from kiosk.ui.screens.still_there import StillThereScreen
from kiosk.ui.settings import KioskSettings, Timings
from surveys.catalog import load_builtin
from surveys.profiles import Colours
from tests.ui.helpers import until, visible_text
from tests.unit.store.store_helpers import sample_response

START = ("space", "1", "0", "1")
MY_SCHOOL_TO_REVIEW = (*START, "2", "1", "4", "0", "1", "1", *["1", "2", "3"] * 2, "4")
KEYS: dict[str, tuple[str, ...]] = {
    "attract": (),
    "audience": ("space",),
    "profile": ("space", "1"),
    "consent": ("space", "1", "0"),
    "question_faces": START,
    "question_multiple": (*START, "2", "1", "3"),
    "question_yes_no": (*START, "5"),
    "question_single": (*START, "5", "1"),
    "question_picture_sort": (*START, "5", "1", "1", "1", "3"),
    "question_rating": (*START, "5", "1", "1", *["1"] * 6),
    "question_free_text": (*START, "5", "1", "1", *["1"] * 6, "4", *"More art"),
    "help": (*START, "h"),
    "still_there": (*START, "5"),
    "who_answered": (*MY_SCHOOL_TO_REVIEW, *"Quiet room", "enter"),
    "review": (*MY_SCHOOL_TO_REVIEW, *"Quiet room", "enter", "1"),
    "thanks": (*MY_SCHOOL_TO_REVIEW, *"Quiet room", "enter", "1", "0"),
    "problem": (*MY_SCHOOL_TO_REVIEW, *"Quiet room", "enter", "1", "0"),
    "code_entry": ("c", *"zzz zzz", "enter", *"q4t"),
    "code_found": ("c", *"q4t 9pw", "enter"),
    "code_take_back": ("c", *"q4t 9pw", "enter", "1"),
    "code_taken_back": ("c", *"q4t 9pw", "enter", "1", "1"),
}
SHOWN_AT_LAST = {
    "code_entry": (CodeEntryScreen, "We could not find"),
    "code_found": (CodeFoundScreen, "142 people"),
    "code_take_back": (TakeBackScreen, "Are you sure"),
    "code_taken_back": (CodeFoundScreen, "Done."),
}
"""Screens that change after a lookup off the UI thread: the screen, and words it then shows."""
SCREENS = list(KEYS)
MAIN_SCREENS = [
    "attract", "audience", "profile", "consent", "question_faces", "question_multiple",
    "help", "still_there", "review", "thanks", "code_entry", "code_found", "code_take_back",
]  # fmt: skip


def kiosk_at(screen: str) -> KioskApp:
    """The demo kiosk, ready to be walked to `screen`."""
    store = MemoryStore()
    saved = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
    store.save(
        sample_response(1).model_copy(
            update={"receipt": "Q4T-9PW", "started_at": saved, "finished_at": saved}
        )
    )  # an earlier participant's answers, for looking up their code
    if screen == "problem":
        store.fail_saves_with = StoreError("The disk is full.")
    settings = KioskSettings(
        event="Spring fun day",
        feedback=Feedback(
            "You said: lunch time is too noisy.",
            ("We did: there is a quiet room at lunch now.",),
            "my-school",
            142,
        ),
        timings=Timings(idle_seconds=3600, thanks_seconds=3600),
        new_receipt=lambda taken: "K7M-2QX",
    )
    return make_app(LoadedKiosk(load_builtin("my-school"), store, RecordingSpeaker()), settings)


def walk_to(screen: str, colours: Colours) -> Callable[[Pilot[None]], Awaitable[None]]:
    """What to do before the snapshot: press the keys, then show the chosen colours."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, KioskApp)
        await pilot.press(*KEYS[screen])
        if screen == "still_there":
            app.push_screen(StillThereScreen(3600))
        if screen in SHOWN_AT_LAST:
            await _until_shown(pilot, *SHOWN_AT_LAST[screen])
        await pilot.pause()
        app.apply_profile(app.voice.profile.with_choice("colours", colours))
        for box in app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()

    return run_before


async def _until_shown(pilot: Pilot[None], screen_type: type, words: str) -> None:
    """Wait for a screen that answers off the UI thread to show `words`."""
    app = pilot.app
    await until(
        pilot,
        lambda: isinstance(app.screen, screen_type) and words in visible_text(app),
        failure=f"{screen_type.__name__} never showed {words!r}",
    )
