"""Screens that hand back exactly one result, however fast presses, clicks and timers arrive.

Two keys in one terminal read, a double click, or a timer firing as someone presses a key can
each ask a screen to dismiss. Textual's `dismiss` pops whatever screen is on top, so a second
call pops the next screen (or fails on the last one). A screen built on `OneResult` gives its
result once, and only while it is the screen on top; every later request is ignored.
"""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import Screen

ResultT = TypeVar("ResultT")


class OneResult(Screen[ResultT]):
    """A screen that dismisses once, and only while it is the active screen."""

    _result_given = False

    @property
    def answered(self) -> bool:
        """Whether this screen has already handed back its result."""
        return self._result_given

    @property
    def accepts_input(self) -> bool:
        """Whether a press or click may act on this screen now."""
        return not self._result_given and self.is_active

    def dismiss(self, result: ResultT | None = None) -> AwaitComplete:
        """Hand back `result` and close, unless this screen already has or is not on top."""
        if not self.accepts_input:
            return AwaitComplete()  # nothing to wait for
        self._result_given = True
        return super().dismiss(result)
