"""Real espeak-ng through the real worker process: the WAV files it writes hold real speech."""

from __future__ import annotations

import array
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from accessibility.speech import WORDS_PER_MINUTE, Pyttsx3Engine, choose_voice
from accessibility.speech.worker import Utterance
from accessibility.speech.worker_handle import SpeechWorker
from kiosk.ui.spoken import lines, press_list, said_letters
from kiosk.ui.words import word
from surveys.catalog import load_builtin

QUESTION = "Did you feel safe at school today? You can say yes, no or not sure."
WELSH = "Oeddet ti'n teimlo'n ddiogel yn yr ysgol heddiw?"


@pytest.fixture(scope="module")
def worker() -> Iterator[SpeechWorker]:
    started = SpeechWorker.start(Pyttsx3Engine("espeak"), timeout=15.0)
    yield started
    started.end()


def _render(
    worker: SpeechWorker, number: int, text: str, language: str, wpm: int, path: Path
) -> None:
    voice = choose_voice(worker.voices, language, worker.default_voice)
    assert voice.problem is None
    worker.render(Utterance(number, text, voice.voice_id, wpm, str(path)), timeout=10.0)


def _seconds_and_loudness(path: Path) -> tuple[float, float]:
    with wave.open(str(path), "rb") as sound:
        assert sound.getsampwidth() == 2
        frames = sound.readframes(sound.getnframes())
        seconds = sound.getnframes() / sound.getframerate()
    samples = array.array("h", frames)
    loudness = (sum(s * s for s in samples) / max(len(samples), 1)) ** 0.5
    return seconds, loudness


def test_two_consecutive_utterances_are_both_real_speech(
    worker: SpeechWorker, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.wav", tmp_path / "second.wav"
    _render(worker, 1, QUESTION, "en", WORDS_PER_MINUTE["normal"], first)
    _render(worker, 2, WELSH, "cy", WORDS_PER_MINUTE["normal"], second)

    for path, words in ((first, len(QUESTION.split())), (second, len(WELSH.split()))):
        seconds, loudness = _seconds_and_loudness(path)
        expected = words / WORDS_PER_MINUTE["normal"] * 60
        assert 0.5 * expected <= seconds <= 2.5 * expected + 1.0, (path.name, seconds, expected)
        assert loudness > 300, f"{path.name} is nearly silent"


def test_slower_rate_takes_longer_to_say(worker: SpeechWorker, tmp_path: Path) -> None:
    normal, slower = tmp_path / "normal.wav", tmp_path / "slower.wav"
    _render(worker, 3, QUESTION, "en", WORDS_PER_MINUTE["normal"], normal)
    _render(worker, 4, QUESTION, "en", WORDS_PER_MINUTE["slower"], slower)

    normal_seconds, _ = _seconds_and_loudness(normal)
    slower_seconds, _ = _seconds_and_loudness(slower)
    assert slower_seconds > 1.2 * normal_seconds


def test_the_installed_voices_cover_the_survey_languages(worker: SpeechWorker) -> None:
    chosen = {
        language: choose_voice(worker.voices, language, worker.default_voice)
        for language in ("en", "cy", "pl", "ur", "ar", "ro", "pa")
    }
    assert {language: choice.problem for language, choice in chosen.items()} == dict.fromkeys(
        chosen
    )
    assert chosen["cy"].voice_id == "cel/cy"
    assert chosen["en"].voice_id == "gmw/en"


def test_voice_and_rate_apply_to_every_utterance_in_a_mixed_run(
    worker: SpeechWorker, tmp_path: Path
) -> None:
    plan = [("en", "normal"), ("cy", "slower"), ("en", "slower"), ("cy", "normal")] * 4
    seconds: dict[tuple[str, str], list[float]] = {}
    for number, (language, rate) in enumerate(plan, start=10):
        path = tmp_path / f"{number}.wav"
        _render(worker, number, QUESTION, language, WORDS_PER_MINUTE[rate], path)  # type: ignore[index]
        seconds.setdefault((language, rate), []).append(_seconds_and_loudness(path)[0])

    for runs in seconds.values():
        assert max(runs) - min(runs) < 0.05 * min(runs), seconds
    for language in ("en", "cy"):
        assert min(seconds[language, "slower"]) > 1.2 * max(seconds[language, "normal"])
    assert abs(seconds["en", "normal"][0] - seconds["cy", "normal"][0]) > 0.1


def test_control_characters_in_survey_text_are_read_as_spaces(
    worker: SpeechWorker, tmp_path: Path
) -> None:
    plain, sneaky = tmp_path / "plain.wav", tmp_path / "sneaky.wav"
    _render(worker, 40, "Yes or no", "en", WORDS_PER_MINUTE["normal"], plain)
    _render(worker, 41, "Yes\x0140S or no", "en", WORDS_PER_MINUTE["normal"], sneaky)
    assert _seconds_and_loudness(sneaky)[0] < 1.5 * _seconds_and_loudness(plain)[0] + 0.5


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_question_its_answers_and_a_receipt_are_spoken_in_each_language(
    worker: SpeechWorker, tmp_path: Path, language: str
) -> None:
    faces = [(str(n), word(f"face_{n}", language)) for n in range(1, 6)]
    survey = load_builtin("my-school")  # the demo survey's first question, in this language
    question = survey.text(survey.questions[0].text, language)
    assert language == "en" or question != survey.text(survey.questions[0].text, "en")
    text = lines(question, press_list(faces, language))
    receipt = lines(f"{word('your_code', language)} {said_letters('K7M-2QX')}.")
    for number, (name, words) in enumerate((("question", text), ("receipt", receipt))):
        path = tmp_path / f"{name}-{language}.wav"
        _render(worker, 10 + number, words, language, WORDS_PER_MINUTE["slower"], path)
        seconds, loudness = _seconds_and_loudness(path)
        expected = len(words.split()) / WORDS_PER_MINUTE["slower"] * 60
        assert 0.4 * expected <= seconds <= 3.0 * expected + 1.0, (path.name, seconds)
        assert loudness > 300, f"{path.name} is nearly silent"
