"""Starting a kiosk fast: the attract screen first, the survey and the store a moment later.

A kiosk remembers the start card of the last survey it checked (`survey-card.json` in its
data folder, tied to the exact text of the survey). When the card matches, `sayso kiosk`
paints the attract screen at once, then loads the survey, opens the answers store and starts
speech while people look at it. A survey it has not seen is checked in full first, so a
broken file is still reported in plain words before the screen starts. No Textual, pydantic
or YAML here.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.lockfile import FolderLock
from surveys.card import SurveyCard
from surveys.sources import SurveySource

if TYPE_CHECKING:
    from accessibility.speaker import Speaker
    from kiosk.store import ResponseStore
    from surveys.model import Survey

CARD_FILE = "survey-card.json"
CARD_FORMAT = 2
"""2: the card also names the survey's picture (a card of format 1 is made again)."""


@dataclass(frozen=True)
class LoadedKiosk:
    """The loaded survey, the open answers store and, once started, the speech service."""

    survey: Survey
    store: ResponseStore
    speaker: Speaker | None = None


@dataclass(frozen=True)
class KioskLoader:
    """A kiosk that paints its start `card` first, then runs `load` (in a thread) for the rest."""

    card: SurveyCard
    load: Callable[[], LoadedKiosk]


def remembered_card(data_dir: Path, source: SurveySource) -> SurveyCard | None:
    """The start card remembered for exactly this survey text, if there is one."""
    try:
        saved = json.loads((data_dir / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("format") != CARD_FORMAT:
        return None
    if saved.get("survey") != source.digest:
        return None
    return SurveyCard.from_json(saved.get("card"))


def remember_card(data_dir: Path, source: SurveySource, card: SurveyCard) -> None:
    """Keep the start card for the next start; a folder that cannot be written just skips it."""
    # Start-up seam: 6 ms (python -X importtime), needed only when a new card is kept.
    from kiosk.safe_files import write_file_atomically

    saved = {"format": CARD_FORMAT, "survey": source.digest, "card": card.to_json()}
    data = json.dumps(saved, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        write_file_atomically(data_dir / CARD_FILE, data)
    except OSError:
        return


def start_card(data_dir: Path, source: SurveySource) -> tuple[SurveyCard, Survey | None]:
    """The card to paint first, and the survey if it had to be loaded to make the card.

    Raises `SurveyError` if a survey not seen before has problems.
    """
    card = remembered_card(data_dir, source)
    if card is not None:
        return card, None
    # Start-up seam: pydantic and ruamel.yaml, 177 ms (python -X importtime), only for a
    # survey not seen before; a remembered card paints without them.
    from surveys.loader import load_source

    survey = load_source(source)
    card = SurveyCard.of(survey)
    remember_card(data_dir, source, card)
    return card, survey


def hold_data_folder(data_dir: Path) -> FolderLock:
    """Take the data folder's lock, or raise the store's plain-words error (e.g. another kiosk)."""
    lock = FolderLock(data_dir)
    with contextlib.suppress(OSError):  # the store's own rule below says what went wrong
        data_dir.mkdir(parents=True, exist_ok=True)
        if lock.acquire():
            return lock
    # Start-up seam: the store package, 150 ms (python -X importtime), only on failure.
    from kiosk.store.errors import take_lock

    take_lock(lock)  # tries once more, then raises the error that says why in plain words
    return lock


def load_parts(
    source: SurveySource,
    data_dir: Path,
    lock: FolderLock,
    survey: Survey | None = None,
    start_speech: Callable[[], Speaker] | None = None,
) -> LoadedKiosk:
    """Load the survey (unless given), open the store `lock` guards, and start speech."""
    # Start-up seam, just after the first paint: the store (TinyDB, PyNaCl) 182 ms and the
    # loader 177 ms (python -X importtime, measured apart; they share pydantic).
    from kiosk.store import open_store
    from surveys.loader import load_source

    loaded = survey if survey is not None else load_source(source)
    store = open_store(data_dir, lock, surveys=[loaded])
    return LoadedKiosk(loaded, store, start_speech() if start_speech is not None else None)
