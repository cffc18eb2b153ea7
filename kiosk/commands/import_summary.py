"""What `sayso import` did, per kiosk and survey, shown as a Rich table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kiosk.organiser import ImportCounts
from surveys.characters import shown_safely


@dataclass
class ImportSummary:
    """Counts across every imported bundle, and the inputs that were refused with why."""

    new: Counter[tuple[str, str]] = field(default_factory=Counter)
    already_had: Counter[tuple[str, str]] = field(default_factory=Counter)
    withdrawn: Counter[tuple[str, str]] = field(default_factory=Counter)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)

    def add(self, kiosk_id: str, counts: ImportCounts) -> None:
        """Add one bundle's counts."""
        for mine, theirs in (
            (self.new, counts.new),
            (self.already_had, counts.already_had),
            (self.withdrawn, counts.withdrawn),
        ):
            for survey_id, n in theirs.items():
                mine[kiosk_id, survey_id] += n

    def table(self) -> Table:
        """One row per kiosk and survey."""
        table = Table(title="Imported answers")
        for heading in ("Kiosk", "Survey", "New", "Already had", "Withdrawn"):
            table.add_column(heading, justify="right" if heading[0] in "NAW" else "left")
        keys = sorted({*self.new, *self.already_had, *self.withdrawn})
        for kiosk_id, survey_id in keys:
            numbers = (self.new, self.already_had, self.withdrawn)
            names = (Text(shown_safely(kiosk_id)), Text(shown_safely(survey_id)))
            table.add_row(*names, *(str(c[kiosk_id, survey_id]) for c in numbers))
        return table

    def show(self) -> None:
        """Print the table (or that nothing came in), then each refused input and why (to stderr)."""
        if self.new or self.already_had or self.withdrawn:
            Console().print(self.table())
        else:  # an empty table would look like answers that went missing
            Console().print("Nothing was imported.", markup=False, highlight=False)
        errors = Console(stderr=True, soft_wrap=True)  # file names stay whole, on one line
        for line in self.waiting:
            errors.print(shown_safely(line), markup=False, highlight=False)
        for source, reason in self.rejected:
            refused = shown_safely(f"Not imported: {source}\n  {reason}")
            errors.print(refused, markup=False, highlight=False)
        if self.rejected:
            errors.print(f"{len(self.rejected)} input(s) were refused; nothing of them was kept.")
