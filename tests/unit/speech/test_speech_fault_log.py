"""Each fault speech gets over reaches the kiosk's error log, with no words that were said."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from accessibility.speech import SpeechService
from kiosk.error_log import ErrorLog
from tests.polling import wait_until
from tests.unit.speech import speech_fakes

Build = Callable[..., SpeechService]


def test_an_engine_error_in_the_worker_is_logged_by_type_and_line(
    service_with: Build, tmp_path: Path
) -> None:
    log = ErrorLog(tmp_path)
    service = service_with(
        speech_fakes.raises_with_the_words, on_fault=partial(log.record, where="speech")
    )
    service.say("My secret words")
    assert wait_until(lambda: "ValueError" in log.entries(), timeout=10)
    entry = log.entries()
    assert "an error in speech:" in entry
    assert "accessibility.speech.errors.SpeechError" in entry
    assert "in another process:\nbuiltins.ValueError" in entry
    assert "speech_fakes.py" in entry  # the engine's own line, from the worker process
    assert "secret" not in entry
    assert wait_until(lambda: "could not turn this text into sound" in (service.problem or ""))


def test_a_worker_that_dies_is_logged_and_speech_carries_on(
    service_with: Build, tmp_path: Path
) -> None:
    faults: list[BaseException] = []
    service = service_with(
        speech_fakes.real_espeak_that_crashes_on_the_word_crash, on_fault=faults.append
    )
    service.say("crash")
    assert wait_until(lambda: bool(faults), timeout=10)
    assert [type(fault).__name__ for fault in faults] == ["SpeechWorkerLost"]
    assert service.check().ok


def test_a_log_that_cannot_be_written_does_not_stop_speech(service_with: Build) -> None:
    def broken_log(error: BaseException) -> None:
        raise OSError("the disk is full")

    service = service_with(
        speech_fakes.real_espeak_that_crashes_on_the_word_crash, on_fault=broken_log
    )
    service.say("crash")
    assert wait_until(lambda: service.problem is not None, timeout=10)
    assert service.check().ok
