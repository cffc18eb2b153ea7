"""`sayso preview` and `sayso kiosk` build the kiosk as they should; no stray key leaves it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from tests.pins import set_staff_pin
from tests.ui.helpers import SIZE, SURVEYS, start, until


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[KioskApp]:
    """The apps the commands run, each run headless until its survey and store are loaded."""
    apps: list[KioskApp] = []

    def run(self: KioskApp, **_: Any) -> None:
        apps.append(self)
        asyncio.run(_run_until_loaded(self))

    monkeypatch.setattr(KioskApp, "run", run)
    return apps


async def _run_until_loaded(app: KioskApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await until(
            pilot,
            lambda: app.loaded is not None or app.startup_error is not None or not app.is_running,
            failure="the kiosk never finished loading",
        )


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
    set_staff_pin(tmp_path)
    result = CliRunner().invoke(cli, ["kiosk", "--data-dir", str(tmp_path), "--event", "Fun day"])
    assert result.exit_code == 0, result.output
    [app] = started
    assert not app.preview
    assert app.survey.id == "my-school"
    assert app.settings.event == "Fun day"
    assert type(app.store) is not MemoryStore  # the store on disk, opened in --data-dir
    assert type(app.voice.speaker).__name__ == "SpeechService"  # started just after painting
    assert (tmp_path / "survey-card.json").is_file()  # so the next start paints at once


def test_a_new_kiosk_with_nobody_at_the_keyboard_asks_for_a_staff_pin_first(
    started: list[KioskApp], tmp_path: Path
) -> None:
    result = CliRunner().invoke(cli, ["kiosk", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert started == []
    assert "no staff PIN yet" in result.output
    assert "sayso staff pin" in result.output


def test_a_remembered_survey_that_no_longer_loads_stops_the_kiosk_plainly(
    started: list[KioskApp], tmp_path: Path
) -> None:
    survey = tmp_path / "fun-day.yaml"
    survey.write_text(
        (SURVEYS / "bilingual.yaml").read_text(encoding="utf-8") + "picture: sun.png\n",
        encoding="utf-8",
    )
    (tmp_path / "sun.png").write_bytes(b"a picture")
    data = ["--data-dir", str(tmp_path / "data")]
    set_staff_pin(tmp_path / "data")
    first = CliRunner().invoke(cli, ["kiosk", "--survey", str(survey), *data])
    assert first.exit_code == 0, first.output
    (tmp_path / "sun.png").unlink()  # the survey's words are the same, so its card still fits

    again = CliRunner().invoke(cli, ["kiosk", "--survey", str(survey), *data])
    assert again.exit_code == 1
    later = started[-1]
    assert later.loaded is None  # the attract screen came first; the full check failed after
    assert "the picture 'sun.png' is not there" in again.output
    assert "Traceback" not in again.output


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

    set_staff_pin(tmp_path)
    first = open_store(tmp_path)
    try:
        result = CliRunner().invoke(cli, ["kiosk", "--data-dir", str(tmp_path)])
    finally:
        first.close()
    assert result.exit_code == 1
    assert started == []
    assert "already" in result.output.lower()
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_an_unexpected_problem_while_loading_starts_again_then_stops_the_kiosk_plainly(
    started: list[KioskApp],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import kiosk.commands.run
    from kiosk.cli import main

    def broken_load(*_: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(kiosk.commands.run, "load_parts", broken_load)
    set_staff_pin(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(["kiosk", "--data-dir", str(tmp_path)])
    assert stopped.value.code == 1
    said = capsys.readouterr().err
    assert "5 times in a minute" in said
    assert "Please tell a member of staff" in said
    assert "Traceback" not in said
    assert len(started) == 5
    assert all(app.loaded is None for app in started)
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "builtins.OSError" in log
    assert "the disk went away" not in log
