"""What the kiosk says out loud, for the participant who is answering now."""

from __future__ import annotations

from accessibility.speaker import Rate, Speaker
from surveys.profiles import AccessProfile


class Voice:
    """Speaks through a `Speaker` only when this participant asked to be read to."""

    def __init__(self, speaker: Speaker) -> None:
        self.speaker = speaker
        self.profile = AccessProfile()
        self.language = "en"

    def reset(self, language: str) -> None:
        """Forget the last participant's choices."""
        self.stop()
        self.profile = AccessProfile()
        self.language = language

    def say(self, text: str) -> None:
        """Say `text` if read aloud is on."""
        if self.profile.read_aloud:
            self.say_always(text, self.language)

    def say_always(self, text: str, language: str) -> None:
        """Say `text` in `language` whatever the profile says (for choosing a language)."""
        if not text.strip():
            return
        rate: Rate = "slower" if self.profile.slower else "normal"
        try:
            self.speaker.say(text, language, rate)
        except Exception:  # speech must never stop the kiosk; staff see speaker.problem
            return

    def stop(self) -> None:
        """Stop speaking now."""
        try:
            self.speaker.stop()
        except Exception:  # as above
            return
