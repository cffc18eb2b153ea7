"""The work of `sayso feedback new` (and `make`): check the words are easy read, gather
receipts, sign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from accessibility.easyread import LintSettings
from accessibility.easyread.files import MARKDOWN_SUFFIXES, check_text_source
from kiosk.commands.kept_files import refuse_overwriting, say_so_files
from kiosk.commands.organiser_key import organiser_key
from kiosk.feedback.bundle import make_feedback
from kiosk.feedback.errors import FeedbackError
from kiosk.feedback.yaml_file import read_feedback_file
from kiosk.organiser import Selection, open_organiser_store
from kiosk.safe_files import write_file_atomically
from surveys.errors import SurveyError
from surveys.file_kinds import FileKind
from surveys.sources import read_text_file

LINES_FILE = FileKind("lines file", "a file of feedback lines is usually well under a kilobyte")


def _checked_lines(path: Path) -> list[str]:
    try:
        text = read_text_file(path, LINES_FILE)
    except SurveyError as error:
        raise FeedbackError(error.message) from None
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    found = check_text_source(text, str(path), LintSettings(), markdown=markdown)
    problems = [f for f in found if f.severity == "error"]
    if problems:
        where = "; ".join(f"line {f.line}: {f.message}" for f in problems[:5])
        raise FeedbackError(f"The lines are not easy read yet ({where}). Fix them and try again.")
    return [line.strip() for line in text.splitlines() if line.strip()]


def received_receipts(data_dir: Path, store: str | None, survey: str | None) -> dict[str, str]:
    """Each imported receipt code and the day its answers were finished."""
    opened = open_organiser_store(data_dir, store, reading=True)
    try:
        return {
            record["receipt"]: record["finished_at"][:10]
            for _, record in opened.records(Selection(survey_id=survey))
        }
    finally:
        opened.close()


def make_bundle_file(
    data_dir: Path,
    store: str | None,
    survey: str | None,
    title: str,
    lines_file: Path,
    made_on: date,
    out: Path,
) -> int:
    """Write the signed bundle to `out`; how many receipts it acknowledges."""
    refuse_overwriting([out], [lines_file], say_so_files(data_dir, store))
    lines = _checked_lines(lines_file)
    organiser = organiser_key(data_dir)
    receipts = received_receipts(data_dir, store, survey)
    _write(out, make_feedback(organiser, title, lines, made_on, receipts))
    return len(receipts)


def make_from_yaml(
    data_dir: Path, store: str | None, source: Path, out: Path, today: date
) -> tuple[int, int | None]:
    """Write the bundle a feedback YAML file describes; (receipts acknowledged, answered)."""
    refuse_overwriting([out], [source], say_so_files(data_dir, store))
    plan = read_feedback_file(source)
    organiser = organiser_key(data_dir)
    receipts = received_receipts(data_dir, store, plan.survey_id)
    answered = plan.answered if plan.answered is not None else (len(receipts) or None)
    data = make_feedback(
        organiser,
        plan.title,
        list(plan.lines),
        plan.made_on or today,
        receipts,
        survey_id=plan.survey_id,
        answered=answered,
    )
    _write(out, data)
    return len(receipts), answered


def _write(out: Path, data: bytes) -> None:
    try:
        write_file_atomically(out, data)
    except OSError as error:
        raise FeedbackError(f"The feedback file could not be written ({error.strerror}).") from None
