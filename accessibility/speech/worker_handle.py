"""The kiosk's handle on one speech worker process, with a time limit on every wait."""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import threading
import time
from multiprocessing import resource_tracker
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from accessibility.speech import problems
from accessibility.speech.errors import SpeechError
from accessibility.speech.synthesiser import OpenSynthesiser
from accessibility.speech.voices import VoiceInfo
from accessibility.speech.worker import Rendered, Utterance, WorkerFailed, WorkerReady, run_worker
from surveys.fault_lines import FaultElsewhere

_SPAWN = multiprocessing.get_context("spawn")


class SpeechWorkerLost(Exception):
    """The speech worker hung or ended and has to be started again.

    An internal signal between this handle and the service, which turns it into a
    problem message; it is not part of the `SaySoError` tree.
    """


def prepare_spawning() -> None:
    """Start multiprocessing's resource tracker now, with the real standard error.

    The first spawned process starts a tracker that is handed `sys.stderr.fileno()`.
    While a Textual app runs, `sys.stderr` is Textual's capture, which has no usable
    file descriptor, and every spawn would fail. Once the tracker runs, later workers
    (and restarts) reuse it.
    """
    if sys.platform == "win32":  # no resource tracker on Windows
        return
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    with contextlib.redirect_stderr(sys.stderr if usable else sys.__stderr__):
        resource_tracker.ensure_running()


class SpeechWorker:
    """One running worker process that has opened its engine."""

    def __init__(
        self,
        process: BaseProcess,
        connection: Connection,
        ready: WorkerReady,
        cancelled: threading.Event,
    ) -> None:
        self._process = process
        self._connection = connection
        self._cancelled = cancelled
        self.voices: list[VoiceInfo] = ready.voices
        self.default_voice = ready.default_voice

    @classmethod
    def start(
        cls,
        open_synthesiser: OpenSynthesiser,
        timeout: float,
        cancelled: threading.Event | None = None,
    ) -> SpeechWorker:
        """Start a worker and wait up to `timeout` for its engine; SpeechError if it fails.

        Setting `cancelled` ends any wait on this worker within 50 ms.
        """
        cancelled = cancelled or threading.Event()
        ours, theirs = _SPAWN.Pipe()
        process = _SPAWN.Process(
            target=run_worker, args=(theirs, open_synthesiser), name="sayso-speech", daemon=True
        )
        process.start()
        theirs.close()
        try:
            hello = _receive(ours, timeout, problems.start_timed_out(timeout), cancelled)
        except SpeechWorkerLost as lost:
            _end(process, ours)
            raise SpeechError(str(lost)) from None
        if isinstance(hello, WorkerFailed):
            _end(process, ours)
            raise SpeechError(hello.problem)
        if not isinstance(hello, WorkerReady):
            _end(process, ours)
            raise SpeechError(problems.WORKER_ENDED)
        return cls(process, ours, hello, cancelled)

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
            answer = _receive(
                self._connection, timeout, problems.render_timed_out(timeout), self._cancelled
            )
            if isinstance(answer, Rendered) and answer.number == utterance.number:
                break
        if answer.problem is not None:
            raise SpeechError(answer.problem) from (
                FaultElsewhere(answer.fault) if answer.fault else None
            )

    def end(self, grace: float = 0.5) -> None:
        """Ask the worker to finish, and kill it if it has not within `grace` seconds."""
        with contextlib.suppress(OSError):
            self._connection.send(None)
        _end(self._process, self._connection, grace)


def _receive(
    connection: Connection, timeout: float, hung_problem: str, cancelled: threading.Event
) -> object:
    """The next message from the worker within `timeout`; SpeechWorkerLost otherwise."""
    deadline = time.monotonic() + timeout
    try:
        while not connection.poll(min(0.05, max(0.0, deadline - time.monotonic()))):
            if cancelled.is_set():
                raise SpeechWorkerLost(problems.SWITCHED_OFF)
            if time.monotonic() >= deadline:
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
