"""Staff counts: per survey and audience, today and in total, exported or not. Never answers."""

from __future__ import annotations

from rich.table import Table
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Label, Static

from kiosk.staff_counts import CountRow, count_rows
from kiosk.ui.screens.staff_page import StaffPage


def counts_table(rows: list[CountRow]) -> Table:
    """The counts as a table; survey words are data, never markup."""
    table = Table(expand=False)
    for heading in ("Survey", "Who", "Today", "In total", "Not exported yet"):
        table.add_column(heading, justify="left" if heading in ("Survey", "Who") else "right")
    for row in rows:
        table.add_row(
            row.survey_title, row.audience, str(row.today), str(row.total), str(row.not_exported)
        )
    return table


class CountsPage(StaffPage[None]):
    """How many answers are kept, counted from the store off the UI thread."""

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Label("Counts", classes="heading")
            yield Static("Counting...", id="counts-total", classes="note", markup=False)
            yield Static("", id="counts-table")
            with Horizontal():
                yield Button("Back", id="back")

    def on_mount(self) -> None:
        self._count()

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-counts")
    def _count(self) -> None:
        rows = count_rows(self.session.store, self.session.surveys)
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows: list[CountRow]) -> None:
        total = sum(row.total for row in rows)
        waiting = sum(row.not_exported for row in rows)
        self.query_one("#counts-total", Static).update(
            f"Answers kept on this kiosk: {total}. Not exported yet: {waiting}."
        )
        self.query_one("#counts-table", Static).update(counts_table(rows))
