"""Trying to work out a hidden count from what a report shows, as someone reading it might."""

from __future__ import annotations

from itertools import product

FEWER = "fewer than 5"
HIDDEN_WORDS = ("hidden", "not shown")


def worked_out(shown: list[str], total: int, additive: bool = True) -> list[int]:
    """The hidden counts that only one value fits, given the table's total (brute force).

    Each "fewer than 5" is 0 to 4, each "hidden" is 5 to the total; shown numbers are known.
    For an additive table the hidden counts make up the total less the shown ones.
    """
    known = sum(int(s) for s in shown if s.isdigit())
    ranges = []
    for words in shown:
        if words == FEWER:
            ranges.append(range(0, min(4, total) + 1))
        elif words in HIDDEN_WORDS:
            ranges.append(range(5 if words == "hidden" else 0, total + 1))
    if not ranges or not additive:
        return []
    possible: list[set[int]] = [set() for _ in ranges]
    for values in product(*ranges):
        if sum(values) == total - known:
            for place, value in enumerate(values):
                possible[place].add(value)
    return [next(iter(p)) for p in possible if len(p) == 1]
