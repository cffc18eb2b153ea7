"""Writing each file `sayso report` was asked for."""

from __future__ import annotations

from pathlib import Path

from kiosk.commands.report_request import ReportRequest
from kiosk.organiser.errors import ReportFileError
from kiosk.organiser.report.as_json import report_json
from kiosk.organiser.report.build import Report
from kiosk.organiser.report.files import Records, write_csv, write_text_file
from kiosk.organiser.report.rows import response_rows


def _quotes(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise ReportFileError(
            f"The quotes file {path.name} is not plain text. Save it as UTF-8 text, then try again.",
            title="The quotes cannot be read",
        ) from None
    return [line.strip() for line in lines if line.strip()]


def write_outputs(request: ReportRequest, report: Report, records: Records) -> list[Path]:
    """Write the CSV, XLSX, HTML, JSON and easy-read files asked for; the paths written."""
    outputs, written = request.outputs, []
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

        write_text_file(path, report_html(report, _quotes(request.quotes)))
        written.append(path)
    if (path := outputs.get("json")) is not None:
        write_text_file(path, report_json(report))
        written.append(path)
    if (path := outputs.get("easy")) is not None:
        # Command seam: the easy-read summary, 6 ms (python -X importtime); only --easy-read
        # needs it.
        from kiosk.organiser.report.easy_read import easy_read_html, easy_read_text

        summary = easy_read_html if path.suffix.lower() in (".html", ".htm") else easy_read_text
        write_text_file(path, summary(report, _quotes(request.quotes), request.next_steps))
        written.append(path)
    return written
