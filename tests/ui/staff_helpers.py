"""A staff session over a store with answers in it, and a host app for one staff screen."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from accessibility.speaker import RecordingSpeaker
from kiosk.pin import StaffPin
from kiosk.staff import staff_report
from kiosk.staff_session import StaffSession
from kiosk.store import MemoryStore
from kiosk.ui.textual_private import painted_lines
from kiosk.ui.themes import kiosk_themes, theme_name
from surveys.catalog import load_builtin
from surveys.flow import Flow

SECRET = "A secret wish for more slides"
CODES = ("AAA-AAA", "BBB-BBB", "CCC-CCC")


class Host(App[None]):
    """An empty app in the kiosk's colours that collects the results of the screens pushed on it."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        for theme in kiosk_themes():
            self.register_theme(theme)
        self.theme = theme_name("default")


def shown(app: App[None]) -> str:
    """Every line painted on the screen now."""
    return "\n".join(painted_lines(app.screen))


def store_with_answers() -> MemoryStore:
    """Three event-feedback answers: two from young people, one from someone else."""
    store = MemoryStore()
    survey = load_builtin("event-feedback")
    for audience, code in zip(("young_person", "young_person", "other"), CODES, strict=True):
        flow = Flow(survey, audience)
        flow.answer(3)
        flow.answer("food")
        flow.answer("yes")
        flow.answer(SECRET)
        store.save(flow.finish("myself", code))
    return store


def staff_session(
    data_dir: Path | None, store: MemoryStore | None = None, pin: StaffPin | None = None
) -> StaffSession:
    """Staff mode over `store` (three answers by default), keeping its log in `data_dir`."""
    kept = store if store is not None else store_with_answers()
    speaker = RecordingSpeaker()
    survey = load_builtin("event-feedback")
    return StaffSession(
        store=kept,
        speaker=speaker,
        language="en",
        surveys=[survey],
        report=lambda: staff_report(kept, speaker, [survey], pin=pin),
        pin=pin,
        data_dir=data_dir,
        folder_root=data_dir,
    )


def table_row(app: App[None], words: str) -> list[str]:
    """The cells of the first table line on screen holding `words`."""
    line = next(line for line in shown(app).splitlines() if words in line)
    return [cell.strip() for cell in line.split("│") if cell.strip()]
