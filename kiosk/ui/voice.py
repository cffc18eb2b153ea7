"""What the kiosk says out loud, for the participant who is answering now."""

from __future__ import annotations

from accessibility.speaker import Rate, Speaker
from surveys.profiles import AccessProfile


class Voice:
    """Speaks through a `Speaker` while this participant wants to be read to (on at first)."""

    def __init__(self, speaker: Speaker, rate: Rate = "normal") -> None:
        self.speaker = speaker
        self.rate: Rate = rate
        """The kiosk's usual speed, set by staff; a participant may still ask for slower."""
        self.profile = AccessProfile.for_newcomer()
        self.language = "en"
        self._told: set[str] = set()

    def reset(self, language: str) -> None:
        """Forget the last participant's choices, and what they have already been told."""
        self.stop()
        self.profile = AccessProfile.for_newcomer()
        self.language = language
        self._told.clear()

    def first_time(self, topic: str) -> bool:
        """True the first time this participant is told about `topic`, then False."""
        if topic in self._told:
            return False
        self._told.add(topic)
        return True

    def say(self, text: str, *, slowly: bool = False) -> None:
        """Say `text` if read aloud is on (`slowly` for codes to write down)."""
        if self.profile.read_aloud:
            self.say_always(text, self.language, slowly=slowly)

    def say_always(self, text: str, language: str, *, slowly: bool = False) -> None:
        """Say `text` in `language` even with read aloud off (a language's name, or "Off")."""
        if not text.strip():
            return
        slower = self.profile.slower or slowly or self.rate == "slower"
        rate: Rate = "slower" if slower else "normal"
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
