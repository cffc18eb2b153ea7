"""The border check itself: straight boxes pass, a box pushed out of line by a symbol fails."""

from __future__ import annotations

from tests.e2e.boxes import crooked_borders, symbol_runs

STRAIGHT = """\
  ╭──────────╮╭────╮
  │ 1  🙂 Hi ││ 2  │
  ╰──────────╯╰────╯
"""
JOINED = """\
  ╭──────────╮
  │ 1 🧑‍🏫 Hi│
  ╰──────────╯
"""


def test_straight_boxes_have_no_crooked_borders() -> None:
    assert crooked_borders(STRAIGHT, {"🙂": 2}) == []


def test_a_symbol_drawn_narrower_than_laid_out_breaks_the_right_border() -> None:
    assert symbol_runs([JOINED]) == {"🧑‍🏫"}
    assert crooked_borders(JOINED, {"🧑‍🏫": 4}) == []  # as the layout counted it
    [problem] = crooked_borders(JOINED, {"🧑‍🏫": 2})  # as tmux draws it: one face
    assert problem.startswith("line 2: a border is not in column 3 or 14")


def test_a_box_cut_off_by_a_scrolling_list_is_not_crooked() -> None:
    cut_off = "  ╭────╮\n  │ 1  │\n ╭──────╮\n │ 0    │\n ╰──────╯\n"
    assert crooked_borders(cut_off, {}) == []
