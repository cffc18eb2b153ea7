"""The kiosk's handle on one speech worker process, with a time limit on every wait."""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from accessibility.speech import problems
from accessibility.speech.problems import SpeechError, SpeechWorkerLost
from accessibility.speech.synthesiser import OpenSynthesiser
from accessibility.speech.voices import VoiceInfo
from accessibility.speech.worker import Rendered, Utterance, WorkerFailed, WorkerReady, run_worker

_SPAWN = multiprocessing.get_context("spawn")


class SpeechWorker:
    """One running worker process that has opened its engine."""

    def __init__(self, process: BaseProcess, connection: Connection, ready: WorkerReady) -> None:
        self._process = process
        self._connection = connection
        self.voices: list[VoiceInfo] = ready.voices
        self.default_voice = ready.default_voice

    @classmethod
    def start(cls, open_synthesiser: OpenSynthesiser, timeout: float) -> SpeechWorker:
        """Start a worker and wait up to `timeout` for its engine; SpeechError if it fails."""
        ours, theirs = _SPAWN.Pipe()
        process = _SPAWN.Process(
            target=run_worker, args=(theirs, open_synthesiser), name="sayso-speech", daemon=True
        )
        process.start()
        theirs.close()
        try:
            hello = _receive(ours, timeout, problems.start_timed_out(timeout))
        except SpeechError:
            _end(process, ours)
            raise
        if isinstance(hello, WorkerFailed):
            _end(process, ours)
            raise SpeechError(hello.problem)
        if not isinstance(hello, WorkerReady):
            _end(process, ours)
            raise SpeechError(problems.WORKER_ENDED)
        return cls(process, ours, hello)

    @property
    def pid(self) -> int | None:
        """The worker's process id."""
        return self._process.pid

    def render(self, utterance: Utterance, timeout: float) -> None:
        """Render one utterance; SpeechWorkerLost if the worker hangs or ends, SpeechError if it fails."""
        try:
            self._connection.send(utterance)
        except OSError as error:
            raise SpeechWorkerLost(problems.WORKER_ENDED) from error
        while True:
            answer = _receive(self._connection, timeout, problems.render_timed_out(timeout))
            if isinstance(answer, Rendered) and answer.number == utterance.number:
                break
        if answer.problem is not None:
            raise SpeechError(answer.problem)

    def end(self, grace: float = 0.5) -> None:
        """Ask the worker to finish, and kill it if it has not within `grace` seconds."""
        with contextlib.suppress(OSError):
            self._connection.send(None)
        _end(self._process, self._connection, grace)


def _receive(connection: Connection, timeout: float, hung_problem: str) -> object:
    """The next message from the worker within `timeout`; SpeechWorkerLost otherwise."""
    try:
        if not connection.poll(timeout):
            raise SpeechWorkerLost(hung_problem)
        return connection.recv()
    except (EOFError, OSError) as error:
        raise SpeechWorkerLost(problems.WORKER_ENDED) from error


def _end(process: BaseProcess, connection: Connection, grace: float = 0.0) -> None:
    """Make sure the worker process is gone and its pipe closed."""
    process.join(grace)
    if process.is_alive():
        process.kill()
        process.join(1.0)
    connection.close()
