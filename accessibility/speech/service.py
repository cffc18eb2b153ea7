"""SpeechService: the kiosk's Speaker, backed by one speech worker process and our own player.

The caller's thread only records the latest request and kills the playing player; a
background thread hands one request at a time to the worker (so there is never a
backlog), plays the WAV it writes, watches the player, and restarts a worker that
hangs or ends. Every wait on the worker has a time limit.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from accessibility.speaker import CHECK_SENTENCE, Rate, SpeechCheck, SpeechEvent, SpeechListener
from accessibility.speech import problems
from accessibility.speech.errors import SpeechError
from accessibility.speech.playback import Playback
from accessibility.speech.players import find_player, no_player_problem, start_player
from accessibility.speech.synthesiser import OpenSynthesiser, Pyttsx3Engine
from accessibility.speech.voices import choose_voice
from accessibility.speech.worker import Utterance
from accessibility.speech.worker_handle import SpeechWorker, SpeechWorkerLost, prepare_spawning

WORDS_PER_MINUTE: dict[Rate, int] = {"normal": 160, "slower": 115}


@dataclass(frozen=True)
class _Request:
    number: int
    text: str
    language: str
    rate: Rate


class SpeechService:
    """Says things out loud through a speech worker process; never blocks or prints.

    Args:
        engine: a pyttsx3 driver name ("espeak" on every OS, for its many languages), or a
            picklable function that opens a `Synthesiser` inside the worker.
        player: the command that plays a WAV file (its path is added last); found on this
            computer when None (aplay, paplay or pw-play; afplay; winsound on Windows).
        start_timeout: seconds the worker may take to open its engine before it is killed.
        render_timeout: seconds one utterance may take to synthesise before the worker is
            killed and started again.
        retry_after: seconds to wait before starting a worker again after a failed start.
        on_event: called on the speech thread with "ready" (WAV written), "playing" and
            "problem" (see `problem`). Post a message from it; do not block in it.
        voice: the id of a voice staff chose; it reads the languages it speaks, and the
            best voice for each language reads the rest.
        on_fault: called on the speech thread with each error speech met and got over (an
            engine that failed, a worker that hung or ended, a bug here), for an error log.
            Staff see the plain-words `problem` either way.
    """

    def __init__(
        self,
        engine: str | OpenSynthesiser = "espeak",
        *,
        player: Sequence[str] | None = None,
        start_timeout: float = 15.0,
        render_timeout: float = 10.0,
        retry_after: float = 10.0,
        on_event: SpeechListener | None = None,
        voice: str | None = None,
        on_fault: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._open = Pyttsx3Engine(engine) if isinstance(engine, str) else engine
        self._start_timeout = start_timeout
        self._render_timeout = render_timeout
        self._retry_after = retry_after
        self._on_event = on_event
        self._preferred_voice = voice
        self._on_fault = on_fault
        command = tuple(player) if player is not None else find_player()
        self._playback = Playback(command)
        self._wake = threading.Condition(threading.Lock())
        self._number = 0
        self._pending: _Request | None = None
        self._closed = False
        self._closing = threading.Event()
        self._system_problem = None if command else no_player_problem()
        self._voice_problem: str | None = None
        self._outcome: tuple[int, str | None] = (0, None)
        self._events: list[SpeechEvent] = []
        self._worker: SpeechWorker | None = None
        self._next_start = 0.0
        self._wav_dir = tempfile.mkdtemp(prefix="sayso-speech-")
        prepare_spawning()  # before the thread: it needs the real standard error
        self._thread = threading.Thread(target=self._run, name="sayso-speech", daemon=True)
        self._thread.start()

    # The Speaker protocol: called on the UI thread; each takes a lock held only briefly.

    def say(self, text: str, language: str = "en", rate: Rate = "normal") -> None:
        """Start saying `text`, cutting off whatever was being said or waiting to be said."""
        if not text.strip():
            self.stop()
            return
        with self._wake:
            if self._closed:
                return
            self._number += 1
            self._playback.cut()
            self._pending = _Request(self._number, text, language, rate)
            self._wake.notify_all()

    @property
    def preferred_voice(self) -> str | None:
        """The voice staff chose, if any (it reads only the languages it speaks)."""
        return self._preferred_voice

    def stop(self) -> None:
        """Stop speaking now; nothing waiting will be said."""
        with self._wake:
            self._number += 1
            self._playback.cut()
            self._pending = None
            self._wake.notify_all()

    @property
    def problem(self) -> str | None:
        """Plain words for staff when speech is not working; None when it is."""
        with self._wake:
            return self._system_problem or self._voice_problem

    def listen(self, listener: SpeechListener | None) -> None:
        """Call `listener` with every event from now on, in place of `on_event`."""
        with self._wake:
            self._on_event = listener

    @property
    def has_waiting_words(self) -> bool:
        """Whether words asked for are still waiting for the speech thread to take them."""
        with self._wake:
            return self._pending is not None

    @property
    def worker_pid(self) -> int | None:
        """The speech worker's process id, while one is running."""
        worker = self._worker
        return worker.pid if worker is not None else None

    def check(self, language: str = "en", timeout: float = 5.0, listen: float = 0.5) -> SpeechCheck:
        """Say a test sentence and report whether it played. Blocks up to `timeout` + `listen`."""
        self.say(CHECK_SENTENCE, language)
        deadline = time.monotonic() + timeout
        with self._wake:
            number = self._number
            while self._outcome[0] < number and not self._closed:
                if not self._wake.wait(max(0.0, deadline - time.monotonic())):
                    return SpeechCheck(False, self._system_problem or _no_answer(timeout))
            failed = problems.SWITCHED_OFF if self._closed else self._outcome[1]
            if failed is None:
                self._wake.wait_for(lambda: self._system_problem is not None, listen)
                failed = self._system_problem
        if failed is not None:
            return SpeechCheck(False, failed)
        voice = self._voice_problem
        return SpeechCheck(True, f"Speech is working. {voice}" if voice else "Speech is working.")

    def close(self) -> None:
        """Stop speaking, end the worker and every player, remove the sound files."""
        with self._wake:
            if self._closed:
                return
            self._closed = True
            self._closing.set()
            self._pending = None
            self._playback.cut()
            self._wake.notify_all()
        self._thread.join(5.0)

    # The speech thread.

    def _run(self) -> None:
        self._start_worker()
        while (request := self._next_request()) is not None:
            try:
                self._speak(request)
            except Exception as error:  # a bug must not end speech for the rest of the session
                self._fault(error)
                if self._worker is not None:
                    self._lose_worker(self._worker)
                self._finish(request, problems.WORKER_ENDED, system=True)
            self._emit_events()
        self._shut_down()

    def _next_request(self) -> _Request | None:
        while True:
            with self._wake:
                ended = self._playback.poll()
                if ended == "failed":
                    self._system_problem = problems.PLAYER_FAILED
                    self._events.append("problem")
                if self._closed:
                    return None
                request, self._pending = self._pending, None
                if request is None and not self._events:
                    self._wake.wait(0.05 if self._playback.busy else None)
            self._emit_events()
            if request is not None:
                return request

    def _speak(self, request: _Request) -> None:
        worker = self._worker or self._start_worker()
        if worker is None:
            self._finish(request, self._system_problem)
            return
        choice = choose_voice(
            worker.voices, request.language, worker.default_voice, self._preferred_voice
        )
        if choice.voice_id is None and choice.problem is not None:
            self._no_voice(request, choice.problem)
            return
        path = os.path.join(self._wav_dir, f"say-{request.number}.wav")
        utterance = Utterance(
            request.number, request.text, choice.voice_id, WORDS_PER_MINUTE[request.rate], path
        )
        try:
            worker.render(utterance, self._render_timeout)
        except SpeechWorkerLost as lost:
            self._lose_worker(worker)
            if not self._closing.is_set():
                self._fault(lost)
                self._finish(request, str(lost), system=True)
                self._start_worker()
            return
        except SpeechError as error:
            self._fault(error)
            self._finish(request, str(error), system=True)
            return
        self._events.append("ready")
        self._emit_events()
        self._play(request, path, choice.problem)

    def _play(self, request: _Request, path: str, voice_problem: str | None) -> None:
        command = self._playback.command
        try:
            player = start_player(command, path) if command else None
        except OSError:
            player = None
        if player is None:
            _remove(path)
            self._finish(request, no_player_problem(), system=True)
            return
        with self._wake:
            current = request.number == self._number and not self._closed
            if current:
                self._playback.play(player, path)
                self._system_problem, self._voice_problem = None, voice_problem
                self._outcome = (request.number, None)
                self._events.append("playing")
                self._wake.notify_all()
        if not current:
            player.kill()
            player.wait()
            _remove(path)

    def _no_voice(self, request: _Request, problem: str) -> None:
        """Say nothing rather than read a language in another language's voice; tell staff."""
        with self._wake:
            self._voice_problem = problem
            self._events.append("problem")
        self._finish(request, problem)

    def _finish(self, request: _Request, problem: str | None, system: bool = False) -> None:
        with self._wake:
            if system and problem is not None:
                self._system_problem = problem
                self._events.append("problem")
            self._outcome = (request.number, problem)
            self._wake.notify_all()

    def _start_worker(self) -> SpeechWorker | None:
        if self._closing.is_set() or time.monotonic() < self._next_start:
            return None
        try:
            self._worker = SpeechWorker.start(self._open, self._start_timeout, self._closing)
        except Exception as error:
            self._next_start = time.monotonic() + self._retry_after
            if not isinstance(error, SpeechError):  # not a plain missing engine: a fault
                self._fault(error)
            with self._wake:
                self._system_problem = (
                    str(error)
                    if isinstance(error, SpeechError)
                    else problems.engine_broken(type(error).__name__)
                )
                self._events.append("problem")
                self._wake.notify_all()
        return self._worker

    def _fault(self, error: BaseException) -> None:
        if self._on_fault is not None:
            try:
                self._on_fault(error)
            except Exception:  # a log that cannot be written must not stop speech
                return

    def _lose_worker(self, worker: SpeechWorker) -> None:
        self._worker = None
        worker.end(grace=0.0)

    def _emit_events(self) -> None:
        with self._wake:
            events, self._events = self._events, []
            listener = self._on_event
        if listener is not None:
            for event in events:
                with contextlib.suppress(Exception):
                    listener(event)

    def _shut_down(self) -> None:
        if self._worker is not None:
            self._worker.end()
            self._worker = None
        with self._wake:
            self._playback.end_all()
        shutil.rmtree(self._wav_dir, ignore_errors=True)


def _no_answer(timeout: float) -> str:
    return f"Speech did not answer within {timeout:g} seconds. Ask IT to check espeak-ng."


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
