"""The kiosk app and `make_app`, the one way the CLI, tests and snapshots build it."""

from __future__ import annotations

import asyncio
import os
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from accessibility.speaker import Rate, Speaker, SpeechEvent, StartingSpeaker
from kiosk.startup import KioskLoader, LoadedKiosk
from kiosk.supervisor import RESTART_CODE, RunEnd
from kiosk.ui.crash_care import record, rescue_answers, run_end
from kiosk.ui.fresh_input import FreshInput
from kiosk.ui.host import ResultT
from kiosk.ui.inactivity import InactivityWatcher
from kiosk.ui.lookup_host import throttle_for
from kiosk.ui.memory import keep_full_collections_for_quiet_moments, tidy_memory
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.still_there import StillThereScreen
from kiosk.ui.screens.went_wrong import WentWrongScreen
from kiosk.ui.settings import KioskSettings
from kiosk.ui.speech_news import SpeechTroubled, SpeechWorking
from kiosk.ui.staff_door import StaffVisit, close_staff_screens
from kiosk.ui.textual_private import start_in_theme, unhandled_error
from kiosk.ui.themes import kiosk_themes, theme_name
from kiosk.ui.voice import Voice
from kiosk.ui.widgets.too_small import too_small
from kiosk.ui.words import word
from surveys.card import SurveyCard
from surveys.errors import SaySoError
from surveys.profiles import AccessProfile, Colours

if TYPE_CHECKING:
    from kiosk.staff import StaffReport
    from kiosk.store import ResponseStore
    from kiosk.ui.journey import Journey
    from surveys.model import Survey


class KioskApp(App[None], inherit_bindings=False):
    """The participant kiosk: one journey after another, forgetting each participant.

    Textual's own keys (quit, command palette, suspend) are not inherited: the only way
    out of the kiosk is staff mode, behind the staff PIN. A preview can be left with ctrl+q.

    The attract screen needs only the survey's `card`. The rest (survey, store, speech) is
    given loaded, or loaded in a thread once the attract screen is painted; the journey
    waits for it after someone starts. The app closes the store and speech when it ends.
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
        self, card: SurveyCard, start: LoadedKiosk | KioskLoader, settings: KioskSettings
    ) -> None:
        super().__init__()
        self.card = card
        self.settings = settings
        self.preview = settings.preview
        self.feedback = settings.feedback
        """The latest "you said, we did"; staff mode may load a newer one while the kiosk runs."""
        self.receipt_throttle = throttle_for(settings)
        """Wrong receipt codes slow the next lookup, for everyone, as long as the kiosk runs."""
        self._loaded = start if isinstance(start, LoadedKiosk) else None
        self._loader = start if isinstance(start, KioskLoader) else None
        self._survey_ready = asyncio.Event()
        self.crashed = False
        """Whether the kiosk stopped because of a bug (the exit status is then 1)."""
        self.answers_safe = True
        """Whether, when a bug stopped the kiosk, the answers so far were safe."""
        self._after_crash = settings.after_crash
        self.startup_error: Exception | None = None
        """Why the survey or the store could not be loaded after the screen started; the
        kiosk stops rather than wait on the attract screen for a survey that never comes."""
        self._staff: StaffVisit | None = None
        """Staff mode while it is open (the PIN box, the menu and its pages)."""
        self._sound_troubled = False
        self.voice = Voice(StartingSpeaker(), settings.speech_rate)
        self.start_colours: Colours = settings.theme
        """The colours each participant starts with; staff may change them while it runs."""
        self.language = card.language
        self.journey: Journey | None = None
        self.inactivity = InactivityWatcher(self._timeout_seconds, self._ask_still_there)
        """Watches for a participant walking away."""
        self.fresh_input = FreshInput()
        """Drops presses made before the screen or question in front of them appeared."""

        for theme in kiosk_themes():
            self.register_theme(theme)
        start_in_theme(self, theme_name("default"))

    def _fatal_error(self) -> None:
        """A bug reached Textual: log it, keep what answers can be kept, and stop (status 1).

        Textual's own report is a traceback with the values of local variables, which can
        hold what a participant typed; nothing of it is shown. The error log has the error's
        type and code lines, and the next run starts with the calm "Something went wrong"
        screen. (`_fatal_error` is Textual's hook for this; SAYSO_DEBUG=1 keeps Textual's
        report for developers.)
        """
        self.crashed = True
        record(self.settings.error_log, unhandled_error(self), "a kiosk screen")
        self.answers_safe = rescue_answers(self.journey)
        if os.environ.get("SAYSO_DEBUG"):
            super()._fatal_error()
        else:
            self.exit(return_code=1)

    def panic(self, *renderables: object) -> None:
        """Textual's other way to stop on a bug (errors that draw themselves): the same care."""
        if os.environ.get("SAYSO_DEBUG"):
            super().panic(*renderables)  # type: ignore[arg-type]
        else:
            self._fatal_error()

    @property
    def ended(self) -> RunEnd:
        """How this run ended, for `sayso kiosk` to decide whether to start it again."""
        return run_end(self.startup_error, self.crashed, self.answers_safe, self.return_code)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(too_small(event.size.width, event.size.height), "-too-small")

    def on_mount(self) -> None:
        self.set_class(too_small(self.size.width, self.size.height), "-too-small")
        self.screen_change_signal.subscribe(self, self._screen_changed, immediate=True)
        keep_full_collections_for_quiet_moments()
        self.apply_profile(self._newcomer())
        if self._loaded is not None:
            self._kiosk_loaded(self._loaded)
        self.start_journey()

    def on_unmount(self) -> None:
        """Keep the answers of anyone part way through, then close speech and the store.

        The kiosk can end with a participant part way through: a browser tab closed under
        `sayso serve`, or the kiosk stopped from outside. That is walking away, so their
        answers are kept or discarded as the survey says (once: a saved journey is skipped).
        """
        if self._loaded is not None:
            rescue_answers(self.journey)
        self.voice.speaker.listen(None)
        self.voice.speaker.close()
        if self._loaded is not None:
            self._loaded.store.close()

    # Loading ---------------------------------------------------------------

    @property
    def survey(self) -> Survey:
        """The kiosk's survey (loaded just after the attract screen is first painted)."""
        return self._loaded_kiosk().survey

    @property
    def store(self) -> ResponseStore:
        """Where answers are kept."""
        return self._loaded_kiosk().store

    @property
    def loaded(self) -> LoadedKiosk | None:
        """The survey, the store and speech, once loaded."""
        return self._loaded

    def _loaded_kiosk(self) -> LoadedKiosk:
        if self._loaded is None:
            raise RuntimeError("the kiosk is still loading its survey")
        return self._loaded

    @work(thread=True, exit_on_error=False)
    def _load(self, loader: KioskLoader) -> None:
        """Load the survey, open the store and start speech while the attract screen is up."""
        try:
            loaded = loader.load()
            # Start-up seam: the journey and every participant screen, 400 ms (python -X
            # importtime), loaded here, after the first paint, so nobody waits for them.
            import kiosk.ui.journey  # noqa: F401
        except Exception as error:  # SaySoError in plain words, or a bug: the CLI reports both
            self.call_from_thread(self._failed_to_start, error)
            return
        self.call_from_thread(self._kiosk_loaded, loaded)

    def _kiosk_loaded(self, loaded: LoadedKiosk) -> None:
        self._loaded = loaded
        if loaded.speaker is not None:
            self._use_speaker(loaded.speaker)
        base = self.settings.timings.idle_seconds or loaded.survey.timeout.seconds
        self.set_interval(min(1.0, base / 5), self._check_idle)
        self._survey_ready.set()

    def _failed_to_start(self, error: Exception) -> None:
        if not isinstance(error, SaySoError):  # a bug, not a problem told in plain words
            record(self.settings.error_log, error, "loading the survey")
        self.startup_error = error
        self.exit(return_code=1)

    # Speech ----------------------------------------------------------------

    def _use_speaker(self, speaker: Speaker) -> None:
        self.voice.speaker = speaker
        self._sound_troubled = speaker.problem is not None
        speaker.listen(self._heard_from_speech)

    def _heard_from_speech(self, event: SpeechEvent) -> None:
        """Called by speech, on its own thread: pass the news on as a message."""
        if event == "problem":
            self.post_message(SpeechTroubled())
        elif event == "playing":
            self.post_message(SpeechWorking())

    @property
    def sound_troubled(self) -> bool:
        """Whether speech has reported a problem it has not yet recovered from."""
        return self._sound_troubled

    @on(SpeechTroubled)
    def _speech_troubled(self) -> None:
        self._sound_troubled = True
        for screen in self.screen_stack:
            screen.post_message(SpeechTroubled())

    @on(SpeechWorking)
    def _speech_working(self) -> None:
        self._sound_troubled = False

    # The participant -------------------------------------------------------

    def words(self, key: str) -> str:
        """The kiosk's own words for `key` in the chosen language."""
        return word(key, self.language)

    def help_words(self) -> str:
        """Who to talk to at this event: staff's words, or the survey's in the participant's language."""
        if self.settings.help_text:
            return self.settings.help_text
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
        self.inactivity.start()

    def end_participant(self) -> None:
        """The answers are being sent: stop watching for inactivity."""
        self.inactivity.stop()

    async def show_until_dismissed(self, screen: Screen[ResultT]) -> ResultT:
        """Show `screen` on top and wait for its result."""
        return await self.push_screen_wait(screen)

    async def show_screen(self, screen: Screen[None]) -> None:
        """Show `screen` on top and leave it up."""
        await self.push_screen(screen)

    async def close_screen(self) -> None:
        """Take the top screen away."""
        await self.pop_screen()

    @work(exclusive=True, group="journey", exit_on_error=False)
    async def start_journey(self) -> None:
        """Run participant journeys one after another, each starting from a clean kiosk."""
        while True:
            await self._forget_participant()
            self.set_timer(1.0, tidy_memory)
            self.voice.stop()
            attract = AttractScreen(
                self.card, self.settings.event, self.feedback, self.settings.survey_dir
            )
            chosen = self.push_screen(attract, wait_for_dismiss=True)
            if self._loader is not None:  # the first time only: load once the screen is up
                attract.call_after_refresh(self._load, self._loader)
                self._loader = None
            if self._after_crash is not None:  # the run before ended with a bug: say so calmly
                await self._say_it_went_wrong(self._after_crash)
                self._after_crash = None
            language = await chosen
            await self._survey_ready.wait()
            # The same seam as in `_load`, which has already imported it (or, with the survey
            # given loaded, imports it now).
            from kiosk.ui.journey import Journey

            self.journey = Journey(self, language)
            try:
                await self.journey.run()
            except Exception as error:  # nobody sees a traceback; the kiosk starts again
                record(self.settings.error_log, error, "a participant's journey")
                self._after_crash = rescue_answers(self.journey)

    async def _say_it_went_wrong(self, answers_safe: bool) -> None:
        pause = self.settings.timings.went_wrong_seconds
        await self.push_screen_wait(WentWrongScreen(answers_safe, pause))

    async def _forget_participant(self) -> None:
        self.inactivity.stop()
        self.journey = None
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        self.language = self.card.language
        self.voice.reset(self.card.language)
        self.apply_profile(self._newcomer())

    def _newcomer(self) -> AccessProfile:
        """Where each participant starts: read aloud on, in the colours staff chose."""
        return AccessProfile.for_newcomer().with_choice("colours", self.start_colours)

    # Staff mode -------------------------------------------------------------

    def action_staff(self) -> None:
        """Open staff mode once the staff PIN is given (F2 again while it is open does nothing)."""
        if self._staff is not None:
            return
        visit = StaffVisit(self.screen)
        self._staff = visit
        visit.worker = self._run_staff(visit)

    @work(group="staff", exit_on_error=False)
    async def _run_staff(self, visit: StaffVisit) -> None:
        self.voice.stop()
        try:
            await self._survey_ready.wait()
            # Start-up seam: the staff screens, 180-250 ms with the staff counts and the survey
            # loader they use (python -X importtime); loaded when staff first press F2.
            from kiosk.ui.screens.staff import StaffScreen
            from kiosk.ui.screens.staff_pin import StaffPinScreen

            pin = self.settings.staff_pin
            if pin is not None and not await self.push_screen_wait(StaffPinScreen(pin)):
                return
            visit.asking_pin = False
            # Staff seam: the survey loader and the store's counts, 400-800 ms
            # (python -X importtime), only once the PIN is right.
            from kiosk.ui.staff_entry import staff_session

            visit.session = staff_session(self)
            chosen = await self.push_screen_wait(StaffScreen(visit.session))
            if chosen == "close":
                self._end_run()
            elif chosen == "restart":
                self._end_run(RESTART_CODE)  # `sayso kiosk` starts again at once
        finally:
            if self._staff is visit:
                self._staff = None
            if not visit.left_alone:
                self.note_activity()

    @work(group="staff-lock", exit_on_error=False)
    async def _lock_staff_left_alone(self, visit: StaffVisit) -> None:
        """Nobody has touched staff mode for a while: lock it, as the Lock button would."""
        await close_staff_screens(self, visit)
        if visit.session is not None:
            visit.session.record("locked-alone")
            if visit.session.restart:  # a new survey or settings were saved before
                self._end_run(RESTART_CODE)

    def _end_run(self, return_code: int = 0) -> None:
        """Staff closed the kiosk or changed its survey: first keep the answers of anyone part
        way through, as the survey says for someone who walks away."""
        rescue_answers(self.journey)
        self.exit(return_code=return_code)

    def apply_look(self, colours: Colours, rate: Rate) -> None:
        """Staff changed the starting colours or the speech speed: use them from now on."""
        self.start_colours = colours
        self.voice.rate = rate
        if self.journey is None:
            self.apply_profile(self._newcomer())

    def action_leave_preview(self) -> None:
        """Close a preview; the kiosk itself is only closed from staff mode."""
        if self.preview:
            self.exit()

    def staff_report(self) -> StaffReport:
        """Counts for this survey and the surveys its audiences switch to; never answers."""
        # The staff screens' seam (see `_run_staff`): already loaded by the time this runs.
        from kiosk.staff import staff_report
        from kiosk.ui.staff_entry import kiosk_surveys

        surveys = kiosk_surveys(self.survey, self.settings.survey_dir)
        pin = self.settings.staff_pin
        return staff_report(self.store, self.voice.speaker, surveys, pin=pin)

    # Inactivity ------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste):
            return  # text pasted from outside the kiosk is refused
        if isinstance(event, events.Key | events.MouseDown):
            self.note_activity()  # even a press dropped below shows someone is there
        if self.fresh_input.made_before_view(event):
            return  # the second of a double press, for the screen before this one
        await super().on_event(event)

    def copy_to_clipboard(self, text: str) -> None:
        """Copy nothing: a kiosk keeps no clipboard for the next participant to paste from.

        Textual's inputs copy and cut through here, and it would also send the words to the
        terminal's own clipboard (OSC 52), where they would outlive the participant.
        """

    def note_activity(self) -> None:
        """Someone touched the screen or pressed a key."""
        self.inactivity.note_activity()

    def _screen_changed(self, screen: Screen[Any]) -> None:
        self.fresh_input.new_view()

    def note_new_view(self) -> None:
        """Something new is in front of the participant: presses made before it are not for it."""
        self.fresh_input.new_view()

    def _timeout_seconds(self) -> float:
        survey = self.journey.survey if self.journey is not None else self.survey
        base = self.settings.timings.idle_seconds or survey.timeout.seconds
        return self.voice.profile.timeout_seconds(base)

    def _check_idle(self) -> None:
        visit = self._staff
        if visit is None:
            self.inactivity.check()
        elif self.inactivity.quiet_seconds >= visit.quiet_limit(self.settings.timings):
            self._staff = None
            self._lock_staff_left_alone(visit)

    def _ask_still_there(self) -> None:
        self.voice.stop()
        screen = StillThereScreen(self.settings.timings.still_there_seconds)
        self.push_screen(screen, callback=self._still_there_answered)

    def _still_there_answered(self, here: bool | None) -> None:
        self.inactivity.carry_on()
        if not here:
            self.time_out()

    def time_out(self) -> None:
        """Nobody answered: keep or discard the answers so far, and start again."""
        if self.journey is not None:
            self.journey.keep_partial()
        self.inactivity.stop()
        self.start_journey()


def make_app(start: LoadedKiosk | KioskLoader, settings: KioskSettings | None = None) -> KioskApp:
    """The kiosk for `start`, set up as `settings` say.

    `start` is the loaded survey, store and speech (a preview, tests, snapshots), or the
    start card and a loader that the app runs once the attract screen is painted
    (`sayso kiosk`).
    """
    card = start.card if isinstance(start, KioskLoader) else SurveyCard.of(start.survey)
    return KioskApp(card, start, settings or KioskSettings())
