"""Speech for the kiosk: one worker process owns the engine; we own the player; nothing blocks."""

from __future__ import annotations

from accessibility.speaker import SpeechEvent
from accessibility.speech.errors import SpeechError
from accessibility.speech.service import WORDS_PER_MINUTE, SpeechService
from accessibility.speech.synthesiser import Pyttsx3Engine, Synthesiser
from accessibility.speech.voices import VoiceInfo, choose_voice

__all__ = [
    "WORDS_PER_MINUTE",
    "Pyttsx3Engine",
    "SpeechError",
    "SpeechEvent",
    "SpeechService",
    "Synthesiser",
    "VoiceInfo",
    "choose_voice",
]
