"""Fixtures for the speech tests: a fake audio player we control, and ways to watch it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from accessibility.speech import SpeechService
from tests.unit.speech.fake_player import PLAYER_SCRIPT, FakePlayer


@pytest.fixture
def fake_player(tmp_path: Path) -> FakePlayer:
    log = tmp_path / "played"
    log.mkdir()
    script = tmp_path / "fake_player.py"
    script.write_text(PLAYER_SCRIPT.format(log=str(log)))
    return FakePlayer(script, log)


@pytest.fixture
def service_with(fake_player: FakePlayer) -> Iterator[Callable[..., SpeechService]]:
    """Builds SpeechServices that play through the fake player, and closes them after the test."""
    made: list[SpeechService] = []

    def build(engine: object = "espeak", **options: object) -> SpeechService:
        options.setdefault("player", fake_player.command)
        service = SpeechService(engine, **options)  # type: ignore[arg-type]
        made.append(service)
        return service

    yield build
    for service in made:
        service.close()
