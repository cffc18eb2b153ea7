"""Rapid key presses never build a backlog; stop() cuts the sound at once."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from accessibility.speech import SpeechService
from tests.polling import wait_until
from tests.unit.speech.fake_player import FakePlayer

Build = Callable[..., SpeechService]


LONG = "Question {}. Do you like the garden, the lunch hall and the library at your school?"
LAST = "Lunch?"


def _storm(service: SpeechService, calls: int, end_with_say: bool, pause: float = 0.0) -> float:
    """Alternate say and stop `calls` times; return the slowest single call in seconds."""
    slowest = 0.0
    for number in range(calls):
        began = time.perf_counter()
        if number % 2 == 0:
            service.say(LONG.format(number))
        else:
            service.stop()
        slowest = max(slowest, time.perf_counter() - began)
        if pause and number % 20 == 18:
            time.sleep(pause)  # lets some utterances reach their player, to be cut by the next call
    if end_with_say:
        service.say(LAST)
    return slowest


def test_a_thousand_rapid_calls_leave_only_the_latest_utterance_playing(
    service_with: Build, fake_player: FakePlayer
) -> None:
    service = service_with()
    assert wait_until(lambda: service.worker_pid is not None)
    slowest = _storm(service, 1000, end_with_say=True, pause=0.04)

    assert slowest < 0.1
    assert wait_until(lambda: len(fake_player.running()) == 1)
    time.sleep(0.3)  # anything still queued would start playing by now
    assert len(fake_player.running()) == 1
    [playing] = fake_player.running()
    assert wait_until(lambda: playing in fake_player.started())
    wav, seconds = fake_player.started()[playing]
    assert seconds < 1.5, "the short last utterance is the one playing, not a long earlier one"
    assert Path(wav).exists()


def test_calls_faster_than_speech_play_nothing_but_the_last(
    service_with: Build, fake_player: FakePlayer
) -> None:
    service = service_with()
    assert wait_until(lambda: service.worker_pid is not None)
    _storm(service, 1000, end_with_say=True)
    assert wait_until(lambda: len(fake_player.started()) >= 1)
    time.sleep(0.3)
    assert len(fake_player.started()) <= 2, "a backlog of utterances was played"
    assert len(fake_player.running()) == 1


def test_a_storm_ending_in_stop_leaves_nothing_playing(
    service_with: Build, fake_player: FakePlayer
) -> None:
    service = service_with()
    assert wait_until(lambda: service.worker_pid is not None)
    for _round in range(5):
        _storm(service, 200, end_with_say=False)
        time.sleep(0.05)
    assert wait_until(lambda: not fake_player.running(), timeout=1.0)
    time.sleep(0.3)
    assert fake_player.running() == []


def test_stop_cuts_the_sound_within_100_ms(service_with: Build, fake_player: FakePlayer) -> None:
    service = service_with()
    service.say("Please listen to this long sentence about the school garden and the lunch hall.")
    assert wait_until(lambda: len(fake_player.running()) == 1 and fake_player.started())

    began = time.perf_counter()
    service.stop()
    assert wait_until(lambda: not fake_player.running(), timeout=1.0)
    assert time.perf_counter() - began < 0.1


def test_a_new_say_replaces_the_one_playing(service_with: Build, fake_player: FakePlayer) -> None:
    service = service_with()
    service.say("The first question is about the garden.")
    assert wait_until(lambda: len(fake_player.started()) == 1)
    [first] = fake_player.started()
    service.say("The second question is about lunch.")
    assert wait_until(lambda: len(fake_player.started()) == 2)
    assert wait_until(lambda: first not in fake_player.running(), timeout=0.1)
    assert len(fake_player.running()) == 1


def test_close_ends_the_worker_and_every_player(
    service_with: Build, fake_player: FakePlayer
) -> None:
    service = service_with()
    service.say("Goodbye and thank you.")
    assert wait_until(lambda: len(fake_player.running()) == 1 and fake_player.started())
    worker = service.worker_pid
    assert worker is not None

    service.close()
    assert fake_player.running() == []
    assert not Path(f"/proc/{worker}").exists() or "Z" in _state(worker)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"
