"""The report as one self-contained web page: tables and inline SVG charts, phone and print ready.

What people wrote is never on this page, except quotes the organiser picked.
"""

from __future__ import annotations

from html import escape

from kiosk.organiser.report.build import Report
from kiosk.organiser.report.charts import bar_chart_svg
from kiosk.organiser.report.tables import SurveySection, Table

STYLE = """
body { font-family: system-ui, sans-serif; font-size: 1.1rem; line-height: 1.5; color: #111;
       background: #fff; max-width: 52rem; margin: 0 auto; padding: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border-bottom: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; }
td.n { text-align: right; white-space: nowrap; }
figure { margin: 0 0 1.5rem; } figure svg { width: 100%; height: auto; }
section { break-inside: avoid-page; } .note { color: #333; }
@media print { body { max-width: none; font-size: 11pt; } a { color: #000; } }
"""


def _table(table: Table, threshold: int) -> str:
    rows = "".join(
        f"<tr><td>{escape(row.label)}</td><td class='n'>{escape(row.words(threshold))}</td>"
        f"<td class='n'>{'' if row.percent is None else f'{row.percent:.0f}%'}</td></tr>"
        for row in table.rows
    )
    return (
        f"<h4>{escape(table.title)}</h4><table><thead><tr><th>Answer</th><th>People</th>"
        f"<th>%</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<figure>{bar_chart_svg(table, threshold)}</figure>"
    )


def _section(section: SurveySection) -> str:
    title = f"<h2>{escape(section.title)}</h2>"
    if section.too_few:
        return f"{title}<p>Fewer than {section.threshold} people answered, so nothing more is shown.</p>"
    parts = [title, f"<p>{section.people} people answered.</p>"]
    parts += [_table(table, section.threshold) for table in section.tables]
    for question in section.questions:
        parts.append(f"<section><h3>{escape(question.text)}</h3>")
        if question.reached < section.threshold:
            parts.append(f"<p>Fewer than {section.threshold} people were asked this.</p>")
        else:
            parts += [_table(table, section.threshold) for table in question.tables]
        parts.append("</section>")
    return "".join(parts)


def report_html(report: Report, quotes: list[str]) -> str:
    """The whole page as text."""
    picked = "".join(f"<blockquote>{escape(quote)}</blockquote>" for quote in quotes)
    body = "".join(_section(section) for section in report.sections) or (
        "<p>There are no answers that match.</p>"
    )
    note = (
        f"<p class='note'>Counts under {report.threshold} show as “fewer than {report.threshold}”. "
        "“hidden” counts are held back so that a small number cannot be worked out.</p>"
    )
    quotes_part = f"<h2>What people said</h2>{picked}" if picked else ""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Say So results</title><style>{STYLE}</style></head><body>"
        f"<h1>Say So results</h1>{note}{quotes_part}{body}</body></html>"
    )
