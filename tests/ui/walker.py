"""Walks the kiosk from start to thank-you by number keys, by clicks, or by two switches."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from textual.pilot import Pilot
from textual.widgets import Input

from kiosk.ui.app import KioskApp
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.base import is_shown
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.profile import ProfileScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.screens.who_answered import WhoAnsweredScreen
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.free_text import FreeTextAnswer
from kiosk.ui.widgets.information_next import InformationNext
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from tests.ui.helpers import until_screen


def shown(buttons: Iterable[ChoiceButton]) -> list[ChoiceButton]:
    """The buttons a participant can see (not the hidden spares)."""
    return [button for button in buttons if is_shown(button)]


async def press_its_key(pilot: Pilot[None], button: ChoiceButton) -> None:
    """Press the key shown on `button`."""
    assert button.key is not None, f"{button.label!r} has no key to press"
    await pilot.press(button.key)


async def touch(pilot: Pilot[None], button: ChoiceButton) -> None:
    """Touch `button` (a click inside its border), scrolled into view first."""
    button.scroll_visible(animate=False, immediate=True)
    await pilot.pause()
    assert await pilot.click(button, offset=(2, 1)), f"the touch missed {button.label!r}"


Mode = Literal["keys", "clicks", "switches"]
SWITCH_KEYMAP = {"move": "f5", "choose": "f6"}
PILES = ("like", "not_sure", "dislike")


class Walker:
    """Answers whatever the kiosk shows, and remembers what it chose."""

    def __init__(self, app: KioskApp, pilot: Pilot[None], mode: Mode, pick: int = 0) -> None:
        self.app = app
        self.pilot = pilot
        self.mode = mode
        self.pick = pick
        self.expected: dict[str, tuple[str, Any]] = {}
        self.receipt = ""
        if mode == "switches":
            app.set_keymap(SWITCH_KEYMAP)

    async def activate(self, button: ChoiceButton) -> None:
        """Choose `button` the way this walker's person would."""
        if self.mode == "keys":
            await press_its_key(self.pilot, button)
        elif self.mode == "clicks":
            await touch(self.pilot, button)
        else:
            for _ in range(40):
                if self.app.focused is button:
                    break
                await self.pilot.press("f5")
            assert self.app.focused is button, f"could not move to {button.label}"
            await self.pilot.press("f6")

    def button(self, selector: str = "ChoiceButton", index: int = 0) -> ChoiceButton:
        """One of the visible buttons on the current screen."""
        return shown(self.app.screen.query(selector).results(ChoiceButton))[index]

    async def walk(self, audience: int = 0) -> dict[str, tuple[str, Any]]:
        """From the attract screen to the thank-you screen; returns the answers given."""
        for _ in range(60):
            screen = self.app.screen
            if isinstance(screen, ThanksScreen):
                self.receipt = screen.receipt
                return self.expected
            if isinstance(screen, AttractScreen):
                await self.activate(self.button("#start"))
            elif isinstance(screen, AudienceScreen):
                await self.activate(self.button(index=audience))
            elif isinstance(screen, ProfileScreen):
                await self.activate(self.button("#next"))
            elif isinstance(screen, ConsentScreen | WhoAnsweredScreen):
                await self.activate(self.button())
            elif isinstance(screen, ReviewScreen):
                await self.activate(self.button("#send"))
                return await self._thanked()
            elif isinstance(screen, QuestionScreen):
                await self.answer(screen)
        raise AssertionError(f"the walk did not finish; stuck on {self.app.screen}")

    async def _thanked(self) -> dict[str, tuple[str, Any]]:
        await until_screen(self.pilot, ThanksScreen)
        screen = self.app.screen
        assert isinstance(screen, ThanksScreen)
        self.receipt = screen.receipt
        return self.expected

    async def answer(self, screen: QuestionScreen) -> None:
        """Answer one question screen."""
        assert screen.step is not None
        question_id = screen.step.question.id
        widget = screen.answer_widget()
        if isinstance(widget, InformationNext):
            await self.activate(widget.query_one("#next", ChoiceButton))  # nothing is stored
        elif isinstance(widget, FreeTextAnswer):
            await self._free_text(question_id, widget)
        elif isinstance(widget, PictureSortAnswer):
            await self._sort(question_id, widget)
        elif isinstance(widget, MultipleChoiceAnswer):
            options = [b for b in shown(widget.query(ChoiceButton)) if b.id != "done"]
            chosen = list(dict.fromkeys([options[self.pick], options[-1]]))
            for option in chosen:
                await self.activate(option)
            ids = [str(b.value) for b in options if b in chosen]
            self.expected[question_id] = ("answered", ids)
            await self.activate(widget.query_one("#done", ChoiceButton))
        else:
            option = shown(widget.query(ChoiceButton))[self.pick]
            self.expected[question_id] = ("answered", option.value)
            await self.activate(option)

    async def _free_text(self, question_id: str, widget: FreeTextAnswer) -> None:
        if self.mode == "switches":
            self.expected[question_id] = ("skipped", None)
            await self.activate(self.button("#skip"))
            return
        words = f"More {self.mode} please"
        if self.mode == "clicks":
            await self.pilot.click(widget.query_one(Input))
        await self.pilot.press(*words)
        self.expected[question_id] = ("answered", words)
        if self.mode == "keys":
            await self.pilot.press("enter")  # the box has the keys: Enter sends
        else:
            await self.activate(widget.query_one("#done", ChoiceButton))

    async def _sort(self, question_id: str, widget: PictureSortAnswer) -> None:
        piles = shown(widget.query(ChoiceButton))
        result = {}
        for index, item in enumerate(list(widget.items)):
            pile = piles[(index + self.pick) % 3]
            result[str(item.value)] = str(pile.value)
            await self.activate(pile)
        self.expected[question_id] = ("answered", result)
