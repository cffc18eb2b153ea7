"""Putting the terminal back after the kiosk's screen process died without tidying up.

A screen killed with kill -9 leaves the terminal in raw mode, on the alternate screen, with
the cursor hidden and mouse reporting on. The kiosk's parent process saves the terminal's
settings before the first screen starts and puts them back after each one ends (what
`stty sane` does, but exactly as they were), then writes the escape sequences that undo
what a Textual app turns on. No Textual here.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

UNDO_SCREEN_MODES = (
    "\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1015l"  # mouse reporting off
    "\x1b[?2004l"  # bracketed paste off
    "\x1b[?1004l"  # focus reporting off
    "\x1b[<u"  # the kitty keyboard protocol's flags popped
    "\x1b[?1049l"  # back from the alternate screen
    "\x1b[0m\x1b[?25h"  # plain colours, and the cursor shown
)


class TerminalKeeper:
    """Remembers a terminal's settings and puts them back."""

    def __init__(self, fd: int | None, settings: list[Any] | None) -> None:
        self._fd = fd
        self._settings = settings

    @classmethod
    def of_this_terminal(cls) -> TerminalKeeper:
        """A keeper for standard input's terminal (one that does nothing without a terminal)."""
        try:
            import termios  # Inside: only on POSIX.

            fd = sys.stdin.fileno()
            return cls(fd, termios.tcgetattr(fd))
        except (ImportError, OSError, ValueError, AttributeError):
            return cls(None, None)

    def restore(self) -> None:
        """Put back the saved settings and undo the screen's modes; never raises."""
        if self._fd is None or self._settings is None:
            return
        import termios  # Inside: only on POSIX.

        with contextlib.suppress(OSError, termios.error):
            termios.tcsetattr(self._fd, termios.TCSANOW, self._settings)
        with contextlib.suppress(OSError, ValueError):
            os.write(sys.stdout.fileno(), UNDO_SCREEN_MODES.encode("ascii"))
