"""The biggest QR code that fits a terminal, drawn dark on light in half blocks."""

from __future__ import annotations

import pytest

from kiosk.bundles.qr_codes import modules, qr_matrix
from kiosk.bundles.qr_terminal import (
    HALF_BLOCK,
    QUIET_ZONE,
    fit_terminal,
    fit_version,
    half_block_lines,
)


@pytest.mark.parametrize(
    ("columns", "rows", "version"),
    [(45, 23, 5), (44, 23, 4), (45, 22, 4), (117, 59, 23), (200, 60, 23), (20, 10, None)],
)
def test_the_largest_version_with_its_quiet_zone_is_chosen(
    columns: int, rows: int, version: int | None
) -> None:
    assert fit_version(columns, rows) == version


def test_the_fit_uses_level_m_when_a_frame_fits_and_l_on_small_screens() -> None:
    big = fit_terminal(166, 60)
    small = fit_terminal(46, 24)
    assert big is not None
    assert (big.version, big.level) == (23, "M")
    assert small is not None
    assert (small.version, small.level) == (5, "L")
    assert big.columns == modules(23) + 2 * QUIET_ZONE <= 166
    assert big.rows <= 60
    assert fit_terminal(10, 5) is None


def test_each_cell_shows_two_modules_and_the_quiet_zone_is_light() -> None:
    matrix = qr_matrix("SAYSO:HELLO", 2, "M")
    lines = half_block_lines(matrix)
    side = len(matrix) + 2 * QUIET_ZONE
    assert len(lines) == -(-side // 2)
    cells = [[(run.top_dark, run.bottom_dark) for run in line for _ in run.text] for line in lines]
    assert all(len(row) == side for row in cells)
    padded = [[False] * side] * QUIET_ZONE
    padded += [[False] * QUIET_ZONE + row + [False] * QUIET_ZONE for row in matrix]
    padded += [[False] * side] * (QUIET_ZONE + 1)
    for y, row in enumerate(cells):
        assert row == list(zip(padded[2 * y], padded[2 * y + 1], strict=True))
    assert {char for line in lines for run in line for char in run.text} == {HALF_BLOCK}
