"""`sayso preview` and `sayso kiosk` build the kiosk as they should; no stray key leaves it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from tests.ui.conftest import SIZE, SURVEYS
from tests.ui.helpers import start


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[KioskApp]:
    """The apps the commands would run, instead of running them."""
    apps: list[KioskApp] = []

    def run(self: KioskApp, **_: Any) -> None:
        apps.append(self)

    monkeypatch.setattr(KioskApp, "run", run)
    return apps


def test_preview_runs_a_survey_file_storing_nothing(started: list[KioskApp]) -> None:
    result = CliRunner().invoke(cli, ["preview", str(SURVEYS / "bilingual.yaml")])
    assert result.exit_code == 0, result.output
    [app] = started
    assert app.preview
    assert isinstance(app.store, MemoryStore)
    assert app.survey.id == "bilingual-test"


def test_kiosk_runs_the_demo_survey_with_a_store_in_the_data_folder(
    started: list[KioskApp], tmp_path: Path
) -> None:
    result = CliRunner().invoke(cli, ["kiosk", "--data-dir", str(tmp_path), "--event", "Fun day"])
    assert result.exit_code == 0, result.output
    [app] = started
    assert not app.preview
    assert app.survey.id == "my-school"
    assert app.event == "Fun day"
    assert type(app.store) is not MemoryStore  # the store on disk, opened in --data-dir


STRAY_KEYS = [
    "escape",
    "ctrl+q",
    "ctrl+c",
    "ctrl+d",
    "ctrl+w",
    "ctrl+p",
    "ctrl+z",
    "q",
    "f1",
    "ctrl+l",
]


async def test_no_stray_key_leaves_the_kiosk(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press(*STRAY_KEYS)
        assert app.is_running
        assert isinstance(app.screen, QuestionScreen)
        assert app.return_code is None


def test_a_second_kiosk_on_the_same_data_folder_says_so_plainly(
    started: list[KioskApp], tmp_path: Path
) -> None:
    from kiosk.store import open_store

    first = open_store(tmp_path)
    try:
        result = CliRunner().invoke(cli, ["kiosk", "--data-dir", str(tmp_path)])
    finally:
        first.close()
    assert result.exit_code == 1
    assert started == []
    assert "already" in result.output.lower()
    assert "Traceback" not in result.output
