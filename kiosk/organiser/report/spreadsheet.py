"""The report as an XLSX workbook: a responses sheet, then a sheet per question with a chart.

What people wrote is kept whole, but as words: a control character (which a workbook cannot
hold) is drawn as a symbol, and an answer such as `=HYPERLINK(...)` is stored as text, never
as a formula a spreadsheet program would run.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.rows import headers
from kiosk.organiser.report.tables import Table
from kiosk.safe_files import write_file_atomically
from surveys.characters import shown_safely

NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\]")
KEPT_BREAKS = "\t\n\r"


def _words(text: str) -> str:
    """`text` as a workbook can hold it: other control characters drawn as symbols."""
    return shown_safely(text, keep=KEPT_BREAKS)


def _append(sheet: Worksheet, values: Iterable[Any]) -> None:
    """Add a row; each text is a text cell, even one starting with '=' like a formula."""
    cells: list[Any] = []
    for value in values:
        if isinstance(value, str):
            cell = Cell(sheet, value=_words(value))
            cell.data_type = "s"
            cells.append(cell)
        else:
            cells.append(value)
    sheet.append(cells)


def _sheet_name(text: str, taken: set[str]) -> str:
    base = NOT_IN_NAMES.sub(" ", shown_safely(text, keep="")).strip()[:28] or "Question"
    name, number = base, 2
    while name.lower() in taken:
        name, number = f"{base[:25]} {number}", number + 1
    taken.add(name.lower())
    return name


def _summary(sheet: Worksheet, tables: Iterable[Table], threshold: int) -> None:
    for table in tables:
        _append(sheet, [table.title])
        _append(sheet, ["Answer", "People", "Percent"])
        first = sheet.max_row + 1
        for row in table.rows:
            percent = None if row.percent is None else round(row.percent, 1)
            shown = row.words(threshold) if row.safe_count is None else row.safe_count
            _append(sheet, [row.label, shown, percent])
        chart = BarChart()
        chart.type, chart.title, chart.legend = "bar", shown_safely(table.title, keep=""), None
        chart.add_data(Reference(sheet, min_col=3, min_row=first, max_row=sheet.max_row))
        chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=sheet.max_row))
        sheet.add_chart(chart, f"E{first - 1}")
        sheet.append([])
        for _ in range(max(0, 15 - len(table.rows))):
            sheet.append([])


def write_xlsx(report: Report, rows: Iterable[dict[str, str]], path: Path) -> None:
    """Write the workbook; counts that are not safe show as words, never as numbers."""
    book = Workbook()
    responses = book.active
    assert responses is not None
    responses.title = "Responses"
    columns = headers(report)
    _append(responses, columns)
    for row in rows:
        _append(responses, [row.get(column, "") for column in columns])
    taken = {"responses"}
    for section in report.sections:
        if section.too_few:
            continue
        _summary(
            book.create_sheet(_sheet_name(f"{section.id} people", taken)),
            section.tables,
            report.threshold,
        )
        for question in section.questions:
            if question.reached >= report.threshold:
                sheet = book.create_sheet(_sheet_name(question.text, taken))
                _summary(sheet, question.tables, report.threshold)
    data = io.BytesIO()  # in memory first: a full disk never leaves half a zip to clean up
    book.save(data)
    write_file_atomically(path, data.getvalue())
