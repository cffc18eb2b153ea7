"""The voice staff choose reads the languages it speaks; the best voice reads the rest."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accessibility.speech import SpeechService
from kiosk.commands.run import speech_for
from kiosk.event_setup import EventSetup
from tests.polling import wait_until
from tests.unit.speech import speech_fakes
from tests.unit.speech.fake_player import FakePlayer


def _played_seconds(player: FakePlayer, count: int) -> list[float]:
    assert wait_until(lambda: len(player.started()) >= count, timeout=10)
    return [seconds for _path, seconds in sorted(player.started().values())]


def test_the_chosen_voice_reads_english_and_the_welsh_voice_reads_welsh(
    service_with: Callable[..., SpeechService],
    fake_player: FakePlayer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAKE_PLAYER_SECONDS", "0")
    service = service_with(speech_fakes.says_its_voice, voice="gmw/en-us")
    service.say("Hello", "en")
    assert _played_seconds(fake_player, 1) == [speech_fakes.VOICE_SECONDS["gmw/en-us"]]
    service.say("Helo", "cy")
    assert _played_seconds(fake_player, 2) == [
        speech_fakes.VOICE_SECONDS["gmw/en-us"],
        speech_fakes.VOICE_SECONDS["cel/cy"],
    ]


def test_without_a_choice_each_language_gets_its_best_voice(
    service_with: Callable[..., SpeechService],
    fake_player: FakePlayer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAKE_PLAYER_SECONDS", "0")
    service = service_with(speech_fakes.says_its_voice)
    service.say("Hello", "en")
    assert _played_seconds(fake_player, 1) == [speech_fakes.VOICE_SECONDS["gmw/en"]]


def test_the_kiosk_speaks_with_the_voice_in_staffs_settings() -> None:
    service = speech_for(EventSetup(voice="gmw/en-us"))()
    try:
        assert isinstance(service, SpeechService)
        assert service.preferred_voice == "gmw/en-us"
    finally:
        service.close()
    automatic = speech_for(EventSetup())()
    try:
        assert isinstance(automatic, SpeechService)
        assert automatic.preferred_voice is None
    finally:
        automatic.close()
