"""Speech engines that misbehave on purpose, opened inside the real speech worker process."""

from __future__ import annotations

import ctypes
import os
import time
import wave

from accessibility.speech import Pyttsx3Engine, Synthesiser, VoiceInfo


def hangs_when_opened() -> Synthesiser:
    """An engine that never finishes starting."""
    time.sleep(3600)
    raise AssertionError("unreachable")


class _HangsWhenSpeaking:
    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("en", "English", ("en",))]

    def default_voice(self) -> str | None:
        return "en"

    def synthesise(self, text: str, voice_id: str | None, words_per_minute: int, path: str) -> None:
        time.sleep(3600)


def hangs_when_speaking() -> Synthesiser:
    """An engine that starts, then hangs on the first utterance."""
    return _HangsWhenSpeaking()


class _CrashesOnCrash:
    def __init__(self) -> None:
        self._real = Pyttsx3Engine("espeak")()

    def voices(self) -> list[VoiceInfo]:
        return self._real.voices()

    def default_voice(self) -> str | None:
        return self._real.default_voice()

    def synthesise(self, text: str, voice_id: str | None, words_per_minute: int, path: str) -> None:
        if "crash" in text:
            os._exit(3)
        self._real.synthesise(text, voice_id, words_per_minute, path)


def real_espeak_that_crashes_on_the_word_crash() -> Synthesiser:
    """Real espeak-ng, except the whole worker dies when asked to say "crash"."""
    return _CrashesOnCrash()


def espeak_library_missing() -> Synthesiser:
    """Real pyttsx3 on a computer where the espeak-ng library cannot be loaded."""

    def cannot_load(name: str) -> ctypes.CDLL:
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    ctypes.cdll.LoadLibrary = cannot_load  # type: ignore[method-assign]
    return Pyttsx3Engine("espeak")()


def prints_everywhere() -> Synthesiser:
    """Real espeak-ng in a worker that also writes to stdout and stderr, in Python and in C."""
    print("engine noise on stdout")
    os.write(1, b"raw noise on fd 1\n")
    os.write(2, b"raw noise on fd 2\n")
    libc = ctypes.CDLL(None)
    libc.puts(b"C noise on stdout")
    return Pyttsx3Engine("espeak")()


VOICE_SECONDS = {"gmw/en": 1.0, "gmw/en-us": 2.0, "cel/cy": 3.0}
"""The fake engine below says each voice's name as a WAV of this many seconds."""


class _SaysItsVoice:
    def voices(self) -> list[VoiceInfo]:
        return [
            VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
            VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
            VoiceInfo("cel/cy", "Welsh", ("cy",)),
        ]

    def default_voice(self) -> str | None:
        return "gmw/en"

    def synthesise(self, text: str, voice_id: str | None, words_per_minute: int, path: str) -> None:
        with wave.open(path, "wb") as sound:
            sound.setnchannels(1)
            sound.setsampwidth(2)
            sound.setframerate(1000)
            sound.writeframes(b"\x10\x20" * int(1000 * VOICE_SECONDS[voice_id or "gmw/en"]))


def says_its_voice() -> Synthesiser:
    """An engine whose WAV's length tells which voice read it (see VOICE_SECONDS)."""
    return _SaysItsVoice()


class _RaisesWithTheWords(_HangsWhenSpeaking):
    def synthesise(self, text: str, voice_id: str | None, words_per_minute: int, path: str) -> None:
        raise ValueError(f"cannot say {text!r}")


def raises_with_the_words() -> Synthesiser:
    """An engine that starts, then fails on each utterance with the words in its message."""
    return _RaisesWithTheWords()
