"""A participant who cannot see the screen: keys are chosen only from what the kiosk says."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from textual.pilot import Pilot

from accessibility.languages import native_name
from accessibility.speaker import RecordingSpeaker
from kiosk.ui.words import word
from tests.ui.helpers import until


@dataclass
class Heard:
    """What a listener has understood so far."""

    menu: dict[str, str] = field(default_factory=dict)
    """The last "Press K for W" choices heard, by key."""
    questions: int = 0
    """How many questions were heard and answered."""
    question: str = ""
    """The words of the question heard last."""
    meant: dict[str, str | dict[str, str]] = field(default_factory=dict)
    """What the listener meant to answer, by question words: the answer's words, or for a
    picture sort each picture's pile."""
    receipt_letters: str = ""


class Listener:
    """Answers every screen by ear, choosing a different answer key for each question."""

    def __init__(self, pilot: Pilot[None], speaker: RecordingSpeaker, language: str) -> None:
        self.pilot = pilot
        self.speaker = speaker
        self.language = language
        self.heard = Heard()
        self._said = 0

    def w(self, key: str) -> str:
        """A kiosk phrase in the listener's language."""
        return word(key, self.language)

    async def press(self, *keys: str) -> str:
        """Press keys, then wait for the kiosk to say something new; returns what it said."""
        self._said = len(self.speaker.spoken)
        await self.pilot.press(*keys)
        await until(
            self.pilot,
            lambda: len(self.speaker.spoken) > self._said,
            failure=lambda: f"nothing was said after {keys}; last: {self.speaker.spoken[-1:]}",
        )
        await self.pilot.pause(0.05)  # a screen change may say one thing, then its screen
        return self.speaker.spoken[-1]

    def choices(self, said: str, language: str | None = None) -> dict[str, str]:
        """Every "Press K for W." in `said` (in the listener's language), by key."""
        press_for = re.escape(word("press_for", language or self.language))
        pattern = press_for.replace(r"\{key\}", r"(\S+)").replace(r"\{label\}", r"(.+?)")
        found = re.findall(pattern.removesuffix(r"\.") + r"\.(?:\s|$)", said)
        return {key.lower(): label for key, label in found}

    def key_for(self, label: str) -> str:
        """The key heard for `label`."""
        for key, heard in self.heard.menu.items():
            if heard == label:
                return key
        raise AssertionError(f"never heard a key for {label!r}; heard {self.heard.menu}")

    async def answer(self, said: str, audience: int) -> str:
        """Act on one utterance as a listener would; returns what the kiosk said next."""
        heard = self.choices(said)
        if heard:
            self.heard.menu = heard
        if said.startswith(f"{self.w('question')} "):
            self.heard.questions += 1
            self.heard.question = said.split("\n")[1]
        if said.startswith(self.w("who_are_you")):
            return await self.press(list(heard)[audience])
        if said.startswith(self.w("how_answer")):
            return await self.press(self.key_for(self.w("next")))
        if f"\n{self.w('is_that_ok')}\n" in said:  # consent: yes
            return await self.press(self.key_for(self.w("yes")))
        if said.startswith(self.w("who_answered")):  # by myself
            return await self.press(self.key_for(self.w("myself")))
        if self.w("free_text_how") in said:
            self.heard.meant[self.heard.question] = "hello"
            return await self.press(*"hello", "enter")
        if said.startswith(self.w("check")):
            return await self.press(self.key_for(self.w("send")))
        if f": {self.w('chosen')}" in said:  # a multiple choice answer is on: now Done
            return await self.press(self.key_for(self.w("done")))
        if picture := self.picture_in(said):  # "Picture 2 of 6: Sport."
            return await self.sort(*picture)
        if list(heard) == ["0"]:  # an information step: nothing to answer, its only key goes on
            self.heard.questions -= 1
            return await self.press("0")
        return await self.choose()

    def picture_in(self, said: str) -> tuple[int, str] | None:
        """The number and name of the picture to sort that `said` names, if it names one."""
        pattern = rf"^{re.escape(self.w('picture'))} (\d+) \S+ \d+: (.+)\.$"
        found = re.search(pattern, said, re.MULTILINE)
        return (int(found[1]), found[2]) if found else None

    def answer_keys(self) -> list[str]:
        """The number keys heard for answers (0 is Next or Done, letters are skip buttons)."""
        return [key for key in self.heard.menu if key.isdigit() and key != "0"]

    async def choose(self) -> str:
        """Choose an answer: the first for question 1, the second for question 2, and so on."""
        keys = self.answer_keys()
        assert keys, f"no answer was heard in {self.heard.menu}"
        key = keys[(self.heard.questions - 1) % len(keys)]
        self.heard.meant[self.heard.question] = self.heard.menu[key]
        return await self.press(key)

    async def sort(self, number: int, item: str) -> str:
        """Put picture `number` (called `item`) on the next pile in turn."""
        piles = self.answer_keys()
        key = piles[(number - 1) % len(piles)]
        sorted_so_far = self.heard.meant.setdefault(self.heard.question, {})
        assert isinstance(sorted_so_far, dict)
        sorted_so_far[item] = self.heard.menu[key]
        return await self.press(key)

    async def take_part(self, audience: int = 0, kiosk_language: str = "en") -> Heard:
        """From the attract screen to the thank-you words, by ear alone.

        The attract screen speaks the kiosk's main language, and offers the others by name.
        """
        said = await self.press("x")  # any key: the kiosk says how to start
        assert word("start_spoken", kiosk_language) in said, said
        if self.language == kiosk_language:
            said = await self.press("space")
        else:
            heard = self.choices(said, kiosk_language)
            offered = {label: key for key, label in heard.items()}
            said = await self.press(offered[native_name(self.language)])
        for _ in range(80):
            if said.startswith(self.w("thank_you")):
                code = said.split(self.w("your_code"), 1)[1].split("\n", 1)[0]
                self.heard.receipt_letters = code.replace(".", "").replace(" ", "")
                return self.heard
            said = await self.answer(said, audience)
        raise AssertionError(f"never heard the thank-you words; last heard {said!r}")
