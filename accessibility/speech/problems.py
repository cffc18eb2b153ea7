"""What can go wrong with speech, in plain words for staff, each with the fix.

The error that carries these words is `SpeechError` in `accessibility.speech.errors`.
"""

from __future__ import annotations

import sys


def espeak_missing(platform: str = sys.platform) -> str:
    """espeak-ng is not installed, with the install command for this computer."""
    if platform == "darwin":
        return "espeak-ng is not installed. Ask IT to run: brew install espeak-ng"
    if platform == "win32":
        return (
            "eSpeak NG is not installed. Ask IT to install it from "
            "https://github.com/espeak-ng/espeak-ng/releases"
        )
    return "espeak-ng is not installed. Ask IT to run: sudo apt-get install espeak-ng"


def unknown_engine(name: str) -> str:
    """The chosen speech engine does not exist on this computer."""
    return (
        f'The speech engine "{name}" is not available on this computer. '
        "Ask IT to check the kiosk's speech settings."
    )


PYTTSX3_MISSING = "The speech library (pyttsx3) is missing. Ask IT to reinstall Say So."

NO_PLAYER_LINUX = (
    "No audio player was found (aplay). Ask IT to run: sudo apt-get install alsa-utils"
)
NO_PLAYER = "No audio player was found on this computer. Ask IT to set up sound for Say So."

PLAYER_FAILED = (
    "The computer could not play sound. Check the speakers or headphones are plugged in "
    "and turned on. If they are, ask IT to check the sound settings."
)


def engine_broken(detail: str) -> str:
    """The speech engine failed to start for another reason."""
    return f"Speech could not start ({detail}). Ask IT to check espeak-ng is installed and working."


def start_timed_out(seconds: float) -> str:
    """The worker did not answer within its start time limit."""
    return (
        f"Speech did not start in time (waited {seconds:g} seconds). It will try again. "
        "If this keeps happening, ask IT to restart the kiosk computer."
    )


def render_timed_out(seconds: float) -> str:
    """The worker did not finish an utterance within its time limit."""
    return (
        f"Speech stopped responding for {seconds:g} seconds, so it was restarted. "
        "If this keeps happening, ask IT to check espeak-ng."
    )


WORKER_ENDED = (
    "Speech stopped working unexpectedly, so it was restarted. "
    "If this keeps happening, ask IT to check espeak-ng."
)

SWITCHED_OFF = "Speech has been switched off."

RENDER_FAILED = "Speech could not turn this text into sound. Ask IT to check espeak-ng is working."


def describe_start_failure(error: BaseException, engine: str) -> str:
    """Plain words for an error raised while opening the speech engine."""
    if isinstance(error, ModuleNotFoundError):
        missing = error.name or ""
        if missing == "pyttsx3":
            return PYTTSX3_MISSING
        if missing.startswith("pyttsx3.drivers"):
            return unknown_engine(engine)
    text = str(error).lower()
    if "espeak" in text or isinstance(error, OSError):
        return espeak_missing()
    return engine_broken(type(error).__name__)
