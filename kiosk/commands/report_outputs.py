"""Writing each file `sayso report` was asked for."""

from __future__ import annotations

from pathlib import Path

from kiosk.commands.report_request import ReportRequest
from kiosk.organiser.errors import ReportFileError
from kiosk.organiser.report.as_json import report_json
from kiosk.organiser.report.build import Report
from kiosk.organiser.report.files import Records, write_csv, write_text_file
from kiosk.organiser.report.rows import response_rows
from surveys.errors import SurveyError
from surveys.file_kinds import FileKind
from surveys.sources import read_text_file

QUOTES_FILE = FileKind("quotes file", "a file of quotes is usually a few kilobytes")


def _quotes(path: Path | None) -> list[str]:
    """The quotes file's lines (none without one); `ReportFileError` if it cannot be used."""
    if path is None:
        return []
    try:
        text = read_text_file(path, QUOTES_FILE)
    except SurveyError as error:
        problem = error.problems[0].message
        raise ReportFileError(
            f"The quotes file {path.name} cannot be used: {problem}",
            title="The quotes cannot be read",
        ) from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def write_outputs(request: ReportRequest, report: Report, records: Records) -> list[Path]:
    """Write the CSV, XLSX, HTML, JSON and easy-read files asked for; the paths written."""
    outputs, written = request.outputs, []
    wants_quotes = any(outputs.get(kind) is not None for kind in ("html", "easy"))
    quotes = _quotes(request.quotes) if wants_quotes else []  # read once, for both pages
    if (path := outputs.get("csv")) is not None:
        written += write_csv(report, records, path)
    if (path := outputs.get("xlsx")) is not None:
        # Command seam: openpyxl, 340-590 ms (python -X importtime); only --xlsx needs it.
        from kiosk.organiser.report.spreadsheet import write_xlsx

        write_xlsx(report, response_rows(report, records()), path)
        written.append(path)
    if (path := outputs.get("html")) is not None:
        # Command seam: the web page and its charts (matplotlib), 1.0-1.1 s (python -X importtime); only
        # --html needs them.
        from kiosk.organiser.report.web_page import report_html

        write_text_file(path, report_html(report, quotes))
        written.append(path)
    if (path := outputs.get("json")) is not None:
        write_text_file(path, report_json(report))
        written.append(path)
    if (path := outputs.get("easy")) is not None:
        # Command seam: the easy-read summary, 6 ms (python -X importtime); only --easy-read
        # needs it.
        from kiosk.organiser.report.easy_read import easy_read_html, easy_read_text

        summary = easy_read_html if path.suffix.lower() in (".html", ".htm") else easy_read_text
        write_text_file(path, summary(report, quotes, request.next_steps))
        written.append(path)
    return written
