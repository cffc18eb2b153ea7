"""Small-number suppression, with secondary suppression so hidden counts cannot be worked out.

Each table of counts (a `group`) has a total that is shown. A count below the threshold is
shown as "fewer than 5" (primary). Someone reading the table knows each such count is
between 0 and 4, that each count hidden for safety (secondary, shown as "hidden") is at least
5, and what the hidden counts add up to (the total less the shown ones). From those facts,
if any hidden count could only have one value, the smallest shown count is hidden too, and so
on; if that is not enough, the whole table is left out. So no subtraction finds a small count.
"""

from __future__ import annotations

from enum import Enum


class Shown(Enum):
    """How one count appears in a report."""

    COUNT = "count"
    FEWER = "fewer"
    """Below the threshold: "fewer than 5"."""
    HIDDEN = "hidden"
    """Hidden so that a small count beside it cannot be worked out."""
    LEFT_OUT = "left out"
    """The whole table was left out: too few people to show any of it safely."""


def _bounds(state: Shown, threshold: int, total: int) -> tuple[int, int]:
    if state is Shown.FEWER:
        return 0, min(threshold - 1, total)
    if state is Shown.HIDDEN:
        return threshold, total
    return 0, total


def can_be_worked_out(counts: list[int], states: list[Shown], total: int, threshold: int) -> bool:
    """Whether a reader could work out any hidden count from what is shown and the total."""
    hidden = [i for i, state in enumerate(states) if state is not Shown.COUNT]
    if not hidden:
        return False
    rest = sum(counts[i] for i in hidden)
    bounds = {i: _bounds(states[i], threshold, total) for i in hidden}
    low_sum = sum(low for low, _ in bounds.values())
    high_sum = sum(high for _, high in bounds.values())
    for i in hidden:
        low, high = bounds[i]
        least = max(low, rest - (high_sum - high))
        most = min(high, rest - (low_sum - low))
        if least >= most:
            return True
    return False


def suppress(counts: list[int], total: int, threshold: int) -> list[Shown]:
    """How each of `counts` (which `total` bounds, and may add up to) is shown safely."""
    if total < threshold:
        return [Shown.FEWER] * len(counts)
    states = [Shown.FEWER if count < threshold else Shown.COUNT for count in counts]
    while can_be_worked_out(counts, states, total, threshold):
        shown = [i for i, state in enumerate(states) if state is Shown.COUNT]
        if not shown:
            return [Shown.LEFT_OUT] * len(counts)
        states[min(shown, key=lambda i: counts[i])] = Shown.HIDDEN
    return states
