"""Finding a kiosk button by its words, pressing it, and knowing when the kiosk has moved on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget

from kiosk.ui.screens.one_result import OneResult
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from surveys.flow import Step
from tests.ui.helpers import until
from tests.ui.walker import press_its_key, shown, touch

By = Literal["keys", "touch"]
"""How a step presses a button: by the key shown on it, or by touching it."""


@dataclass(frozen=True, eq=False)
class Place:
    """Where the participant is: the screen, the question on it, and the picture being sorted."""

    screen: Screen[Any]
    step: Step | None
    picture: int | None

    def is_same(self, other: Place | None) -> bool:
        """Whether `other` is this very place (the same screen, step and picture)."""
        return (
            other is not None
            and other.screen is self.screen
            and other.step is self.step
            and other.picture == self.picture
        )


def place_now(pilot: Pilot[None]) -> Place | None:
    """Where the participant is now; None while one screen gives way to the next."""
    screen = pilot.app.screen
    if not isinstance(screen, OneResult) or not screen.accepts_input:
        return None
    if not isinstance(screen, QuestionScreen):
        return Place(screen, None, None)
    if screen.step is None:
        return None  # up, but not asking yet
    widget = screen.answer_widget()
    picture = widget.index if isinstance(widget, PictureSortAnswer) else None
    return Place(screen, screen.step, picture)


def labelled(buttons: list[ChoiceButton], words: str, part: bool) -> list[ChoiceButton]:
    """The buttons whose label is `words` (any case); with `part`, else those that hold them.

    Answers are matched whole, so "Happy" never presses "Very happy" when Happy is not shown.
    """
    wanted = words.casefold()
    whole = [b for b in buttons if str(b.label).casefold() == wanted]
    if whole or not part:
        return whole
    return [b for b in buttons if wanted in str(b.label).casefold()]


async def find_button(
    pilot: Pilot[None], words: str, within: Widget | None = None, *, part: bool = False
) -> ChoiceButton:
    """The one button shown now (in `within`, else the whole screen) that says `words`.

    With `part`, a button whose label holds `words` will do ("young person").
    """

    def matching() -> list[ChoiceButton]:
        area = within if within is not None else pilot.app.screen
        return labelled(shown(area.query(ChoiceButton)), words, part)

    def failure() -> str:
        area = within if within is not None else pilot.app.screen
        labels = [str(b.label) for b in shown(area.query(ChoiceButton))]
        return f"no one button says {words!r} on {pilot.app.screen}; shown: {labels}"

    await until(pilot, lambda: len(matching()) == 1, failure=failure)
    return matching()[0]


async def press(pilot: Pilot[None], button: ChoiceButton, by: By = "keys") -> None:
    """Press `button` by its key, or touch it."""
    if by == "keys":
        await press_its_key(pilot, button)
    else:
        await touch(pilot, button)


async def moved_on(pilot: Pilot[None], before: Place | None, doing: str) -> None:
    """Wait until the participant is somewhere other than `before`, with a screen ready."""

    def elsewhere() -> bool:
        now = place_now(pilot)
        return now is not None and (before is None or not before.is_same(now))

    await until(pilot, elsewhere, failure=lambda: f"{doing} led nowhere: {pilot.app.screen}")


async def choose(
    pilot: Pilot[None],
    words: str,
    *,
    within: Widget | None = None,
    part: bool = False,
    by: By = "keys",
) -> None:
    """Press the button that says `words` (or, with `part`, holds them), and see what is next."""
    button = await find_button(pilot, words, within, part=part)
    await until(pilot, lambda: place_now(pilot) is not None, failure="the screen never settled")
    before = place_now(pilot)
    await press(pilot, button, by)
    await moved_on(pilot, before, f"choosing {words!r}")
