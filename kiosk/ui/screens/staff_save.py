"""Save the bundle to a USB stick or folder: choose the folder, then write and check the file
(and, if asked, printable QR sheets). Dismisses with where it was saved, or None."""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, DirectoryTree, Label, Static

from kiosk.bundles.export import BuiltBundle, write_and_check
from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.screens.staff_page import STAFF_CSS
from surveys.errors import SaySoError


def first_folder_root() -> Path:
    """Where USB sticks usually appear on Linux, or the home folder."""
    user = getpass.getuser()
    for place in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        if place.is_dir():
            return place
    return Path.home()


class FolderTree(DirectoryTree):
    """Folders only, and no hidden ones."""

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if p.is_dir() and not p.name.startswith(".")]


def save_bundle(built: BuiltBundle, folder: Path, sheets: bool) -> str:
    """Write the bundle file (read back and checked) and the sheets; what was saved, in words."""
    target = folder / f"sayso-{built.label}.sayso"
    write_and_check(built, target)
    if not sheets:
        return f"Saved {target.name} in {folder}."
    # Staff seam: the sheets (Pillow, fpdf), 520-760 ms (python -X importtime), only when
    # staff ask for them.
    from kiosk.bundles import sheets as printing

    try:
        pages = printing.write_png_sheets(
            built.data, folder / f"sayso-{built.label}-sheets", bundle_label=built.label
        )
        printing.write_pdf(
            built.data, folder / f"sayso-{built.label}.pdf", bundle_label=built.label
        )
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        return (
            f"Saved {target.name} in {folder}, but the QR sheets could not be written ({reason})."
        )
    return f"Saved {target.name}, {len(pages)} QR sheet pages and a PDF in {folder}."


class SaveBundlePage(OneResult[str | None]):
    """A folder chooser and a Save button."""

    AUTO_FOCUS = "FolderTree"
    BINDINGS = [Binding("escape", "back", "Back", id="staff-save-back")]
    DEFAULT_CSS = (
        STAFF_CSS.replace("StaffPage", "SaveBundlePage")
        + """
    SaveBundlePage FolderTree { height: 1fr; border: round $primary; }
    SaveBundlePage #save-controls { height: auto; }
    """
    )

    def __init__(self, built: BuiltBundle, root: Path) -> None:
        super().__init__()
        self.built = built
        self.root = root
        self.folder = root
        """The folder chosen so far."""

    def compose(self) -> ComposeResult:
        yield Label("Save to a USB stick or folder", classes="heading")
        yield FolderTree(self.root)
        with Vertical(id="save-controls"):
            yield Static(f"Folder: {self.folder}", id="save-folder", markup=False)
            yield Checkbox("Also save printable QR sheets (PNG pages and a PDF)", id="save-sheets")
            yield Static("", id="save-message", classes="notice", markup=False)
            with Horizontal():
                yield Button("Save here", id="save")
                yield Button("Back", id="back")

    @on(DirectoryTree.DirectorySelected)
    def _chosen(self, event: DirectoryTree.DirectorySelected) -> None:
        self.folder = event.path
        self.query_one("#save-folder", Static).update(f"Folder: {self.folder}")

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.query_one("#save-message", Static).update("Saving and checking...")
        self._write(self.folder, self.query_one("#save-sheets", Checkbox).value)

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-save")
    def _write(self, folder: Path, sheets: bool) -> None:
        try:
            saved = save_bundle(self.built, folder, sheets)
        except SaySoError as error:
            self.app.call_from_thread(self._failed, error.message)
            return
        self.app.call_from_thread(self.dismiss, saved)

    def _failed(self, message: str) -> None:
        self.query_one("#save-message", Static).update(message)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        """Back without saving."""
        self.dismiss(None)
