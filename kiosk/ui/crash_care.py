"""What the kiosk does when a bug stops it: log the error, save what can be saved, say so.

The log holds the error's type and code lines only (`kiosk.error_log`), never its message
or anyone's answers. The answers of the participant at the kiosk are kept as an incomplete
response when the survey keeps answers left part way (as after walking away); the calm
screen that follows says "your answers so far are safe" only when nothing was lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.supervisor import RESTART_CODE, RunEnd
from surveys.errors import SaySoError

if TYPE_CHECKING:
    from kiosk.error_log import ErrorLog
    from kiosk.ui.journey import Journey


def record(log: ErrorLog | None, error: BaseException | None, where: str) -> None:
    """Write `error` to the log, if the kiosk keeps one and the error is known."""
    if log is not None and error is not None:
        log.record(error, where)


def rescue_answers(journey: Journey | None) -> bool:
    """Keep the participant's answers if the survey allows; whether nothing was lost."""
    if journey is None or journey.saved or journey.flow is None:
        return True
    if not journey.flow.answers():
        return True
    try:
        return journey.keep_partial()
    except Exception:  # the store itself may be what broke
        return False


def run_end(
    startup_error: Exception | None, crashed: bool, answers_safe: bool, return_code: int | None
) -> RunEnd:
    """How this run of the kiosk ended, for the process that starts the next one."""
    if startup_error is not None:  # a plain-words problem would come back: stop and say it
        return RunEnd.STOPPED if isinstance(startup_error, SaySoError) else RunEnd.CRASHED
    if crashed:
        return RunEnd.CRASHED if answers_safe else RunEnd.UNSAVED
    if return_code == RESTART_CODE:
        return RunEnd.RESTART
    return RunEnd.CRASHED if return_code else RunEnd.CLOSED
