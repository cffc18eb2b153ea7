"""The Speaker contract, checked against the recording fake and the real speech service alike."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from accessibility.speaker import CHECK_SENTENCE, RecordingSpeaker, Speaker, SpeechCheck
from accessibility.speech import SpeechService
from tests.unit.speech.fake_player import FakePlayer


@pytest.fixture(params=["recording", "speech-service"])
def speaker(request: pytest.FixtureRequest, fake_player: FakePlayer) -> Iterator[Speaker]:
    made: Speaker
    if request.param == "recording":
        made = RecordingSpeaker()
    else:
        made = SpeechService(player=fake_player.command)
    yield made
    made.close()


def _seconds(call: Callable[[], object]) -> float:
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def test_say_and_stop_return_at_once(speaker: Speaker) -> None:
    assert _seconds(lambda: speaker.say("Do you like school?")) < 0.1
    assert _seconds(lambda: speaker.say("Dych chi'n hoffi'r ysgol?", "cy", "slower")) < 0.1
    assert _seconds(speaker.stop) < 0.1


def test_a_working_speaker_passes_the_speech_check(speaker: Speaker) -> None:
    result = speaker.check(timeout=10)
    assert result == SpeechCheck(ok=True, message="Speech is working.")
    assert speaker.problem is None


def test_close_can_be_called_twice_and_later_calls_are_harmless(speaker: Speaker) -> None:
    speaker.say("Thank you")
    speaker.close()
    speaker.close()
    assert _seconds(lambda: speaker.say("Too late")) < 0.1
    speaker.stop()


def test_the_recording_speaker_remembers_the_check_sentence() -> None:
    speaker = RecordingSpeaker()
    speaker.check("cy")
    assert speaker.spoken == [CHECK_SENTENCE]
    assert speaker.languages == ["cy"]
