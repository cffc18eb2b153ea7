"""`sayso kiosk` and `sayso preview`: the participant kiosk. Textual is imported only when run.

The imports at the top are light (40-100 ms together, python -X importtime). The few
inside functions are the start-up seams: each says what it costs, and why it waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from accessibility.speaker import Speaker
from kiosk.commands.first_pin import set_up_first_pin
from kiosk.commands.kiosk_start import KioskStarts
from kiosk.commands.options import data_dir_option, event_option
from kiosk.event_setup import EventSetup
from kiosk.pin import StaffPin
from kiosk.startup import KioskLoader, LoadedKiosk, hold_data_folder, load_parts
from kiosk.ui.settings import KioskSettings
from surveys.characters import shown_safely
from surveys.errors import SaySoError
from surveys.pictures import might_use_pictures
from surveys.sources import DEMO_SURVEY

if TYPE_CHECKING:
    from kiosk.error_log import ErrorLog

STOPPED = (
    "Say So stopped because of an unexpected problem. Every answer saved before it "
    "stopped is safe. Please start the kiosk again; if this happens again, tell the "
    "organiser (run it with SAYSO_DEBUG=1 to see the details)."
)
TOO_MANY_CRASHES = (
    "Say So stopped: it met an unexpected problem 5 times in a minute, so it did not start "
    "again. Every answer saved before it stopped is safe. Please tell a member of staff; "
    "staff can start it again with 'sayso kiosk' and tell the organiser."
)


class KioskStopped(SaySoError):
    """The kiosk stopped because of a problem in Say So itself."""

    title = "The kiosk stopped"

    def __init__(self, message: str = STOPPED) -> None:
        super().__init__(message)


def speech_for(setup: EventSetup, errors: ErrorLog | None = None) -> Callable[[], Speaker]:
    """What starts the kiosk's speech, with the voice staff chose in the settings.

    Each fault speech gets over (an engine error, a worker that hung) goes to `errors`.
    """
    return partial(_make_speaker, setup.voice, errors)


def _make_speaker(voice: str | None = None, errors: ErrorLog | None = None) -> Speaker:
    """The speech service the kiosk talks through: espeak-ng in its own worker process.

    `voice` is the voice staff chose (None: the best for each language).
    """
    # Start-up seam: the speech stack, 35-110 ms (python -X importtime); the kiosk starts
    # speech in its loader thread, after the first paint.
    from accessibility.speech import SpeechService

    on_fault = None if errors is None else partial(errors.record, where="speech")
    return SpeechService(voice=voice, on_fault=on_fault)


def _survey_dir(id_or_path: str) -> Path | None:
    path = Path(id_or_path)
    return path.parent if path.suffix in (".yaml", ".yml") else None


@click.command("kiosk")
@click.option("--survey", "survey_id", default=None,
              help="A built-in survey id or a survey file, in place of the one chosen in staff "
                   f"mode (default: staff's choice, or {DEMO_SURVEY}).")  # fmt: skip
@event_option
@data_dir_option
def kiosk_command(survey_id: str | None, event: str | None, data_dir: Path) -> None:
    """Run the kiosk for participants (the demo survey by default).

    The survey, event and settings chosen in staff mode are used; a --survey or --event
    given here is used in their place until staff choose another.
    """
    starts = KioskStarts(data_dir, survey_id, event)
    first = starts.read()  # a survey seen before is checked after painting
    set_up_first_pin(data_dir)  # staff choose the PIN before any participant can
    lock = hold_data_folder(data_dir)
    # Start-up seam: the "you said, we did" reader, 20-40 ms (PyNaCl, CBOR), checked against
    # the trusted organiser key again before it is shown.
    from kiosk.error_log import ErrorLog
    from kiosk.feedback.folder import latest_feedback
    from kiosk.supervisor import RunEnd, supervise
    from kiosk.ui.feedback import shown_feedback
    from kiosk.ui_child import in_child_process

    said = latest_feedback(data_dir)
    errors = ErrorLog(data_dir)
    base = KioskSettings(
        staff_pin=StaffPin(data_dir),
        feedback=None if said is None else shown_feedback(said),
        error_log=errors,
    )

    def run_once(before: RunEnd | None) -> RunEnd:
        # Start-up seam: Textual and the attract screen, 220 ms (python -X importtime), loaded
        # only once the survey, the PIN and the data folder are known to be fine. This runs
        # in the screen's own process (`kiosk.ui_child`), which ends when the screen does.
        from kiosk.ui.app import make_app
        from kiosk.ui.picture_terminal import get_ready

        try:  # each run after the first reads staff's choices again
            start = first if before is None else starts.read()
        except SaySoError as error:  # the survey chosen has gone or changed: stop and say why
            _tell(error)
            return RunEnd.STOPPED
        get_ready(might_use_pictures(start.source.text))  # asks the terminal before Textual does
        crashed_before = None if before is None else before is not RunEnd.UNSAVED
        if before is RunEnd.DIED or before is RunEnd.RESTART:
            crashed_before = None  # a killed screen or a fresh start: straight to the start
        # The survey, the store and speech load just after the first paint, in each run.
        speech = speech_for(start.setup, errors)
        load = partial(load_parts, start.source, data_dir, lock, start.survey, speech)
        settings = replace(start.settings(base), after_crash=crashed_before)
        app = make_app(KioskLoader(start.card, load), settings)
        app.run()  # the app closes the store and speech when it ends, crashed or not
        if isinstance(app.startup_error, SaySoError):  # loading again would fail again
            _tell(app.startup_error)
        return app.ended

    try:
        ended = supervise(in_child_process(run_once, lock, errors))
    finally:
        lock.release()
    if ended is RunEnd.STOPPED:
        raise click.exceptions.Exit(1)
    if ended.is_crash:
        raise KioskStopped(TOO_MANY_CRASHES)


def _tell(error: SaySoError) -> None:
    """Say what stopped the kiosk in plain words, as `sayso` does for every command."""
    click.echo(shown_safely(f"{error.title}:\n{error.message}"), err=True)


@click.command("preview")
@click.argument("survey_file")
@event_option
def preview_command(survey_file: str, event: str | None) -> None:
    """Try a survey in the kiosk; nothing is stored."""
    # Start-up seams, needed by a preview only: the store (TinyDB, PyNaCl) 280 ms, the
    # survey loader (pydantic, ruamel.yaml) 250 ms, Textual 220 ms (python -X importtime).
    # At the top they would slow `sayso kiosk`'s first paint.
    from kiosk.store import MemoryStore
    from kiosk.ui.app import make_app
    from kiosk.ui.picture_terminal import get_ready
    from surveys.catalog import find_survey

    survey = find_survey(survey_file)
    get_ready(any(q.picture for q in survey.questions))  # before Textual reads the terminal
    settings = KioskSettings(event=event, preview=True, survey_dir=_survey_dir(survey_file))
    app = make_app(LoadedKiosk(survey, MemoryStore(), _make_speaker()), settings)
    app.run()  # the app closes speech when it ends
    if app.crashed or app.return_code:
        raise KioskStopped()
