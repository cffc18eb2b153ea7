"""Fault injection: a bug in any participant screen or worker shows a calm screen, never a
traceback or an answer; the error log names the error but holds no answer or typed text; and
the kiosk is back on a clean attract screen (started again, as `sayso kiosk` does)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from accessibility.speaker import RecordingSpeaker
from kiosk.error_log import ErrorLog
from kiosk.startup import KioskLoader, LoadedKiosk
from kiosk.store import MemoryStore
from kiosk.supervisor import RunEnd
from kiosk.ui.app import KioskApp, make_app
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.base import KioskScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.screens.profile import ProfileScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.screens.went_wrong import WentWrongScreen
from kiosk.ui.screens.who_answered import WhoAnsweredScreen
from kiosk.ui.settings import KioskSettings, Timings
from surveys.card import SurveyCard
from surveys.catalog import load_builtin
from tests.ui.faults import ANSWERED, SECRET, BrokenSpeaker, Bug, fails_when, raise_bug
from tests.ui.helpers import SIZE, until, until_screen, visible_text

START = ("space", "1", "0", "1")
TO_FREE_TEXT = (*START, "2", "1", "4", "0", "1", "1", *["1", "2", "3"] * 2, "4")
TO_WHO_ANSWERED = (*TO_FREE_TEXT, *SECRET, "enter")
SAFE = "Your answers so far are safe."

SCREENS: dict[str, tuple[type[KioskScreen[Any]], tuple[str, ...], bool]] = {
    # screen: (where the fault is, keys to reach it, whether answers were given before)
    "attract": (AttractScreen, ("r",), False),
    "who": (AudienceScreen, ("space",), False),
    "profile": (ProfileScreen, ("space", "1"), False),
    "consent": (ConsentScreen, ("space", "1", "0"), False),
    "help": (HelpScreen, (*START, "h"), False),
    "who_answered": (WhoAnsweredScreen, TO_WHO_ANSWERED, True),
    "check": (ReviewScreen, (*TO_WHO_ANSWERED, "1"), True),
}
QUESTIONS = {
    "faces": START,
    "multiple_choice": (*START, "2", "1", "3"),
    "yes_no": (*START, "5"),
    "single_choice": (*START, "5", "1"),
    "picture_sort": (*START, "5", "1", "1", "1", "3"),
    "rating": (*START, "5", "1", "1", *["1"] * 6),
    "free_text": (*START, "5", "1", "1", *["1"] * 6, "4"),
}


def settings(tmp_path: Path, after_crash: bool | None = None) -> KioskSettings:
    timings = Timings(idle_seconds=3600, thanks_seconds=3600, went_wrong_seconds=3600)
    return KioskSettings(error_log=ErrorLog(tmp_path), timings=timings, after_crash=after_crash)


async def press(pilot: Pilot[None], keys: tuple[str, ...]) -> None:
    for key in keys:  # one by one, each screen given time to come, as a person presses
        await pilot.press(key)
        await pilot.pause()


async def check_fault(
    app: KioskApp, keys: tuple[str, ...], tmp_path: Path, store: MemoryStore, answers_given: bool
) -> None:
    """Press `keys` until the fault; then the calm screen (after a restart, if the app stopped)."""
    try:
        async with app.run_test(size=SIZE) as pilot:
            await press(pilot, keys)
            stopped = lambda: not app.is_running or isinstance(app.screen, WentWrongScreen)  # noqa: E731
            await until(pilot, stopped)
            if app.is_running:  # the journey caught it: the same kiosk goes on
                await calm_then_attract(pilot, app, answers_given)
                return
    except Bug:  # Pilot hands a bug that stopped the app to the test
        pass
    assert app.crashed
    assert app.ended is (RunEnd.UNSAVED if answers_given else RunEnd.CRASHED)
    again = make_app(
        LoadedKiosk(load_builtin("my-school"), store, RecordingSpeaker()),
        settings(tmp_path, after_crash=app.ended is RunEnd.CRASHED),
    )
    async with again.run_test(size=SIZE) as pilot:
        await calm_then_attract(pilot, again, answers_given)


async def calm_then_attract(pilot: Pilot[None], app: KioskApp, answers_given: bool) -> None:
    """The calm screen shows no traceback or answer, then OK leads to a clean attract screen."""
    await until_screen(pilot, WentWrongScreen)
    await until(pilot, lambda: "Something went wrong." in visible_text(app))
    shown = visible_text(app)
    assert (SAFE in shown) is not answers_given, shown
    for leak in ("Traceback", "Bug", SECRET, *ANSWERED, "File "):
        assert leak not in shown
    await pilot.press("0")
    await until_screen(pilot, AttractScreen)
    assert len(app.screen_stack) == 2  # nothing from before beneath it
    assert SECRET not in visible_text(app)


def logged(tmp_path: Path) -> str:
    log = ErrorLog(tmp_path).entries()
    assert "tests.ui.faults.Bug" in log
    assert "in raise_bug" in log
    for leak in (SECRET, "typed", *ANSWERED):
        assert leak not in log
    return log


@pytest.fixture
def build(store: MemoryStore, tmp_path: Path) -> Callable[..., KioskApp]:
    def make(speaker: RecordingSpeaker | None = None) -> KioskApp:
        kiosk = LoadedKiosk(load_builtin("my-school"), store, speaker or RecordingSpeaker())
        return make_app(kiosk, settings(tmp_path))

    return make


@pytest.mark.parametrize("name", list(SCREENS))
async def test_a_bug_on_each_participant_screen(
    name: str,
    build: Callable[..., KioskApp],
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen, keys, answers_given = SCREENS[name]
    broken = fails_when(lambda shown: type(shown) is screen, KioskScreen.read_out)
    monkeypatch.setattr(screen, "read_out", broken)
    await check_fault(build(), keys, tmp_path, store, answers_given)
    assert "a kiosk screen" in logged(tmp_path) or "journey" in logged(tmp_path)
    assert store.count() == 0


@pytest.mark.parametrize("kind", list(QUESTIONS))
async def test_a_bug_on_each_type_of_question(
    kind: str,
    build: Callable[..., KioskApp],
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def on_this_kind(screen: QuestionScreen) -> bool:
        return screen.step is not None and screen.step.question.type == kind

    broken = fails_when(on_this_kind, QuestionScreen.spoken_intro)
    monkeypatch.setattr(QuestionScreen, "spoken_intro", broken)
    await check_fault(build(), QUESTIONS[kind], tmp_path, store, answers_given=kind != "faces")
    logged(tmp_path)


async def test_a_bug_after_the_answers_are_saved_says_they_are_safe(
    build: Callable[..., KioskApp],
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ThanksScreen, "read_out", fails_when(lambda _: True, raise_bug))
    await check_fault(build(), (*TO_WHO_ANSWERED, "1", "0"), tmp_path, store, False)
    logged(tmp_path)
    assert store.count() == 1


async def test_a_bug_in_saving_says_sorry_and_starts_again(
    build: Callable[..., KioskApp],
    store: MemoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(store, "save", raise_bug)
    await check_fault(build(), (*TO_WHO_ANSWERED, "1", "0"), tmp_path, store, True)
    assert "a participant's journey" in logged(tmp_path)


async def test_a_bug_in_speech_never_stops_the_participant(
    build: Callable[..., KioskApp], tmp_path: Path
) -> None:
    app = build(BrokenSpeaker("Is that OK?"))
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, ("space", "1", "0"))
        await until_screen(pilot, ConsentScreen)
        await pilot.press("1")
        await until_screen(pilot, QuestionScreen)
        assert "Traceback" not in visible_text(app)
    assert not app.crashed


async def test_a_bug_in_loading_is_logged_and_the_kiosk_starts_again(
    store: MemoryStore, tmp_path: Path
) -> None:
    card = SurveyCard.of(load_builtin("my-school"))
    app = make_app(KioskLoader(card, raise_bug), settings(tmp_path))  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: not app.is_running)
    assert app.ended is RunEnd.CRASHED
    assert "loading the survey" in logged(tmp_path)
    again = make_app(
        LoadedKiosk(load_builtin("my-school"), store, RecordingSpeaker()),
        settings(tmp_path, after_crash=True),
    )
    async with again.run_test(size=SIZE) as pilot:
        await calm_then_attract(pilot, again, answers_given=False)


@pytest.mark.parametrize("answers_safe", [True, False], ids=["safe", "sorry"])
def test_the_calm_screen_looks_calm(snap_compare: Any, tmp_path: Path, answers_safe: bool) -> None:
    kiosk = LoadedKiosk(load_builtin("my-school"), MemoryStore(), RecordingSpeaker())
    app = make_app(kiosk, settings(tmp_path, after_crash=answers_safe))

    async def until_calm(pilot: Pilot[None]) -> None:
        await until_screen(pilot, WentWrongScreen)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=until_calm)
