"""QR codes drawn in a terminal with half blocks: one cell is one module wide, two high.

Pure text: the caller paints each run in DARK and LIGHT, whatever the theme,
because readers expect dark modules on a light background. A code needs line
height 1.0: with taller lines, gaps open between the rows of modules.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.bundles.qr_codes import ErrorCorrection, modules, qr_matrix, symbol_size_for

QUIET_ZONE = 4
DARK = "#000000"
LIGHT = "#ffffff"
HALF_BLOCK = "\u2580"  # upper half block


@dataclass(frozen=True)
class TerminalFit:
    """The biggest QR code that fits a terminal area, and what its frames can carry."""

    version: int
    level: ErrorCorrection
    symbol_size: int

    @property
    def columns(self) -> int:
        """Cells across, quiet zone included."""
        return modules(self.version) + 2 * QUIET_ZONE

    @property
    def rows(self) -> int:
        """Lines down, quiet zone included."""
        return -(-self.columns // 2)


def fit_version(columns: int, rows: int) -> int | None:
    """The largest QR version that fits `columns` x `rows` cells with its quiet zone."""
    best = None
    for version in range(1, 41):
        side = modules(version) + 2 * QUIET_ZONE
        if side <= columns and -(-side // 2) <= rows:
            best = version
    return best


def fit_terminal(columns: int, rows: int) -> TerminalFit | None:
    """The biggest code for the area, at level M if frames fit it, else L; None if too small."""
    version = fit_version(columns, rows)
    while version is not None and version >= 1:
        for level in ("M", "L"):
            size = symbol_size_for(version, level)
            if size is not None:
                return TerminalFit(version, level, size)
        version -= 1
    return None


@dataclass(frozen=True)
class Run:
    """Cells side by side that look the same: `text` is upper half blocks, one per cell."""

    text: str
    top_dark: bool
    bottom_dark: bool


def _with_quiet_zone(matrix: list[list[bool]]) -> list[list[bool]]:
    width = len(matrix[0]) + 2 * QUIET_ZONE if matrix else 0
    edge = [False] * QUIET_ZONE
    rows = [[False] * width for _ in range(QUIET_ZONE)]
    rows += [edge + row + edge for row in matrix]
    rows += [[False] * width for _ in range(QUIET_ZONE + len(rows) % 2)]
    return rows


def _line_runs(upper: list[bool], lower: list[bool]) -> list[Run]:
    runs: list[Run] = []
    for top, bottom in zip(upper, lower, strict=True):
        if runs and (runs[-1].top_dark, runs[-1].bottom_dark) == (top, bottom):
            runs[-1] = Run(runs[-1].text + HALF_BLOCK, top, bottom)
        else:
            runs.append(Run(HALF_BLOCK, top, bottom))
    return runs


def half_block_lines(matrix: list[list[bool]]) -> list[list[Run]]:
    """The lines of a module matrix with its quiet zone, two module rows per line.

    Every cell is an upper half block: its foreground is the top module, its
    background the bottom one. No cell is a space, so nothing can collapse or
    shift when a terminal, or a picture of one, lays the text out.
    """
    rows = _with_quiet_zone(matrix)
    return [_line_runs(upper, lower) for upper, lower in zip(rows[::2], rows[1::2], strict=True)]


def terminal_lines(text: str, fit: TerminalFit) -> list[list[Run]]:
    """The half-block lines of one frame's text at the fitted version and level."""
    return half_block_lines(qr_matrix(text, fit.version, fit.level))
