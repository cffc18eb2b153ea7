"""Languages, and survey words that look like markup."""

from __future__ import annotations

from collections.abc import Callable

from accessibility.speaker import RecordingSpeaker
from kiosk.store import MemoryStore
from kiosk.ui.app import KioskApp
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.profile import ProfileScreen
from kiosk.ui.screens.question import QuestionScreen
from kiosk.ui.screens.who_answered import WhoAnsweredScreen
from tests.ui.buttons import choose
from tests.ui.helpers import SIZE, fixture_survey, until, until_screen, visible_text
from tests.ui.steps import answer, at_question, tell_who_answered


async def test_language_choice_carries_through_the_survey(
    kiosk: Callable[..., KioskApp], speaker: RecordingSpeaker, store: MemoryStore
) -> None:
    app = kiosk(fixture_survey("bilingual"), thanks_seconds=30)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "English" in visible_text(app)
        assert "Cymraeg" in visible_text(app)
        await pilot.press("tab")  # the first key says how to start, in each language's name
        assert "Press 2 for Cymraeg." in speaker.spoken[-1]
        await pilot.press("tab", "tab", "tab")
        assert (speaker.spoken[-1], speaker.languages[-1]) == ("Cymraeg", "cy")
        await choose(pilot, "Cymraeg")
        await until_screen(pilot, AudienceScreen)
        assert "Pwy wyt ti?" in visible_text(app)
        await choose(pilot, "Person ifanc", part=True)
        await until_screen(pilot, ProfileScreen)
        await choose(pilot, "Nesaf")  # read aloud is on already
        await until(pilot, lambda: "Ydy hynny'n iawn?" in visible_text(app))
        await choose(pilot, "Ie")
        await at_question(pilot, "like_club")
        text = visible_text(app)
        assert "Wyt ti'n hoffi'r clwb?" in text
        assert "Yn ôl" not in text
        assert "Ie" in text
        await until(pilot, lambda: speaker.spoken[-1].startswith("Cwestiwn 1.\n"))
        assert speaker.languages[-1] == "cy"
        await answer(pilot, "like_club", "Ie")
        await answer(pilot, "best", "Gemau")
        await until_screen(pilot, WhoAnsweredScreen)
        await tell_who_answered(pilot, "Fi ar fy mhen fy hun")
        await choose(pilot, "Anfon fy atebion")
        await until(pilot, lambda: "Diolch!" in visible_text(app))
    [response] = store.responses
    assert response.language == "cy"


async def test_survey_words_are_never_markup(kiosk: Callable[..., KioskApp]) -> None:
    app = kiosk(fixture_survey("markup"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "[b]Bold title[/b]" in visible_text(app)
        await pilot.press("space")
        assert isinstance(app.screen, AudienceScreen)
        assert "[@click=app.quit]Quit[/]" in visible_text(app)
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        await pilot.press("0")
        assert "[red]Is that OK?[/red]" in visible_text(app)
        await pilot.press("1")
        assert isinstance(app.screen, QuestionScreen)
        text = visible_text(app)
        for words in ("[@click=app.quit]Click me[/]", "[b]not bold[/b]", "[b]Bold[/b]"):
            assert words in text
        await pilot.click("ChoiceButton", offset=(30, 1))
        await pilot.click("Prompt")
        assert app.is_running
        await pilot.press("h")
        assert "[link=https://example.org]Help[/link]" in visible_text(app)
