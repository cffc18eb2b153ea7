"""Everything staff mode works with, gathered once when staff mode opens. No Textual here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.staff_audit import AuditLog

if TYPE_CHECKING:
    from accessibility.speaker import Rate, Speaker
    from kiosk.pin import StaffPin
    from kiosk.staff import StaffReport
    from kiosk.store.base import ResponseStore
    from surveys.model import Survey
    from surveys.profiles import Colours

LookChanger = Callable[["Colours", "Rate"], None]
"""Changes the kiosk's starting colours and speech speed at once."""


@dataclass
class StaffSession:
    """The kiosk's store, speech, surveys, PIN and data folder, as staff screens need them.

    `data_dir` is None in a preview: nothing is kept, so export, the PIN and the log are off.
    """

    store: ResponseStore
    speaker: Speaker
    language: str
    surveys: list[Survey]
    report: Callable[[], StaffReport]
    pin: StaffPin | None = None
    data_dir: Path | None = None
    audit: AuditLog | None = field(default=None)
    folder_root: Path | None = None
    """Where the folder chooser starts; None: the first USB stick folder found, or home."""
    apply_look: LookChanger | None = None
    """Changes the running kiosk's colours and speech speed; None where nothing runs."""
    restart: bool = False
    """Staff changed the survey or settings: the kiosk screen starts again on leaving."""

    def __post_init__(self) -> None:
        if self.audit is None and self.data_dir is not None:
            self.audit = AuditLog(self.data_dir)

    def record(
        self,
        action: str,
        counts: dict[str, int] | None = None,
        code: str = "",
        changed: dict[str, str] | None = None,
    ) -> None:
        """Write a staff action to the audit log (nothing in a preview)."""
        if self.audit is not None:
            self.audit.record(action, counts, code, changed)

    def notices(self) -> list[str]:
        """What staff should know now: the store's, the PIN's and the log's notices."""
        notices = list(self.report().notices)
        if self.audit is not None and self.audit.problem is not None:
            notices.append(self.audit.problem)
        return notices
