"""Missing, broken and hung speech never blocks the caller and always ends in plain words."""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable

import pytest

from accessibility.speech import SpeechService
from accessibility.speech.synthesiser import OpenSynthesiser
from tests.polling import wait_until
from tests.unit.speech import speech_fakes
from tests.unit.speech.fake_player import FakePlayer

# Short limits only where a hang is the point; real engines get the default limits, so a
# busy test machine cannot turn a slow start into a false "did not start in time".
HANG_LIMITS = {"start_timeout": 2.0, "render_timeout": 1.0, "retry_after": 0.5}
Build = Callable[..., SpeechService]


def _slowest_call(service: SpeechService) -> float:
    slowest = 0.0
    calls: tuple[Callable[[], object], ...] = (
        lambda: service.say("Hello there"),
        service.stop,
        lambda: service.problem,
    )
    for call in calls * 20:
        began = time.perf_counter()
        call()
        slowest = max(slowest, time.perf_counter() - began)
    return slowest


def test_an_engine_that_hangs_when_opened_never_blocks_the_caller(service_with: Build) -> None:
    service = service_with(speech_fakes.hangs_when_opened, **HANG_LIMITS)
    assert _slowest_call(service) < 0.1
    service.say("Is anybody there?")
    assert wait_until(lambda: service.problem is not None, timeout=5)
    assert service.problem == (
        "Speech did not start in time (waited 2 seconds). It will try again. "
        "If this keeps happening, ask IT to restart the kiosk computer."
    )
    assert _slowest_call(service) < 0.1


def test_an_engine_that_hangs_when_speaking_is_restarted(service_with: Build) -> None:
    service = service_with(speech_fakes.hangs_when_speaking, **HANG_LIMITS)
    assert wait_until(lambda: service.worker_pid is not None)
    first_worker = service.worker_pid
    service.say("This will hang")
    assert wait_until(lambda: not service.has_waiting_words)  # taken before the calls below
    assert _slowest_call(service) < 0.1
    assert wait_until(lambda: service.problem is not None, timeout=5)
    assert service.problem is not None
    assert service.problem.startswith(
        "Speech stopped responding for 1 seconds, so it was restarted."
    )
    assert wait_until(lambda: service.worker_pid not in (None, first_worker), timeout=5)


def test_a_worker_that_dies_is_restarted_and_speech_recovers(
    service_with: Build, fake_player: FakePlayer
) -> None:
    service = service_with(speech_fakes.real_espeak_that_crashes_on_the_word_crash)
    service.say("crash")
    assert wait_until(lambda: service.problem is not None)
    assert service.problem is not None
    assert service.problem.startswith("Speech stopped working unexpectedly, so it was restarted.")
    result = service.check()
    assert result.ok, result.message
    assert service.problem is None
    assert len(fake_player.started()) == 1


def test_a_speech_engine_that_does_not_exist_is_named(service_with: Build) -> None:
    service = service_with("no-such-engine")
    result = service.check(timeout=5)
    assert not result.ok
    assert result.message == (
        'The speech engine "no-such-engine" is not available on this computer. '
        "Ask IT to check the kiosk's speech settings."
    )
    assert service.problem == result.message


def test_missing_espeak_ng_tells_staff_how_to_install_it(service_with: Build) -> None:
    service = service_with(speech_fakes.espeak_library_missing)
    result = service.check(timeout=5)
    assert not result.ok
    assert result.message == (
        "espeak-ng is not installed. Ask IT to run: sudo apt-get install espeak-ng"
    )


def test_a_missing_audio_player_is_reported_with_the_fix(service_with: Build) -> None:
    service = service_with(player=["/nowhere/aplay"])
    result = service.check(timeout=10)
    assert not result.ok
    assert "No audio player was found" in result.message


def test_a_player_that_fails_means_no_sound_and_check_says_so(service_with: Build) -> None:
    service = service_with(player=[sys.executable, "-c", "import sys; sys.exit(1)"])
    result = service.check(timeout=10, listen=3.0)
    assert not result.ok
    assert result.message.startswith("The computer could not play sound.")
    assert service.problem == result.message


def test_a_language_without_a_voice_is_not_spoken_and_staff_are_told(
    service_with: Build, fake_player: FakePlayer
) -> None:
    service = service_with()
    result = service.check(language="so", timeout=10)
    assert not result.ok
    assert "No voice for Somali (so)" in result.message
    assert service.problem is not None
    assert not fake_player.started()  # nothing played in the wrong voice
    service.say("Hello", language="en")
    assert wait_until(lambda: len(fake_player.started()) == 1)
    assert wait_until(lambda: service.problem is None)


def test_nothing_the_speech_stack_prints_reaches_the_terminal(
    service_with: Build, fake_player: FakePlayer, capfd: pytest.CaptureFixture[str]
) -> None:
    service = service_with(speech_fakes.prints_everywhere)
    for text in ("First thing to say.", "Second thing to say."):
        service.say(text)
        assert wait_until(lambda: len(fake_player.started()) >= 1)
    service.check()
    service.close()
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")
    assert len(fake_player.started()) >= 2


@pytest.mark.parametrize(
    "engine", [speech_fakes.hangs_when_opened, speech_fakes.hangs_when_speaking]
)
def test_close_is_quick_even_when_the_engine_hangs(engine: OpenSynthesiser) -> None:
    service = SpeechService(
        engine, player=[sys.executable, "-c", "pass"], start_timeout=60, render_timeout=60
    )
    service.say("This will hang")
    if engine is speech_fakes.hangs_when_speaking:
        assert wait_until(lambda: not service.has_waiting_words)  # the worker is rendering it
    else:
        assert wait_until(lambda: _speech_processes() != [])  # the worker is opening its engine
    began = time.perf_counter()
    service.close()
    assert time.perf_counter() - began < 1.0
    assert _speech_processes() == []


def _speech_processes() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "sayso-speech"]
