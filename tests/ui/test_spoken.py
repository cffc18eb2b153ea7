"""What a listener hears on each screen: the words, each answer with its key, and what is chosen."""

from __future__ import annotations

from collections.abc import Callable

from accessibility.speaker import RecordingSpeaker
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.still_there import StillThereScreen
from tests.ui.helpers import SIZE, start, until, until_screen
from tests.ui.steps import answer, tell_who_answered, type_and_finish

CONTROLS = "Press R to hear it again, B to go back, and H if you need help."


async def said_after(pilot: object, speaker: RecordingSpeaker, *keys: str) -> list[str]:
    """Everything said while `keys` were pressed."""
    before = len(speaker.spoken)
    await pilot.press(*keys)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    return speaker.spoken[before:]


async def test_the_attract_screen_speaks_once_at_the_first_key(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        assert speaker.spoken == []  # nothing by itself, at a noisy event
        await pilot.press("x")
        assert speaker.spoken == [
            "Hello!\nMy school and my support\nPress Space to start.\n"
            "Press 1 for English. Press 2 for Cymraeg.\nPress C for I have a code."
        ]
        await pilot.press("x", "q")
        assert len(speaker.spoken) == 1  # never again for this participant
        await pilot.press("r")
        assert len(speaker.spoken) == 2  # unless asked


async def test_who_are_you_and_how_to_answer_are_spoken_in_full(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await until(pilot, lambda: bool(speaker.spoken))
        assert speaker.spoken[-1] == (
            "Who are you?\nPress 1 for I am a young person. "
            "Press 2 for I am a parent or carer. Press 3 for Someone else."
        )
        await pilot.press("1")
        heard = speaker.spoken[-1]
        assert heard.startswith("How do you like to answer?\nChoose as many as you like.")
        assert "Press 1 for Read it to me: On. Press 2 for Read it slower: Off." in heard
        assert heard.endswith("Press 0 for Next.")
        assert await said_after(pilot, speaker, "1") == ["Read it to me: Off"]
        assert await said_after(pilot, speaker, "3") == []  # read aloud is off now
        assert await said_after(pilot, speaker, "1") == ["Read it to me: On"]


async def test_questions_are_said_with_their_answers_keys_and_the_controls_once(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await until(pilot, lambda: speaker.spoken[-1].startswith("Question 1"))
        assert speaker.spoken[-1] == (
            "Question 1.\nHow do you feel about school?\n"
            "Press 1 for Very sad. Press 2 for Sad. Press 3 for OK. Press 4 for Happy. "
            "Press 5 for Very happy. Press S for Skip. Press N for I don't want to say.\n"
            + CONTROLS
        )
        heard = await said_after(pilot, speaker, "1")
        assert heard[-1].startswith("Question 2.\nWhat makes school hard?")
        assert "Press 1 for It is too noisy. " in heard[-1]
        assert "Press 0 for Done." in heard[-1]
        assert CONTROLS not in heard[-1]  # once for each participant
        assert await said_after(pilot, speaker, "1") == ["It is too noisy: chosen"]
        assert await said_after(pilot, speaker, "1") == ["It is too noisy: not chosen"]
        await pilot.press("1")
        heard = await said_after(pilot, speaker, "tab", "tab")  # I need help, then the answer
        assert heard == [
            "I need help",
            "It is too noisy: chosen",
        ]  # focus says the button and its state
        heard = await said_after(pilot, speaker, "r")
        assert "Press 1 for It is too noisy: chosen." in heard[-1]


async def test_picture_sort_free_text_and_the_answers_list_are_spoken(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk()
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await answer(pilot, "feel_school", "Very happy")
        await answer(pilot, "get_help", "Yes")
        await answer(pilot, "who_helps", "A teacher")
        await until(pilot, lambda: "Picture 1 of 6: Art." in speaker.spoken[-1])
        assert (
            "Press 1 for I like it. Press 2 for Not sure. Press 3 for I don't like it."
            in (speaker.spoken[-1])
        )
        assert await said_after(pilot, speaker, "2") == ["Picture 2 of 6: Sport."]
        await answer(pilot, "like_doing", *["I like it"] * 5)  # the other pictures
        await answer(pilot, "listened", "3 stars")
        await until(pilot, lambda: "Type your answer, then press Enter." in speaker.spoken[-1])
        assert "Press" not in speaker.spoken[-1].replace("press Enter", "")  # keys type
        await type_and_finish(pilot, "hi")
        await tell_who_answered(pilot, "by myself")
        await until(pilot, lambda: speaker.spoken[-1].startswith("Check your answers"))
        heard = speaker.spoken[-1]
        assert "Press 1 for How do you feel about school? Very happy." in heard
        assert "Press 6 for What is 1 thing you would change at school? hi." in heard
        assert heard.endswith("Press 0 for Send my answers.")


async def test_are_you_still_there_is_spoken(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker
) -> None:
    app = kiosk(idle_seconds=1.5, still_there_seconds=5.0)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await until_screen(pilot, StillThereScreen)
        await until(pilot, lambda: speaker.spoken[-1].startswith("Are you still there?"))
        assert "press any key to carry on" in speaker.spoken[-1]
        await pilot.press("x")
        await until_screen(pilot, QuestionScreen)
