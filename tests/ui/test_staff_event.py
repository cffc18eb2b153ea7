"""Event and survey: staff choose a survey, and the kiosk starts again on it, the lock held."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.event_setup import EventSetup, read_setup, save_setup
from kiosk.event_setup.keeping import KEPT_FOLDER
from kiosk.staff_audit import AuditLog
from kiosk.supervisor import RESTART_CODE
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.staff import StaffScreen
from kiosk.ui.screens.staff_event import EventPage, SurveyTree, check_survey
from kiosk.ui.screens.staff_pin import StaffPinScreen
from surveys.pictures import BUILTIN_FOLDER
from tests.pins import STAFF_PIN, set_staff_pin
from tests.ui.helpers import SIZE, click_when_drawn, give_pin, until, until_screen
from tests.ui.staff_helpers import Host, shown, staff_session

BROKEN = "id: broken\ntitle: A broken survey\nquestions:\n  - id: q1\n    type: nonsense\n"


async def test_choosing_a_built_in_survey_by_clicks_saves_it_and_restarts_the_kiosk(
    kiosk: Callable[..., KioskApp], tmp_path: Path
) -> None:
    app = kiosk(staff_pin=set_staff_pin(tmp_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f2")
        await until_screen(pilot, StaffPinScreen)
        await give_pin(app, pilot, STAFF_PIN)
        await until(pilot, lambda: isinstance(app.screen, StaffScreen) and app.screen.is_mounted)
        await pilot.pause()
        await pilot.click("#event")
        await until_screen(pilot, EventPage)
        await pilot.click("#event-name")
        await pilot.press(*"Fun day")
        await pilot.click("#builtin-event-feedback")
        await until(
            pilot,
            lambda: "Checked:" in shown(app) and "questions" in shown(app),
            failure=lambda: shown(app),
        )
        await pilot.click("#event-save")
        await until(pilot, lambda: not app.is_running, failure="the kiosk did not restart")
    assert app.return_code == RESTART_CODE
    assert read_setup(tmp_path).setup == EventSetup(event="Fun day", survey="event-feedback")
    [entry] = [e for e in AuditLog(tmp_path).recent() if e.action == "event"]
    assert entry.changed == {"event": "Fun day", "survey": "event-feedback"}


def test_a_survey_given_on_the_command_line_wins_over_the_stored_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    set_staff_pin(tmp_path)
    save_setup(tmp_path, EventSetup(event="Stored day", survey="event-feedback"))
    seen: list[tuple[str, str | None]] = []

    def run(self: KioskApp, **_: Any) -> None:
        async def quickly() -> None:
            async with self.run_test(size=SIZE) as pilot:
                await until(pilot, lambda: self.loaded is not None, 30.0, "never loaded")
                self.exit()

        asyncio.run(quickly())
        seen.append((self.survey.id, self.settings.event))

    monkeypatch.setattr(KioskApp, "run", run)
    given = ["kiosk", "--data-dir", str(tmp_path), "--survey", "my-school"]
    assert CliRunner().invoke(cli, given).exit_code == 0
    assert CliRunner().invoke(cli, ["kiosk", "--data-dir", str(tmp_path)]).exit_code == 0
    assert seen == [("my-school", "Stored day"), ("event-feedback", "Stored day")]
    help_text = " ".join(CliRunner().invoke(cli, ["kiosk", "--help"]).output.split())
    assert "in place of the one chosen in staff mode" in help_text


async def test_a_broken_survey_file_is_refused_with_its_line_by_keys(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (folder / "notes.txt").write_text("not a survey", encoding="utf-8")
    session = staff_session(tmp_path / "data")
    session.folder_root = folder
    app = Host()
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(EventPage(session), app.results.append)
        await until(pilot, lambda: "broken.yaml" in shown(app), failure="no survey file listed")
        assert "notes.txt" not in shown(app)
        app.screen.query_one(SurveyTree).focus()
        await pilot.press("down", "enter")

        def refused_with_the_line() -> bool:
            words = " ".join(shown(app).split())  # however the long path wrapped
            return "cannot be used" in words and "line 4, column 5: 'nonsense'" in words

        await until(pilot, refused_with_the_line, failure=lambda: f"never refused:\n{shown(app)}")
        await pilot.press("escape")
        await until(pilot, lambda: app.results == [None])
    assert not session.restart
    assert read_setup(tmp_path / "data").setup == EventSetup()


async def test_a_survey_file_chosen_on_a_stick_is_copied_so_the_stick_can_go(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    survey = (BUILTIN_FOLDER / "event-feedback.yaml").read_text(encoding="utf-8")
    (folder / "feedback.yaml").write_text(survey, encoding="utf-8")
    shutil.copytree(BUILTIN_FOLDER / "pictures", folder / "pictures")
    data = tmp_path / "data"
    session = staff_session(data)
    session.folder_root = folder
    app = Host()
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(EventPage(session), app.results.append)
        await until(pilot, lambda: "feedback.yaml" in shown(app), failure="no survey file listed")
        app.screen.query_one(SurveyTree).focus()
        await pilot.press("down", "down", "enter")  # past the pictures folder
        await until(pilot, lambda: "Checked:" in shown(app), failure=lambda: shown(app))
        assert "the USB stick can be taken out" in " ".join(shown(app).split())
        await click_when_drawn(pilot, "#event-save")
        await until(pilot, lambda: app.results == [None])
    shutil.rmtree(folder)
    chosen = read_setup(data).setup.survey
    assert chosen is not None
    assert Path(chosen).is_relative_to((data / KEPT_FOLDER).resolve())
    assert check_survey(chosen).startswith("Tell us about today")
    assert (Path(chosen).parent / "pictures" / "balloons.png").is_file()
    assert session.restart
