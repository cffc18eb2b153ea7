"""Progress on long report work: the counts it is told, and what a terminal shows."""

from __future__ import annotations

import io

from rich.console import Console

from kiosk.organiser.report.progress import counted, report_progress


def test_counting_tells_progress_every_ten_thousand_and_at_the_end() -> None:
    heard: list[int] = []
    items = list(counted(iter(range(25_001)), heard.append))
    assert len(items) == 25_001
    assert heard == [10_000, 20_000, 25_001]


def test_a_terminal_sees_each_step_with_its_count() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100)
    with report_progress(console) as step:
        done = step("Writing every response", 30_000)
        for _ in counted(iter(range(30_000)), done):
            pass
        console.file.flush()
    shown = screen.getvalue()
    assert "Writing every response" in shown
    assert "30,000 responses" in shown


def test_nothing_is_drawn_when_the_output_is_not_a_terminal() -> None:
    screen = io.StringIO()
    with report_progress(Console(file=screen, force_terminal=False)) as step:
        step("Counting answers", None)(10_000)
    assert screen.getvalue() == ""
