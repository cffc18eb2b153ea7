"""Writing the report's files: CSV (with its multiple-choice file), and JSON.

A spreadsheet program opening a CSV file runs any cell that starts with `=`, `+`, `-` or `@`
as a formula, so such a cell (what someone wrote, say `=HYPERLINK(...)`) gets a `'` in front:
the program then shows the words and runs nothing. Each file is written under a temporary
name and takes its own name only when whole, so a full disk never leaves half a report.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.rows import choice_rows, headers, response_rows
from kiosk.safe_files import replace_file, temp_path_for, write_file_atomically

Records = Callable[[], Iterator[tuple[str, dict[str, Any]]]]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_words(cell: str) -> str:
    """A CSV cell that a spreadsheet program shows as words, never runs as a formula."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


@contextmanager
def replaced_when_whole(path: Path) -> Iterator[Path]:
    """A temporary name beside `path`, moved over `path` only if the writing finished.

    For a file written a row at a time; a file made whole in memory uses
    `write_file_atomically`.
    """
    temp = temp_path_for(path)
    try:
        yield temp
        replace_file(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def write_text_file(path: Path, text: str) -> None:
    """Write `text` to `path` whole, or leave `path` as it was."""
    write_file_atomically(path, text.encode("utf-8"))


def choices_file(path: Path) -> Path:
    """The second CSV file: one row per multiple-choice option chosen."""
    return path.with_name(f"{path.stem}-choices{path.suffix or '.csv'}")


def _write_csv(path: Path, columns: list[str], rows: Iterable[dict[str, str]]) -> None:
    with replaced_when_whole(path) as temp, temp.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.DictWriter(out, fieldnames=columns, restval="")
        writer.writerow({column: as_words(column) for column in columns})
        writer.writerows({key: as_words(value) for key, value in row.items()} for row in rows)


def write_csv(report: Report, records: Records, path: Path) -> list[Path]:
    """One row per response in `path`, and the chosen options in its `-choices` file."""
    _write_csv(path, headers(report), response_rows(report, records()))
    second = choices_file(path)
    _write_csv(second, ["Response", "Question", "Chosen"], choice_rows(report, records()))
    return [path, second]
