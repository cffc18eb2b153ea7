"""A fast start: the start card remembered for the exact survey text, and the data folder lock."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.lockfile import FolderLock
from kiosk.startup import (
    CARD_FILE,
    hold_data_folder,
    load_parts,
    remember_card,
    remembered_card,
    start_card,
)
from kiosk.store import StoreLockedError
from surveys.card import SurveyCard
from surveys.catalog import load_builtin
from surveys.errors import SurveyError
from surveys.sources import SurveySource, builtin_source, file_source
from tests.pins import set_staff_pin

SURVEYS = Path(__file__).parents[1] / "ui" / "surveys"


def test_a_new_survey_is_checked_and_its_card_remembered(tmp_path: Path) -> None:
    source = builtin_source("my-school")
    card, survey = start_card(tmp_path, source)
    assert survey is not None
    assert survey.id == "my-school"
    assert card == SurveyCard.of(load_builtin("my-school"))
    assert card.title == "My school and my support"
    assert remembered_card(tmp_path, source) == card

    again, loaded = start_card(tmp_path, source)
    assert again == card
    assert loaded is None  # the next start paints from the card and loads the survey later


def test_a_card_is_only_used_for_exactly_the_same_words(tmp_path: Path) -> None:
    source = builtin_source("my-school")
    start_card(tmp_path, source)
    edited = SurveySource(source.name, source.text.replace("My school", "Our school"))
    assert remembered_card(tmp_path, edited) is None
    card, survey = start_card(tmp_path, edited)
    assert survey is not None
    assert card.title == "Our school and my support"


def test_a_broken_survey_is_reported_before_anything_is_remembered(tmp_path: Path) -> None:
    broken = SurveySource("broken.yaml", "id: broken\ntitle: [not, words]\n")
    with pytest.raises(SurveyError):
        start_card(tmp_path, broken)
    assert not (tmp_path / CARD_FILE).exists()


@pytest.mark.parametrize(
    "saved",
    ["not json at all", "[]", '{"format": 99}', '{"format": 1, "survey": "x", "card": {}}'],
)
def test_a_damaged_card_file_is_ignored(tmp_path: Path, saved: str) -> None:
    source = builtin_source("my-school")
    (tmp_path / CARD_FILE).write_text(saved, encoding="utf-8")
    assert remembered_card(tmp_path, source) is None
    card, survey = start_card(tmp_path, source)
    assert survey is not None
    assert remembered_card(tmp_path, source) == card


def test_a_card_with_wrong_fields_is_ignored(tmp_path: Path) -> None:
    source = builtin_source("my-school")
    start_card(tmp_path, source)
    saved = json.loads((tmp_path / CARD_FILE).read_text(encoding="utf-8"))
    saved["card"]["languages"] = []
    (tmp_path / CARD_FILE).write_text(json.dumps(saved), encoding="utf-8")
    assert remembered_card(tmp_path, source) is None


def test_a_folder_that_cannot_be_written_just_skips_the_card(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be", encoding="utf-8")
    source = builtin_source("my-school")
    remember_card(not_a_folder, source, SurveyCard("Title", "", None, ("en",)))
    assert remembered_card(not_a_folder, source) is None


def test_the_card_of_a_bilingual_survey_lists_both_languages(tmp_path: Path) -> None:
    card, _ = start_card(tmp_path, file_source(SURVEYS / "bilingual.yaml"))
    assert card.languages == ("en", "cy")
    assert card.language == "en"


def test_the_data_folder_is_held_before_the_screen_starts(tmp_path: Path) -> None:
    lock = hold_data_folder(tmp_path / "data")
    try:
        with pytest.raises(StoreLockedError, match="Another Say So kiosk"):
            hold_data_folder(tmp_path / "data")
        parts = load_parts(builtin_source("my-school"), tmp_path / "data", lock)
        assert parts.survey.id == "my-school"
        parts.store.close()
        assert not lock.held  # the store lets the folder go when it closes
        second = FolderLock(tmp_path / "data")
        assert second.acquire()
        second.release()
    finally:
        lock.release()


PAINT_CHECK = """
import json, os, sys
from kiosk.cli import main
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.textual_private import watch_paints

HEAVY = (
    "pydantic", "ruamel.yaml", "tinydb", "nacl", "surveys.model", "kiosk.store", "accessibility.speech"
)
run = KioskApp.run

def run_headless(app, **_):
    def first_paint(screen, renderable):
        if renderable is not None and isinstance(screen, AttractScreen):
            loaded = [name for name in HEAVY if name in sys.modules]
            os.write(1, (json.dumps(loaded) + "\\n").encode())
            app.exit()
    watch_paints(app, first_paint)
    run(app, headless=True, size=(100, 30))

KioskApp.run = run_headless
sys.argv = ["sayso", "kiosk", "--data-dir", sys.argv[1]]
main()
"""


def _heavy_modules_at_first_paint(data_dir: Path) -> list[str]:
    set_staff_pin(data_dir)
    result = subprocess.run(
        [sys.executable, "-c", PAINT_CHECK, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.splitlines()[0])
    return loaded


def test_a_known_survey_paints_before_pydantic_yaml_or_the_store_load(tmp_path: Path) -> None:
    first = _heavy_modules_at_first_paint(tmp_path)
    assert "pydantic" in first  # a survey never seen here is checked in full before painting
    assert _heavy_modules_at_first_paint(tmp_path) == []
