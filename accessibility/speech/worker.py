"""The speech worker process: owns the one pyttsx3 engine and renders one utterance at a time.

It reads requests from its pipe, synthesises each to a WAV file and answers with the
outcome. Nothing it (or the engine underneath) prints ever reaches the kiosk's terminal.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection

from accessibility.speech.problems import RENDER_FAILED, describe_start_failure
from accessibility.speech.synthesiser import OpenSynthesiser, Pyttsx3Engine, Synthesiser
from accessibility.speech.voices import VoiceInfo
from surveys.fault_lines import fault_lines


@dataclass(frozen=True)
class Utterance:
    """A request to render `text` into the WAV file `path`."""

    number: int
    text: str
    voice_id: str | None
    words_per_minute: int
    path: str


@dataclass(frozen=True)
class WorkerReady:
    """The engine opened; these are its voices."""

    voices: list[VoiceInfo]
    default_voice: str | None


@dataclass(frozen=True)
class WorkerFailed:
    """The engine could not open; `problem` says why in plain words."""

    problem: str


@dataclass(frozen=True)
class Rendered:
    """Utterance `number` is ready to play, or `problem` says why not (and `fault` how)."""

    number: int
    problem: str | None = None
    fault: tuple[str, ...] = ()


def run_worker(connection: Connection, open_synthesiser: OpenSynthesiser) -> None:
    """The worker process's main function: open the engine, then render requests until told to stop."""
    silence_output()
    try:
        synthesiser = open_synthesiser()
        ready = WorkerReady(synthesiser.voices(), synthesiser.default_voice())
    except Exception as error:
        connection.send(WorkerFailed(describe_start_failure(error, _engine_name(open_synthesiser))))
        return
    connection.send(ready)
    with contextlib.suppress(EOFError, OSError, KeyboardInterrupt):
        while (request := connection.recv()) is not None:
            connection.send(render(synthesiser, request))


def render(synthesiser: Synthesiser, utterance: Utterance) -> Rendered:
    """Render one utterance, turning any engine error into plain words."""
    try:
        synthesiser.synthesise(
            utterance.text, utterance.voice_id, utterance.words_per_minute, utterance.path
        )
    except Exception as error:  # the engine's own error: for the kiosk's error log
        return Rendered(utterance.number, RENDER_FAILED, tuple(fault_lines(error)))
    return Rendered(utterance.number)


def silence_output() -> None:
    """Point this process's stdout and stderr (the file descriptors too) at /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            if stream is not None:
                stream.flush()
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115


def _engine_name(open_synthesiser: OpenSynthesiser) -> str:
    if isinstance(open_synthesiser, Pyttsx3Engine):
        return open_synthesiser.driver
    return getattr(open_synthesiser, "__name__", "speech engine")
