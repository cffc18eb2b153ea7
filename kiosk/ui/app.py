"""The kiosk app and `make_app`, the one way the CLI, tests and snapshots build it."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.binding import Binding

from accessibility.speaker import Speaker, StartingSpeaker
from kiosk.pin import StaffPin
from kiosk.startup import KioskParts
from kiosk.ui.feedback import Feedback
from kiosk.ui.memory import keep_full_collections_for_quiet_moments, tidy_memory
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.problem import ProblemScreen
from kiosk.ui.screens.still_there import StillThereScreen
from kiosk.ui.themes import kiosk_themes, theme_name
from kiosk.ui.voice import Voice
from kiosk.ui.widgets.too_small import too_small
from kiosk.ui.words import word
from surveys.card import SurveyCard
from surveys.profiles import AccessProfile

if TYPE_CHECKING:
    from kiosk.staff import StaffReport
    from kiosk.store import ResponseStore
    from kiosk.ui.journey import Journey
    from surveys.model import Survey

ReceiptMaker = Callable[[Callable[[str], bool]], str]
PartsLoader = Callable[[], KioskParts]


class KioskApp(App[None], inherit_bindings=False):
    """The participant kiosk: one journey after another, forgetting each participant.

    Textual's own keys (quit, command palette, suspend) are not inherited: the only way
    out of the kiosk is staff mode, behind the staff PIN. A preview can be left with ctrl+q.

    The attract screen needs only the survey's `card`. `parts` is the loaded survey and
    store, or a loader the app runs in a thread once the attract screen is painted (with
    speech too, if `speaker` is None); the journey waits for it after someone starts.
    """

    BINDINGS = [
        Binding("f2", "staff", "Staff", show=False, priority=True, id="staff"),
        Binding("ctrl+q", "leave_preview", "Quit preview", show=False, id="leave-preview"),
    ]

    CSS_PATH = ["kiosk.tcss", "screens/screens.tcss", "screens/attract.tcss"]
    """All kiosk CSS loads once at start, so no screen waits for its CSS when first shown."""
    ENABLE_COMMAND_PALETTE = False
    ALLOW_SELECT = False
    """Nobody selects (and so copies) words on a kiosk screen."""
    TITLE = "Say So"

    def __init__(
        self,
        card: SurveyCard,
        parts: KioskParts | PartsLoader,
        speaker: Speaker | None,
        *,
        event: str | None = None,
        preview: bool = False,
        feedback: Feedback | None = None,
        survey_dir: Path | None = None,
        idle_seconds: float | None = None,
        still_there_seconds: float = 20.0,
        thanks_seconds: float = 12.0,
        new_receipt: ReceiptMaker | None = None,
        staff_pin: StaffPin | None = None,
    ) -> None:
        super().__init__()
        self.card = card
        self._parts = parts if isinstance(parts, KioskParts) else None
        self._loader = None if isinstance(parts, KioskParts) else parts
        self._survey_ready = asyncio.Event()
        self.crashed = False
        """Whether the kiosk stopped because of a bug (the exit status is then 1)."""
        self.startup_error: Exception | None = None
        """Why the survey or the store could not be loaded after the screen started; the
        kiosk stops rather than wait on the attract screen for a survey that never comes."""
        self.staff_pin = staff_pin
        self._staff_open = False
        self._new_receipt = new_receipt
        self.voice = Voice(speaker or StartingSpeaker())
        self.event = event
        self.preview = preview
        self.feedback = feedback
        self.survey_dir = survey_dir
        self.idle_seconds = idle_seconds
        self.still_there_seconds = still_there_seconds
        self.thanks_seconds = thanks_seconds
        self.language = card.language
        self.journey: Journey | None = None
        self._last_activity = monotonic()
        self._watching = False
        self._asking = False

        for theme in kiosk_themes():
            self.register_theme(theme)
        self.theme = theme_name("default")

    def _fatal_error(self) -> None:
        """A bug reached Textual: stop with exit status 1, showing nothing of the screen.

        Textual's own report is a traceback with the values of local variables, which can
        hold what a participant typed; the command that ran the kiosk says what happened in
        plain words instead. (`_fatal_error` is Textual's hook for this; SAYSO_DEBUG=1 keeps
        Textual's report for developers.)
        """
        self.crashed = True
        if os.environ.get("SAYSO_DEBUG"):
            super()._fatal_error()
        else:
            self.exit(return_code=1)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(too_small(event.size.width, event.size.height), "-too-small")

    def on_mount(self) -> None:
        self.set_class(too_small(self.size.width, self.size.height), "-too-small")
        keep_full_collections_for_quiet_moments()
        self.apply_profile(AccessProfile.for_newcomer())
        if self._parts is not None:
            self._parts_loaded(self._parts)
        self.start_journey()

    # Loading ---------------------------------------------------------------

    @property
    def survey(self) -> Survey:
        """The kiosk's survey (loaded just after the attract screen is first painted)."""
        return self._loaded_parts().survey

    @property
    def store(self) -> ResponseStore:
        """Where answers are kept."""
        return self._loaded_parts().store

    @property
    def parts(self) -> KioskParts | None:
        """The survey and the store, once loaded."""
        return self._parts

    def _loaded_parts(self) -> KioskParts:
        if self._parts is None:
            raise RuntimeError("the kiosk is still loading its survey")
        return self._parts

    @work(thread=True, exit_on_error=False)
    def _load_parts(self, loader: PartsLoader) -> None:
        """Load the survey and open the store while the attract screen is up."""
        try:
            parts = loader()
            import kiosk.ui.journey  # noqa: F401  (so the first participant never waits for it)
        except Exception as error:  # SaySoError in plain words, or a bug: the CLI reports both
            self.call_from_thread(self._failed_to_start, error)
            return
        self.call_from_thread(self._parts_loaded, parts)

    def _parts_loaded(self, parts: KioskParts) -> None:
        self._parts = parts
        if parts.speaker is not None:
            self.voice.speaker = parts.speaker
        base = self.idle_seconds or parts.survey.timeout.seconds
        self.set_interval(min(1.0, base / 5), self._check_idle)
        self._survey_ready.set()

    def _failed_to_start(self, error: Exception) -> None:
        self.startup_error = error
        self.exit(return_code=1)

    def new_receipt(self, taken: Callable[[str], bool]) -> str:
        """A receipt code that `taken` says is free."""
        if self._new_receipt is not None:
            return self._new_receipt(taken)
        from surveys.response import new_receipt_code

        return new_receipt_code(taken)

    # The participant -------------------------------------------------------

    def words(self, key: str) -> str:
        """The kiosk's own words for `key` in the chosen language."""
        return word(key, self.language)

    def help_words(self) -> str:
        """Who to talk to at this event, in the participant's language."""
        survey = self.journey.survey if self.journey is not None else self.survey
        return survey.text(survey.help, self.language)

    def apply_profile(self, profile: AccessProfile) -> None:
        """Show and speak as `profile` asks, from now on."""
        self.voice.profile = profile
        self.theme = theme_name(profile.colours)
        self.set_class(profile.bigger_words, "-bigger")

    def begin_participant(self, language: str) -> None:
        """Someone has started: use their language and watch for them walking away."""
        self.language = language
        self.voice.language = language
        self.note_activity()
        self._watching = True

    def end_participant(self) -> None:
        """The answers are being sent: stop watching for inactivity."""
        self._watching = False

    @work(exclusive=True, group="journey", exit_on_error=False)
    async def start_journey(self) -> None:
        """Run participant journeys one after another, each starting from a clean kiosk."""
        while True:
            await self._forget_participant()
            self.set_timer(1.0, tidy_memory)
            self.voice.stop()
            attract = AttractScreen(self.card, self.event, self.feedback)
            chosen = self.push_screen(attract, wait_for_dismiss=True)
            if self._loader is not None:  # the first time only: load once the screen is up
                attract.call_after_refresh(self._load_parts, self._loader)
                self._loader = None
            language = await chosen
            await self._survey_ready.wait()
            from kiosk.ui.journey import Journey

            self.journey = Journey(self, language)
            try:
                await self.journey.run()
            except Exception:  # nobody sees a traceback; the kiosk starts again
                self.journey = None
                await self._forget_participant()
                await self.push_screen_wait(ProblemScreen())

    async def _forget_participant(self) -> None:
        self._watching = False
        self._asking = False
        self.journey = None
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        self.language = self.card.language
        self.voice.reset(self.card.language)
        self.apply_profile(AccessProfile.for_newcomer())

    # Staff mode -------------------------------------------------------------

    def action_staff(self) -> None:
        """Open staff mode once the staff PIN is given (F2 again while it is open does nothing)."""
        if self._staff_open:
            return
        self._staff_open = True
        self._run_staff()

    @work(group="staff", exit_on_error=False)
    async def _run_staff(self) -> None:
        self.voice.stop()
        try:
            await self._survey_ready.wait()
            from kiosk.ui.screens.staff import StaffScreen  # staff screens load when needed
            from kiosk.ui.screens.staff_pin import StaffPinScreen

            if self.staff_pin is not None and not await self.push_screen_wait(
                StaffPinScreen(self.staff_pin)
            ):
                return
            from kiosk.ui.staff_entry import staff_session

            screen = StaffScreen(staff_session(self))
            if await self.push_screen_wait(screen) == "close":
                self.exit()
        finally:
            self._staff_open = False
            self.note_activity()

    def action_leave_preview(self) -> None:
        """Close a preview; the kiosk itself is only closed from staff mode."""
        if self.preview:
            self.exit()

    def staff_report(self) -> StaffReport:
        """Counts for this survey and the surveys its audiences switch to; never answers."""
        from kiosk.staff import staff_report
        from kiosk.ui.staff_entry import kiosk_surveys

        surveys = kiosk_surveys(self.survey, self.survey_dir)
        return staff_report(self.store, self.voice.speaker, surveys, pin=self.staff_pin)

    # Inactivity ------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste):
            return  # text pasted from outside the kiosk is refused
        if isinstance(event, events.Key | events.MouseDown):
            self.note_activity()
        await super().on_event(event)

    def copy_to_clipboard(self, text: str) -> None:
        """Copy nothing: a kiosk keeps no clipboard for the next participant to paste from.

        Textual's inputs copy and cut through here, and it would also send the words to the
        terminal's own clipboard (OSC 52), where they would outlive the participant.
        """

    def note_activity(self) -> None:
        """Someone touched the screen or pressed a key."""
        self._last_activity = monotonic()

    def _timeout_seconds(self) -> float:
        survey = self.journey.survey if self.journey is not None else self.survey
        base = self.idle_seconds or survey.timeout.seconds
        return self.voice.profile.timeout_seconds(base)

    def _check_idle(self) -> None:
        if not self._watching or self._asking or self._staff_open:
            return
        if monotonic() - self._last_activity < self._timeout_seconds():
            return
        self._asking = True
        self.voice.stop()
        screen = StillThereScreen(self.still_there_seconds)
        self.push_screen(screen, callback=self._still_there_answered)

    def _still_there_answered(self, here: bool | None) -> None:
        self._asking = False
        self.note_activity()
        if not here:
            self.time_out()

    def time_out(self) -> None:
        """Nobody answered: keep or discard the answers so far, and start again."""
        if self.journey is not None:
            self.journey.keep_partial()
        self._watching = False
        self.start_journey()


def make_app(
    survey: Survey,
    store: ResponseStore,
    speaker: Speaker,
    *,
    event: str | None = None,
    preview: bool = False,
    feedback: Feedback | None = None,
    survey_dir: Path | None = None,
    idle_seconds: float | None = None,
    still_there_seconds: float = 20.0,
    thanks_seconds: float = 12.0,
    new_receipt: ReceiptMaker | None = None,
    staff_pin: StaffPin | None = None,
) -> KioskApp:
    """The kiosk app for `survey`, saving to `store` and speaking through `speaker`.

    `idle_seconds` overrides the survey's inactivity timeout (for tests); the
    participant's "more time" still doubles it. `new_receipt` makes receipt codes
    (given the store's "is this code taken?"); snapshots pass a fixed one.
    `staff_pin` guards staff mode (F2); without one (a preview), F2 opens it directly.
    """
    return KioskApp(
        SurveyCard.of(survey),
        KioskParts(survey, store),
        speaker,
        event=event,
        preview=preview,
        feedback=feedback,
        survey_dir=survey_dir,
        idle_seconds=idle_seconds,
        still_there_seconds=still_there_seconds,
        thanks_seconds=thanks_seconds,
        new_receipt=new_receipt,
        staff_pin=staff_pin,
    )
