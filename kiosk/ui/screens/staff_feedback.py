"""Load "you said, we did" from a USB stick or folder: choose the file, check it against the
organiser key this kiosk trusts (as `sayso feedback load` does), and show it at once."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DirectoryTree, Label, Static

from kiosk.feedback.bundle import FeedbackBundle, read_feedback_file
from kiosk.feedback.folder import save_feedback
from kiosk.ui.feedback import shown_feedback
from kiosk.ui.lookup_host import LookupHost
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.staff_page import StaffPage
from kiosk.ui.screens.staff_save import first_folder_root
from surveys.errors import SaySoError

ASK = "Choose the feedback file (it ends in .sayso-feedback) on the USB stick or in a folder."
NOT_HERE = "Feedback cannot be loaded in a preview: nothing is kept."


class FeedbackFiles(DirectoryTree):
    """Folders and files, without hidden ones."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".")]


def describe(bundle: FeedbackBundle) -> str:
    """What was loaded, in one plain sentence."""
    about = "every survey" if bundle.survey_id is None else f"the survey '{bundle.survey_id}'"
    people = "" if bundle.answered is None else f" {bundle.answered} people answered."
    return (
        f"Loaded '{bundle.title}' ({len(bundle.lines)} lines, {bundle.made_on:%d %B %Y}) "
        f"for {about}.{people} The start screen shows it now."
    )


class FeedbackPage(StaffPage[None]):
    """A file chooser, the check, and what was loaded."""

    AUTO_FOCUS = "FeedbackFiles"
    DEFAULT_CSS = (
        StaffPage.DEFAULT_CSS
        + """
    FeedbackPage FeedbackFiles { height: 1fr; border: round $primary; }
    FeedbackPage #feedback-controls { height: auto; }
    """
    )

    def compose(self) -> ComposeResult:
        yield Label("You said, we did", classes="heading")
        yield Static(ASK, classes="note", markup=False)
        yield FeedbackFiles(self.session.folder_root or first_folder_root())
        with Vertical(id="feedback-controls"):
            yield Static("", id="feedback-message", classes="notice", markup=False)
            yield Static("", id="feedback-lines", markup=False)
            with Horizontal():
                yield Button("Back", id="back")

    def _say(self, message: str, shown_lines: str = "") -> None:
        self.query_one("#feedback-message", Static).update(message)
        self.query_one("#feedback-lines", Static).update(shown_lines)

    @on(DirectoryTree.FileSelected)
    def _chosen(self, event: DirectoryTree.FileSelected) -> None:
        if self.session.data_dir is None:
            self._say(NOT_HERE)
            return
        self._say("Checking the file...")
        self._load(event.path, self.session.data_dir)

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-feedback")
    def _load(self, path: Path, data_dir: Path) -> None:
        try:
            bundle = save_feedback(data_dir, read_feedback_file(path))
        except SaySoError as error:
            nothing = "" if "Nothing was loaded" in error.message else " Nothing was loaded."
            self.app.call_from_thread(self._say, error.message + nothing)
            return
        self.session.record("feedback", {"lines": len(bundle.lines)})
        self.app.call_from_thread(self._loaded, bundle)

    def _loaded(self, bundle: FeedbackBundle) -> None:
        feedback = shown_feedback(bundle)
        app = self.app
        if isinstance(app, LookupHost):
            app.feedback = feedback
        for screen in app.screen_stack:
            if isinstance(screen, AttractScreen):
                screen.show_feedback(feedback)
        self._say(describe(bundle), "\n".join([bundle.title, *bundle.lines]))
