"""The words a report shows for a survey's questions and answers, from the survey file.

Without the survey file a report still works, showing the ids the answers were stored with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from surveys.model import Faces, PictureSort, Question, Rating, Survey

FACES = {
    3: ("Sad", "OK", "Happy"),
    5: ("Very sad", "Sad", "OK", "Happy", "Very happy"),
}
PILES = {"like": "Like", "not_sure": "Not sure", "dislike": "Don't like"}
STATUSES = {
    "skipped": "Skipped",
    "prefer_not_to_say": "Prefer not to say",
    "dont_know": "Don't know",
}
WHO = {"myself": "By myself", "with_help": "With help", "for_me": "Someone answered for me"}
NOT_ASKED = "Not asked"


@dataclass
class QuestionWords:
    """One question's text, kind and the words for each stored value, in display order."""

    id: str
    text: str
    kind: str
    values: dict[str, str] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)
    """Picture-sort items: id to words."""
    statuses: tuple[str, ...] = tuple(STATUSES)
    """The ways of not answering this question offers."""

    def value(self, stored: object) -> str:
        """The words for one stored value (an option id or a number)."""
        return self.values.get(str(stored), str(stored))


@dataclass
class SurveyWords:
    """A survey's title, audiences and questions, in the survey's order."""

    id: str
    title: str
    audiences: dict[str, str] = field(default_factory=dict)
    questions: dict[str, QuestionWords] = field(default_factory=dict)

    def question(self, question_id: str) -> QuestionWords:
        """A question's words; a question the file does not have gets its id as its text."""
        if question_id not in self.questions:
            self.questions[question_id] = QuestionWords(question_id, question_id, "unknown")
        return self.questions[question_id]


def survey_words(survey_id: str, survey: Survey | None) -> SurveyWords:
    """The words for `survey_id`, from its survey file when one is known."""
    if survey is None:
        return SurveyWords(survey_id, survey_id)
    audiences = {a.id: survey.text(a.text) for a in survey.audiences}
    words = SurveyWords(survey.id, survey.text(survey.title), audiences)
    for question in survey.questions:
        words.questions[question.id] = _question_words(survey, question)
    return words


def _question_words(survey: Survey, question: Question) -> QuestionWords:
    words = QuestionWords(question.id, survey.text(question.text), question.type)
    offered = (not question.required, question.prefer_not_to_say, question.dont_know)
    words.statuses = tuple(s for s, on in zip(STATUSES, offered, strict=True) if on)
    if isinstance(question, Faces):
        words.values = {str(n + 1): label for n, label in enumerate(FACES[question.scale])}
    elif isinstance(question, Rating):
        words.values = {str(n): f"{n} of {question.max}" for n in range(1, question.max + 1)}
    elif isinstance(question, PictureSort):
        words.items = {item.id: survey.text(item.text) for item in question.items}
    else:
        words.values = {o.id: survey.text(o.text) for o in question.choices()}
    return words
