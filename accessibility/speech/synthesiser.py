"""Turning text into a WAV file with pyttsx3. Used only inside the speech worker process."""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from accessibility.speech.voices import VoiceInfo


class Synthesiser(Protocol):
    """Something that turns text into a WAV file, one utterance at a time."""

    def voices(self) -> list[VoiceInfo]:
        """The voices installed for this engine."""

    def default_voice(self) -> str | None:
        """The id of the voice the engine starts with."""

    def synthesise(self, text: str, voice_id: str | None, words_per_minute: int, path: str) -> None:
        """Write `text` spoken by `voice_id` at `words_per_minute` to the WAV file `path`."""


OpenSynthesiser = Callable[[], Synthesiser]


@dataclass(frozen=True)
class Pyttsx3Engine:
    """Opens one pyttsx3 engine by driver name ("espeak", "sapi5", "nsss")."""

    driver: str = "espeak"

    def __call__(self) -> Synthesiser:
        # Seam: the speech worker process. pyttsx3 imports in 2 ms (python -X importtime), but
        # the kiosk's own process must never load it: init() loads native speech libraries.
        import pyttsx3

        return Pyttsx3Synthesiser(pyttsx3.init(self.driver), self.driver)


class Pyttsx3Synthesiser:
    """One pyttsx3 engine, driven from one thread, saving every utterance to a file."""

    def __init__(self, engine: Any, driver: str) -> None:
        self._engine = engine
        self._driver = driver
        self._default = _as_text(engine.getProperty("voice"))

    def voices(self) -> list[VoiceInfo]:
        """The engine's voices, as plain data that can cross to the kiosk process."""
        return [
            VoiceInfo(str(v.id), str(v.name), tuple(str(code) for code in v.languages or ()))
            for v in self._engine.getProperty("voices")
        ]

    def default_voice(self) -> str | None:
        """The voice the engine started with."""
        return self._default

    def synthesise(self, text: str, voice_id: str | None, words_per_minute: int, path: str) -> None:
        """Save `text` to `path`, trying again (up to three times) if the engine wrote no sound."""
        text = text.translate(_CONTROL_TO_SPACE)
        self._engine.setProperty("voice", voice_id or self._default)
        if self._driver == "espeak":
            # espeak-ng runs its own thread here and applies a rate property change to a
            # later utterance at random; a rate command inside the text always applies.
            text = f"\x01{words_per_minute}S{text}"
        else:
            self._engine.setProperty("rate", words_per_minute)
        for pause in RETRY_PAUSES:
            self._engine.save_to_file(text, path)
            self._engine.runAndWait()
            if _holds_sound(path):
                return
            # On a busy machine espeak-ng's thread can end the next utterance with the last
            # one's closing call, writing an empty file; a short pause lets that call pass.
            time.sleep(pause)
        raise ValueError("the engine wrote no sound")


RETRY_PAUSES = (0.1, 0.3, 0.0)
"""Seconds to wait after each empty file before trying again (none after the last)."""

_CONTROL_TO_SPACE = {code: " " for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}


def _holds_sound(path: str) -> bool:
    try:
        with wave.open(path, "rb") as saved:
            return saved.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def _as_text(value: object) -> str | None:
    return None if value is None else str(value)
