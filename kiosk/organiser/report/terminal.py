"""The report in the terminal: a Rich table per count, with bars, readable at 80 columns.

Every word shown may have come from a bundle (an audience, question or survey id that no
survey file names), so each is shown safely: a control character such as ESC is drawn as a
symbol and can never move the cursor, clear the screen or change the terminal's colours.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.tables import SurveySection, Table
from surveys.characters import shown_safely

BAR_WIDTH = 20
HIDDEN_NOTE = (
    '"hidden" counts are held back so that a small number beside them cannot be worked out.'
)


def bar(percent: float | None) -> str:
    """A bar of up to 20 blocks for a percentage; nothing for a count not shown."""
    if percent is None:
        return ""
    return "█" * round(percent * BAR_WIDTH / 100) or ("▏" if percent > 0 else "")


def rich_table(table: Table, threshold: int) -> RichTable:
    """One table of counts as Rich draws it."""
    drawn = RichTable(title=Text(shown_safely(table.title)), title_justify="left", expand=False)
    drawn.add_column("Answer", overflow="fold", max_width=28)
    drawn.add_column("People", justify="right")
    drawn.add_column("%", justify="right")
    drawn.add_column("", width=BAR_WIDTH, no_wrap=True)
    for row in table.rows:
        percent = "" if row.percent is None else f"{row.percent:.0f}%"
        label = Text(shown_safely(row.label))
        drawn.add_row(label, row.words(threshold), percent, bar(row.percent))
    return drawn


def section_renderables(section: SurveySection) -> list[RenderableType]:
    """A survey's heading and tables."""
    heading = Text(shown_safely(f"{section.title} ({section.id})"), style="bold")
    if section.too_few:
        note = f"Fewer than {section.threshold} people answered, so nothing more is shown."
        return [heading, Text(note)]
    parts: list[RenderableType] = [heading, Text(f"{section.people} people answered.")]
    parts += [rich_table(table, section.threshold) for table in section.tables]
    for question in section.questions:
        parts.append(Text(f"\n{shown_safely(question.text)}", style="bold"))
        if question.reached < section.threshold:
            parts.append(Text(f"Fewer than {section.threshold} people were asked this."))
            continue
        parts += [rich_table(table, section.threshold) for table in question.tables]
    return parts


def show_report(report: Report, console: Console) -> None:
    """Print the whole report."""
    if not report.sections:
        console.print("There are no answers that match. Check the filters, or import bundles.")
        return
    for section in report.sections:
        console.print(Group(*section_renderables(section)))
        console.print()
    console.print(Text(HIDDEN_NOTE, style="dim"))
