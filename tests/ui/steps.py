"""What a participant does at the kiosk, step by named step, for tests that read as they act.

Each step finds the button by the words on it (on the screen shown now), presses its key or
touches it, and waits, as a person would, until the kiosk has moved on. An answer is found by
its whole words; who you are, a setting, or a question to change by a part of them. A step
that cannot see what it looks for fails with the words it wanted and the buttons shown.
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.help import HelpScreen
from kiosk.ui.screens.profile import ProfileScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.widgets.free_text import FreeTextAnswer
from kiosk.ui.widgets.multiple_choice import MultipleChoiceAnswer
from kiosk.ui.widgets.picture_sort import PictureSortAnswer
from tests.ui.buttons import By, choose, find_button, moved_on, place_now, press
from tests.ui.helpers import until, until_screen


async def start_as(pilot: Pilot[None], who: str) -> None:
    """Start, and say who you are ("young person"), up to "How do you like to answer?"."""
    await until_screen(pilot, AttractScreen)
    await choose(pilot, "Start")
    await until_screen(pilot, AudienceScreen)
    await choose(pilot, who, part=True)
    await until_screen(pilot, ProfileScreen)


async def switch(pilot: Pilot[None], setting: str) -> None:
    """Turn one way of answering on or off ("Read it slower"), or the colours round."""
    button = await find_button(pilot, setting, part=True)
    label = button.label
    await press(pilot, button)
    await until(pilot, lambda: button.label != label, failure=f"{setting!r} never changed")


async def press_next(pilot: Pilot[None]) -> None:
    """Done choosing how to answer: on to what happens to the answers."""
    await choose(pilot, "Next")
    await until_screen(pilot, ConsentScreen)


async def agree(pilot: Pilot[None]) -> None:
    """Say yes to what happens to the answers, and see the first question."""
    await choose(pilot, "Yes")
    await until_screen(pilot, QuestionScreen)


async def refuse(pilot: Pilot[None]) -> None:
    """Say no to what happens to the answers, and be back at the start."""
    await choose(pilot, "No")
    await until_screen(pilot, AttractScreen)


async def start_survey_as(pilot: Pilot[None], who: str, *settings: str) -> None:
    """Start as `who`, switch `settings`, say yes, and see the first question."""
    await start_as(pilot, who)
    for setting in settings:
        await switch(pilot, setting)
    await press_next(pilot)
    await agree(pilot)


def asked(pilot: Pilot[None]) -> str | None:
    """The id of the question the kiosk asks now, if it asks one."""
    screen = pilot.app.screen
    if not isinstance(screen, QuestionScreen) or screen.step is None:
        return None
    return screen.step.question.id


async def at_question(pilot: Pilot[None], question: str) -> QuestionScreen:
    """The question screen, once it asks `question` (an id); fails if it asks another."""
    await until(
        pilot,
        lambda: asked(pilot) == question,
        failure=lambda: f"{question} was never asked; showing {asked(pilot) or pilot.app.screen}",
    )
    screen = pilot.app.screen
    assert isinstance(screen, QuestionScreen)
    return screen


async def answer(pilot: Pilot[None], question: str, *words: str, by: By = "keys") -> None:
    """Answer `question` with the options that say `words`.

    A multiple choice turns each on, then presses Done; a picture sort puts each picture in
    turn on the pile that says the next of `words`.
    """
    widget = (await at_question(pilot, question)).answer_widget()
    if isinstance(widget, PictureSortAnswer):
        for pile in words:
            await sort_picture(pilot, pile, by=by)
    elif isinstance(widget, MultipleChoiceAnswer):
        for option in words:
            await tick(pilot, option, by=by)
        await finish_choosing(pilot, by=by)
    else:
        assert len(words) == 1, f"{question} takes one answer, not {words}"
        await choose(pilot, words[0], within=widget, by=by)


async def tick(pilot: Pilot[None], option: str, *, by: By = "keys") -> None:
    """Turn one option of a multiple choice on (or off again)."""
    widget = pilot.app.screen.query_one(MultipleChoiceAnswer)
    button = await find_button(pilot, option, widget)
    was = button.chosen
    await press(pilot, button, by)
    await until(pilot, lambda: button.chosen != was, failure=f"{option!r} never changed")


async def finish_choosing(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Press Done on a multiple choice, and see what comes next."""
    await choose(pilot, "Done", within=pilot.app.screen.query_one(MultipleChoiceAnswer), by=by)


async def sort_picture(pilot: Pilot[None], pile: str, *, by: By = "keys") -> None:
    """Put the picture shown on the pile that says `pile`, and see the next picture."""
    await choose(pilot, pile, within=pilot.app.screen.query_one(PictureSortAnswer), by=by)


async def skip(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Skip the question."""
    await choose(pilot, "Skip", by=by)


async def dont_want_to_say(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Answer "I don't want to say"."""
    await choose(pilot, "I don't want to say", by=by)


async def dont_know(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Answer "I don't know"."""
    await choose(pilot, "I don't know", by=by)


async def go_back(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Go back to the question (or the picture) before."""
    await choose(pilot, "Back", by=by)


async def type_words(pilot: Pilot[None], words: str) -> None:
    """Type `words` into the answer box once it has the keys, and see them there."""
    box = pilot.app.screen.query_one(FreeTextAnswer).query_one(Input)
    await until(
        pilot, lambda: pilot.app.focused is box, failure="the answer box never had the keys"
    )
    before = box.value
    await pilot.press(*words)
    await until(pilot, lambda: box.value == before + words, failure=f"{words!r} never showed")


async def try_to_finish_typing(pilot: Pilot[None]) -> None:
    """Press Enter in the answer box; the kiosk may say the words will not do, and stay."""
    await pilot.press("enter")


async def finish_typing(pilot: Pilot[None]) -> None:
    """Press Enter in the answer box, and see what comes next."""
    before = place_now(pilot)
    await try_to_finish_typing(pilot)
    await moved_on(pilot, before, "pressing Enter in the answer box")


async def type_and_finish(pilot: Pilot[None], words: str) -> None:
    """Type `words` into the answer box, press Enter, and see what comes next."""
    await type_words(pilot, words)
    await finish_typing(pilot)


async def ask_for_help(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Press "I need help", and see who to talk to."""
    await choose(pilot, "I need help", by=by)
    await until_screen(pilot, HelpScreen)


async def back_from_help(pilot: Pilot[None], *, by: By = "keys") -> None:
    """Go back from the help to where you were."""
    await choose(pilot, "Back to my question", by=by)


async def tell_who_answered(pilot: Pilot[None], who: str) -> None:
    """Say who answered ("by myself"), and see the answers to check."""
    await choose(pilot, who, part=True)
    await until_screen(pilot, ReviewScreen)


async def change_answer(pilot: Pilot[None], question_words: str) -> None:
    """On the answers to check, choose the one whose question says `question_words`."""
    await choose(pilot, question_words, part=True)
    await until_screen(pilot, QuestionScreen)


async def send_answers(pilot: Pilot[None]) -> None:
    """Send the checked answers, and see what the kiosk shows next."""
    await choose(pilot, "Send my answers")
