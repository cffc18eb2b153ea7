"""Button boxes on a captured terminal screen, and the borders that are not straight.

A box is found from its top-left corner; its top-right corner ends the edge of lines beside
it. Every row below, down to the bottom corners, must have a side border in the corner's
column on both sides. Columns are counted as the terminal drew them (see cell_widths).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CORNERS = {"╭": "╮╰╯", "┌": "┐└┘", "┏": "┓┗┛", "╔": "╗╚╝"}
"""Each top-left corner with its top-right, bottom-left and bottom-right corners."""
EDGES = frozenset("─━═")
SIDES = frozenset("│┃║")
SYMBOL_RUN = re.compile(r"[^\x00-\x7f\u2500-\u257f]+")
"""Characters that are neither plain letters nor box drawing: their width is the terminal's."""


def symbol_runs(screens: Iterable[str]) -> set[str]:
    """Every run of symbols on these screens, whose widths must be measured."""
    return {run for screen in screens for run in SYMBOL_RUN.findall(screen)}


def cells(line: str, widths: dict[str, int]) -> dict[int, str]:
    """What starts in each column of a captured line (columns from 0)."""
    found: dict[int, str] = {}
    column = 0
    for piece in re.split(f"({SYMBOL_RUN.pattern})", line):
        if SYMBOL_RUN.fullmatch(piece):
            found[column] = piece
            column += widths[piece]
            continue
        for character in piece:
            found[column] = character
            column += 1
    return found


def crooked_borders(screen: str, widths: dict[str, int]) -> list[str]:
    """Each place where a box's border is not in its corner's column, in plain words."""
    lines = screen.splitlines()
    grid = [cells(line, widths) for line in lines]
    problems: list[str] = []
    for row, line_cells in enumerate(grid):
        for column, character in line_cells.items():
            if character in CORNERS:
                problems += _box_problems(grid, lines, row, column)
    return problems


def _box_problems(grid: list[dict[int, str]], lines: list[str], top: int, left: int) -> list[str]:
    top_right, bottom_left, bottom_right = tuple(CORNERS[grid[top][left]])
    right = left + 1
    while grid[top].get(right) in EDGES:
        right += 1
    if grid[top].get(right) != top_right:
        return [f"line {top + 1}: the top edge of a box breaks at column {right + 1}: {lines[top]}"]
    for row in range(top + 1, len(grid)):
        left_end, right_end = grid[row].get(left), grid[row].get(right)
        if left_end == bottom_left and right_end == bottom_right:
            return []
        if left_end not in SIDES and right_end not in SIDES:
            return []  # both sides end together: the box is cut off by a scrolling list
        if left_end not in SIDES or right_end not in SIDES:
            return [
                f"line {row + 1}: a border is not in column {left + 1} or {right + 1} "
                f"below its corners: {lines[row]}"
            ]
    return [f"line {top + 1}: a box has no bottom corners: {lines[top]}"]
