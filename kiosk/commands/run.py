"""`sayso kiosk` and `sayso preview`: the participant kiosk. Textual is imported only when run.

The imports at the top are light (40-100 ms together, python -X importtime). The few
inside functions are the start-up seams: each says what it costs, and why it waits.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import click

from accessibility.speaker import Speaker
from kiosk.commands.first_pin import set_up_first_pin
from kiosk.commands.options import data_dir_option, event_option
from kiosk.pin import StaffPin
from kiosk.startup import KioskLoader, LoadedKiosk, hold_data_folder, load_parts, start_card
from kiosk.ui.settings import KioskSettings
from surveys.errors import SaySoError
from surveys.sources import DEMO_SURVEY, find_source

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


def _make_speaker() -> Speaker:
    """The speech service the kiosk talks through: espeak-ng in its own worker process."""
    # Start-up seam: the speech stack, 35-110 ms (python -X importtime); the kiosk starts
    # speech in its loader thread, after the first paint.
    from accessibility.speech import SpeechService

    return SpeechService()


def _survey_dir(id_or_path: str) -> Path | None:
    path = Path(id_or_path)
    return path.parent if path.suffix in (".yaml", ".yml") else None


@click.command("kiosk")
@click.option("--survey", "survey_id", default=DEMO_SURVEY, show_default=True,
              help="A built-in survey id or a survey file.")  # fmt: skip
@event_option
@data_dir_option
def kiosk_command(survey_id: str, event: str | None, data_dir: Path) -> None:
    """Run the kiosk for participants (the demo survey by default)."""
    source = find_source(survey_id)
    card, survey = start_card(data_dir, source)  # a survey seen before is checked after painting
    set_up_first_pin(data_dir)  # staff choose the PIN before any participant can
    lock = hold_data_folder(data_dir)
    # Start-up seam: the "you said, we did" reader, 20-40 ms (PyNaCl, CBOR), checked against
    # the trusted organiser key again before it is shown.
    from kiosk.feedback.folder import latest_feedback
    from kiosk.supervisor import RunEnd, supervise
    from kiosk.ui.feedback import shown_feedback

    said = latest_feedback(data_dir)
    # The survey, the store and speech load just after the first paint, in each run.
    load = partial(load_parts, source, data_dir, lock, survey, _make_speaker)
    settings = KioskSettings(
        event=event,
        survey_dir=_survey_dir(survey_id),
        staff_pin=StaffPin(data_dir),
        feedback=None if said is None else shown_feedback(said),
    )
    failed: list[Exception] = []

    def run_once() -> RunEnd:
        # Start-up seam: Textual and the attract screen, 220 ms (python -X importtime), loaded
        # only once the survey, the PIN and the data folder are known to be fine.
        from kiosk.ui.app import make_app

        app = make_app(KioskLoader(card, load), settings)
        app.run()  # the app closes the store and speech when it ends, crashed or not
        if app.startup_error is not None:  # loading again would fail again: stop and say why
            failed.append(app.startup_error)
            return RunEnd.CLOSED
        return RunEnd.CRASHED if app.crashed or app.return_code else RunEnd.CLOSED

    try:
        ended = supervise(run_once)
    finally:
        lock.release()
    if failed:
        raise failed[0]
    if ended is RunEnd.CRASHED:
        raise KioskStopped(TOO_MANY_CRASHES)


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
    from surveys.catalog import find_survey

    survey = find_survey(survey_file)
    settings = KioskSettings(event=event, preview=True, survey_dir=_survey_dir(survey_file))
    app = make_app(LoadedKiosk(survey, MemoryStore(), _make_speaker()), settings)
    app.run()  # the app closes speech when it ends
    if app.crashed or app.return_code:
        raise KioskStopped()
