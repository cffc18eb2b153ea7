"""Event and survey: type the event's name, choose a built-in survey or a survey file.

Each survey is checked with the survey loader before it can be used; "Save and start again"
keeps the choice and starts the kiosk screen again on it.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DirectoryTree, Input, Label, Static

from kiosk.event_setup import EventSetup, EventSetupError, read_setup, save_setup
from kiosk.event_setup.choices import EVENT_LENGTH, changes_for_log
from kiosk.event_setup.keeping import keep_survey
from kiosk.staff_session import StaffSession
from kiosk.ui.screens.staff_page import STAFF_CSS, StaffPage
from surveys.errors import SaySoError
from surveys.sources import builtin_ids


def survey_folders() -> list[Path]:
    """Where survey files usually are: USB sticks (/media, /run/media) and the home folder."""
    user = getpass.getuser()
    places = [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path.home()]
    found = [place for place in places if place.is_dir()]
    return list(dict.fromkeys(found))


class SurveyTree(DirectoryTree):
    """Folders and Say So survey files (.yaml, .yml); nothing hidden."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            p
            for p in paths
            if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() in (".yaml", ".yml"))
        ]


def check_survey(choice: str) -> str:
    """Load `choice` and the surveys it links to; its title and size, or `SurveyError`."""
    # Staff seam: the survey loader (pydantic, ruamel.yaml), 55-110 ms (python -X importtime),
    # only when staff choose a survey.
    from surveys.catalog import find_survey
    from surveys.linked import linked_surveys

    survey = find_survey(choice)
    folder = Path(choice).parent if choice.endswith((".yaml", ".yml")) else None
    linked_surveys(survey, folder)
    return f"{survey.text(survey.title)} ({len(survey.questions)} questions)"


class EventPage(StaffPage[None]):
    """The event's name and the kiosk's survey, checked before they are kept."""

    AUTO_FOCUS = "#event-name"
    DEFAULT_CSS = (
        STAFF_CSS.replace("StaffPage", "EventPage")
        + """
    EventPage SurveyTree { height: 1fr; min-height: 5; border: round $primary; }
    EventPage Horizontal { margin-top: 0; }
    EventPage #event-buttons { margin-top: 1; }
    EventPage .note { margin-bottom: 0; }
    """
    )

    def __init__(self, session: StaffSession) -> None:
        super().__init__(session)
        stored = read_setup(session.data_dir) if session.data_dir is not None else None
        self.stored = stored.setup if stored is not None else EventSetup()
        self.chosen: str | None = None
        """The survey checked and waiting to be saved."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Event and survey", classes="heading")
            yield Static(self._now(), id="event-now", classes="note", markup=False)
            yield Static("", id="event-message", classes="notice", markup=False)
            yield Label("The event's name, shown on the start screen:")
            yield Input(self.stored.event or "", max_length=EVENT_LENGTH, id="event-name")
            yield Label("A survey that comes with Say So:")
            with Horizontal(id="event-builtins"):
                for survey_id in builtin_ids():
                    yield Button(survey_id, id=f"builtin-{survey_id}", classes="builtin")
            yield Label("Or a survey file on a USB stick or in a folder:")
            places = [self.session.folder_root] if self.session.folder_root else survey_folders()
            with Horizontal(id="event-places"):
                for number, place in enumerate(places):
                    yield Button(f"Look in {place}", id=f"place-{number}", classes="place")
            yield SurveyTree(places[0] if places else Path.home())
            with Horizontal(id="event-buttons"):
                yield Button("Save and start again", id="event-save")
                yield Button("Back", id="back")

    def _now(self) -> str:
        survey = self.stored.survey or "the demo survey (my-school)"
        event = self.stored.event or "no name"
        kept = "" if self.session.data_dir is not None else " A preview keeps nothing."
        return f"Now: {survey}; event: {event}.{kept}"

    def say(self, message: str) -> None:
        """Show a plain message above the buttons."""
        self.query_one("#event-message", Static).update(message)

    @on(Button.Pressed, ".builtin")
    def _builtin(self, event: Button.Pressed) -> None:
        self._check(str(event.button.label))

    @on(Button.Pressed, ".place")
    def _place(self, event: Button.Pressed) -> None:
        self.query_one(SurveyTree).path = Path(str(event.button.label).removeprefix("Look in "))

    @on(DirectoryTree.FileSelected)
    def _file(self, event: DirectoryTree.FileSelected) -> None:
        self._check(str(event.path))

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-event")
    def _check(self, choice: str) -> None:
        self.app.call_from_thread(self.say, f"Checking {choice}...")
        data_dir = self.session.data_dir
        try:
            about = check_survey(choice)
            if data_dir is not None and choice.endswith((".yaml", ".yml")):
                choice = str(keep_survey(data_dir, Path(choice)))
                about += ", copied to the kiosk: the USB stick can be taken out"
        except SaySoError as error:
            self.app.call_from_thread(self._refused, choice, error.message)
            return
        self.app.call_from_thread(self._checked, choice, about)

    def _refused(self, choice: str, message: str) -> None:
        self.chosen = None
        self.say(f"This survey cannot be used, so nothing was changed.\n{message}")

    def _checked(self, choice: str, about: str) -> None:
        self.chosen = choice
        self.say(f'Checked: {about}. Press "Save and start again" to use it.')

    @on(Button.Pressed, "#event-save")
    @on(Input.Submitted, "#event-name")
    def _save(self) -> None:
        data_dir = self.session.data_dir
        if data_dir is None:
            self.say("This is a preview: nothing is kept.")
            return
        name = self.query_one("#event-name", Input).value.strip() or None
        after = replace(self.stored, event=name, survey=self.chosen or self.stored.survey)
        changes = changes_for_log(self.stored, after)
        if not changes:
            self.say("Nothing has changed: type a name or choose a survey first.")
            return
        try:
            save_setup(data_dir, after)
        except EventSetupError as error:
            self.say(error.message)
            return
        self.session.record("event", changed=changes)
        self.session.restart = True
        self.dismiss(None)
