"""An easy-read results summary to share back: short sentences, a symbol for each point.

It says how many people answered, the biggest things they said, and what happens next. It
uses only counts the report may show, and never what people wrote unless the organiser
picked those quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.tables import QuestionSection, Row, SurveySection
from kiosk.organiser.report.tally import ANSWERED

BIGGEST = 5
DEFAULT_NEXT = "We will read what you told us. Then we will tell you what we did."


@dataclass(frozen=True)
class Point:
    """One point of the summary: a symbol and one or two short sentences."""

    symbol: str
    text: str


def _top(question: QuestionSection) -> tuple[Row, int] | None:
    """The most chosen answer that may be shown, and how many people answered."""
    if question.kind in ("free_text", "picture_sort") or not question.tables:
        return None
    table = question.tables[-1]
    answers = [r for r in table.rows if r.safe_count is not None and r.value != ANSWERED]
    answers = [r for r in answers if r.value not in ("skipped", "prefer_not_to_say", "dont_know")]
    if not answers:
        return None
    best = max(answers, key=lambda r: r.count)
    return best, table.total


def _points(section: SurveySection) -> list[Point]:
    if section.too_few:
        return [
            Point("👥", f"Fewer than {section.threshold} people answered. So we do not share more.")
        ]
    points = [Point("👥", f"{section.people} people answered.")]
    found = [(q, top) for q in section.questions if (top := _top(q)) is not None]
    found.sort(key=lambda item: item[1][0].count / max(item[1][1], 1), reverse=True)
    for question, (row, answered) in found[:BIGGEST]:
        points.append(
            Point(
                "⭐",
                f"We asked: {question.text.rstrip('.')}\n"
                f"The top answer was {row.label}. {row.count} of {answered} people said this.",
            )
        )
    return points


def summary_points(
    report: Report, quotes: list[str], next_steps: str | None
) -> list[tuple[str, list[Point]]]:
    """Each survey's title and points, then the picked quotes and what happens next."""
    parts = [(f"{s.title}: what you told us", _points(s)) for s in report.sections]
    if quotes:
        parts.append(("Some things people said", [Point("💬", f"“{q}”") for q in quotes]))
    parts.append(("What happens next", [Point("➡️", next_steps or DEFAULT_NEXT)]))
    return parts


def easy_read_text(report: Report, quotes: list[str], next_steps: str | None) -> str:
    """The summary as plain text, one point a paragraph."""
    lines: list[str] = []
    for title, points in summary_points(report, quotes, next_steps):
        lines += [f"{title}.", ""]
        for point in points:
            lines += [f"{point.symbol} {point.text}", ""]
    return "\n".join(lines)


def easy_read_html(report: Report, quotes: list[str], next_steps: str | None) -> str:
    """The summary as one web page, in large print."""
    body = []
    for title, points in summary_points(report, quotes, next_steps):
        body.append(f"<h2>{escape(title)}.</h2>")
        for point in points:
            text = "<br>".join(escape(line) for line in point.text.split("\n"))
            body.append(
                f"<p><span class='symbol' aria-hidden='true'>{point.symbol}</span> {text}</p>"
            )
    style = (
        "body{font-family:system-ui,sans-serif;font-size:1.4rem;line-height:1.6;max-width:40rem;"
        "margin:0 auto;padding:1rem;color:#111;background:#fff}.symbol{font-size:2rem}"
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>What you told us</title><style>{style}</style></head><body>{''.join(body)}</body></html>"
    )
