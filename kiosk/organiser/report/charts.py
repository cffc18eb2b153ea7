"""Bar charts drawn by matplotlib as SVG text, to put inside a web page."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("svg")

from matplotlib import pyplot  # noqa: E402  (the backend is chosen first)

from kiosk.organiser.report.tables import Table  # noqa: E402

BAR_COLOUR = "#1f4e8c"
"""Dark blue on white: a contrast ratio well above 7:1."""


def bar_chart_svg(table: Table, threshold: int) -> str:
    """A horizontal bar chart of the table's shown percentages, as an `<svg>` element."""
    labels = [row.label for row in table.rows][::-1]
    values = [row.percent or 0.0 for row in table.rows][::-1]
    figure, axes = pyplot.subplots(figsize=(6, 0.45 * len(labels) + 0.8))
    axes.barh(labels, values, color=BAR_COLOUR)
    for place, row in enumerate(table.rows[::-1]):
        note = f"{row.percent:.0f}%" if row.percent is not None else row.words(threshold)
        axes.text((row.percent or 0) + 1, place, note, va="center", fontsize=10)
    axes.set_xlim(0, 115)
    axes.set_xlabel("Percent of people")
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    out = io.StringIO()
    figure.savefig(out, format="svg")
    pyplot.close(figure)
    svg = out.getvalue()
    return svg[svg.index("<svg") :]
