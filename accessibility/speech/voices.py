"""Choosing the installed voice that best fits a survey language."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "cs": "Czech",
    "cy": "Welsh",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "ga": "Irish",
    "gd": "Scottish Gaelic",
    "gu": "Gujarati",
    "hi": "Hindi",
    "hu": "Hungarian",
    "it": "Italian",
    "ku": "Kurdish",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "pa": "Punjabi",
    "pl": "Polish",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "so": "Somali",
    "sq": "Albanian",
    "ta": "Tamil",
    "ti": "Tigrinya",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "zh": "Chinese",
}


@dataclass(frozen=True)
class VoiceInfo:
    """One installed voice: its engine id, its name and the languages it speaks."""

    id: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class VoiceChoice:
    """The voice to use for a language; None, with the problem, when none speaks it."""

    voice_id: str | None
    problem: str | None = None


def language_name(language: str) -> str:
    """The English name of a language code, e.g. "Welsh" for "cy"."""
    return LANGUAGE_NAMES.get(_base(language), f'the language "{language}"')


def choose_voice(
    voices: list[VoiceInfo], language: str, default_id: str | None, preferred: str | None = None
) -> VoiceChoice:
    """The best voice for `language`, or no voice and the problem when none speaks it.

    `preferred` is a voice staff chose: it reads the languages it speaks, and the best
    voice for each reads the rest. Words are never read in another language's voice: an
    English voice reading Welsh is hard to follow and sounds like a mistake. An engine whose
    voices name no languages at all (some system voices) gets its default voice, as nothing
    better can be known.
    """
    wanted = language.lower()
    chosen = next((voice for voice in voices if voice.id == preferred), None)
    if chosen is not None and _best_match([chosen], wanted) is not None:
        return VoiceChoice(chosen.id)
    found = _best_match(voices, wanted)
    if found is not None:
        return VoiceChoice(found.id)
    if not any(voice.languages for voice in voices):
        return VoiceChoice(default_id)
    return VoiceChoice(None, no_voice_problem(language))


def no_voice_problem(language: str) -> str:
    """Plain words for staff: this language is shown but not read aloud, and the fix."""
    name = language_name(language)
    return (
        f"No voice for {name} ({language}) on this computer, so {name} words are shown "
        f"but not read aloud. Ask IT to install an espeak-ng voice for {name}."
    )


def _best_match(voices: list[VoiceInfo], language: str) -> VoiceInfo | None:
    """An exact match on voice file or language first, then the same base language."""
    for voice in voices:
        if voice.id.lower().rsplit("/", 1)[-1] == language:
            return voice
    for voice in voices:
        if language in (code.lower() for code in voice.languages):
            return voice
    base = _base(language)
    for voice in voices:
        if any(_base(code) == base for code in voice.languages):
            return voice
    return None


def _base(language: str) -> str:
    """The main part of a language tag: "en" for "en-GB"."""
    return language.lower().replace("_", "-").split("-", 1)[0]
