"""An engine that sometimes writes an empty file is asked again, up to three times."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from accessibility.speech import synthesiser
from accessibility.speech.synthesiser import Pyttsx3Synthesiser


class FlakyEngine:
    """A pyttsx3 engine whose first `empty` saves write a WAV file with no sound in it."""

    def __init__(self, empty: int) -> None:
        self.empty = empty
        self.saves = 0
        self._path = ""

    def getProperty(self, name: str) -> object:  # noqa: N802 - pyttsx3's name
        return "english" if name == "voice" else []

    def setProperty(self, name: str, value: object) -> None:  # noqa: N802 - pyttsx3's name
        pass

    def save_to_file(self, text: str, path: str) -> None:
        self._path = path

    def runAndWait(self) -> None:  # noqa: N802 - pyttsx3's name
        self.saves += 1
        with wave.open(self._path, "wb") as sound:
            sound.setnchannels(1)
            sound.setsampwidth(2)
            sound.setframerate(22050)
            if self.saves > self.empty:
                sound.writeframes(b"\x10\x20" * 2205)


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synthesiser, "RETRY_PAUSES", (0.0, 0.0, 0.0))


@pytest.mark.parametrize("empty", [0, 1, 2])
def test_sound_comes_within_three_tries(empty: int, tmp_path: Path) -> None:
    engine = FlakyEngine(empty)
    path = tmp_path / "said.wav"
    Pyttsx3Synthesiser(engine, "espeak").synthesise("Hello", None, 150, str(path))
    assert engine.saves == empty + 1
    with wave.open(str(path), "rb") as sound:
        assert sound.getnframes() == 2205


def test_three_empty_files_are_a_plain_failure(tmp_path: Path) -> None:
    engine = FlakyEngine(3)
    with pytest.raises(ValueError, match="no sound"):
        Pyttsx3Synthesiser(engine, "espeak").synthesise("Hello", None, 150, str(tmp_path / "a.wav"))
    assert engine.saves == 3
