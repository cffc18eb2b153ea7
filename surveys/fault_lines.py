"""An error as the lines a log may keep: its type and its frames, never its message.

A message can quote an answer or free text (a `ValueError` naming the value it refused), so
it is left out, and so are local variables and source lines. The kiosk's error log writes
these lines; the speech worker sends them from its own process, since its exceptions cannot
travel with their tracebacks.
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence


class FaultElsewhere(Exception):
    """An error met in another process, carried here as its lines."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self.lines = tuple(lines)


def fault_lines(error: BaseException) -> list[str]:
    """Lines naming `error`'s type and its frames, then those of the errors it came from."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, FaultElsewhere):
            lines += ["in another process:", *current.lines]
        else:
            kind = type(current)
            lines.append(f"{kind.__module__}.{kind.__qualname__}")
            for frame in traceback.extract_tb(current.__traceback__):
                lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("which came from:")
    return lines
