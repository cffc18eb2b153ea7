"""Rich progress for the long parts of a report: counting, and writing every response out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

Item = TypeVar("Item")
STEP = 10_000


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} responses"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


@contextmanager
def report_progress(
    console: Console,
) -> Iterator[Callable[[str, int | None], Callable[[int], None]]]:
    """A way to start each step: `step(words, total)` gives the step's `done(n)` to call."""
    with _progress(console) as progress:

        def step(words: str, total: int | None) -> Callable[[int], None]:
            task = progress.add_task(words, total=total)
            return lambda done: progress.update(task, completed=done)

        yield step


def counted(items: Iterator[Item], done: Callable[[int], None]) -> Iterator[Item]:
    """The same items, telling `done` how many have passed every 10,000 and at the end."""
    number = 0
    for number, item in enumerate(items, start=1):
        if not number % STEP:
            done(number)
        yield item
    done(number)
