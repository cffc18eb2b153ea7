"""One participant's way through the kiosk, screen by screen, driven by the flow engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from kiosk.store import StoreError
from kiosk.ui.screens.audience import AudienceScreen
from kiosk.ui.screens.consent import ConsentScreen
from kiosk.ui.screens.problem import ProblemScreen
from kiosk.ui.screens.profile import ProfileScreen
from kiosk.ui.screens.question import AnswerGiven, Outcome, QuestionScreen, Skipped, WentBack
from kiosk.ui.screens.review import ReviewScreen
from kiosk.ui.screens.thanks import ThanksScreen
from kiosk.ui.screens.who_answered import WhoAnsweredScreen
from surveys.errors import AnswerError
from surveys.flow import Flow
from surveys.linked import survey_for_audience
from surveys.response import WhoAnswered, new_receipt_code

if TYPE_CHECKING:
    from textual.screen import Screen

    from kiosk.ui.host import JourneyHost

ResultT = TypeVar("ResultT")


class Journey:
    """Everything about the participant at the kiosk now; a new one for each participant."""

    def __init__(self, host: JourneyHost, language: str) -> None:
        self.host = host
        self.survey = host.survey
        self.language = language
        self.flow: Flow | None = None
        self.saved = False
        """Whether this participant's answers are in the store (the thank-you screen is next)."""

    async def show(self, screen: Screen[ResultT]) -> ResultT:
        """Show a screen until it is dismissed, with any speech from before stopped."""
        self.host.voice.stop()
        return await self.host.show_until_dismissed(screen)

    def _new_receipt(self) -> str:
        make = self.host.settings.new_receipt or new_receipt_code
        return make(self.host.store.has_receipt)

    async def run(self) -> None:
        """From choosing the audience to the thank-you screen (or back to the start)."""
        host = self.host
        host.begin_participant(self.language)
        audience = await self.show(AudienceScreen(host.survey, self.language))
        beside = host.settings.survey_dir
        self.survey, audience = survey_for_audience(host.survey, audience, beside)
        host.apply_profile(await self.show(ProfileScreen()))
        if not await self.show(ConsentScreen(self.survey, self.language)):
            return
        self.flow = Flow(self.survey, audience, self.language, host.voice.profile)
        await self._ask(self.flow)
        who: WhoAnswered = await self.show(WhoAnsweredScreen(self.language))
        while (question_id := await self.show(ReviewScreen(self.flow))) is not None:
            self.flow.edit(question_id)
            await self._ask(self.flow)
        await self._finish(self.flow, who)

    async def _ask(self, flow: Flow) -> None:
        """Ask the flow's questions on one question screen until the flow has no more."""
        help_text = self.survey.text(self.survey.help, self.language)
        screen = QuestionScreen(flow, help_text, self.host.settings.survey_dir)
        self.host.voice.stop()
        await self.host.show_screen(screen)
        problem: str | None = None
        while (step := flow.step) is not None:
            outcome = await (screen.ask(step) if problem is None else screen.ask_again(problem))
            problem = _hand_over(flow, outcome)
        await self.host.close_screen()

    async def _finish(self, flow: Flow, who: WhoAnswered) -> None:
        host = self.host
        host.end_participant()
        receipt = self._new_receipt()
        try:
            host.store.save(flow.finish(who, receipt))
        except StoreError:
            await self.show(ProblemScreen())
            return
        self.saved = True
        next_steps = self.survey.text(self.survey.next_steps, self.language)
        await self.show(ThanksScreen(receipt, next_steps, host.settings.timings.thanks_seconds))

    def keep_partial(self) -> bool:
        """Save the answers so far as an incomplete response, if the survey keeps them."""
        flow = self.flow
        if flow is None or self.survey.timeout.partial != "keep" or not flow.answers():
            return False
        receipt = self._new_receipt()
        try:
            self.host.store.save(flow.finish(None, receipt, complete=False))
        except StoreError:
            return False
        self.saved = True
        return True


def _hand_over(flow: Flow, outcome: Outcome) -> str | None:
    """Tell the flow what the participant did; its objection in plain words, if it has one."""
    try:
        match outcome:
            case AnswerGiven(value):
                flow.answer(value)
            case Skipped(status):
                flow.skip(status)
            case WentBack():
                flow.back()
    except AnswerError as error:
        return error.message
    return None
