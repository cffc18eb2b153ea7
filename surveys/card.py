"""A survey's start card: what the attract screen shows, known before the survey is loaded.

The kiosk remembers the card of a survey it has checked, so the next start can paint the
attract screen at once and load the whole survey (pydantic, YAML) while people look at it.
No pydantic and no YAML here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from surveys.characters import control_characters, is_half_character

if TYPE_CHECKING:
    from surveys.model import Survey


@dataclass(frozen=True)
class SurveyCard:
    """The survey's title, introduction, symbol, languages (main language first) and picture."""

    title: str
    intro: str
    symbol: str | None
    languages: tuple[str, ...]
    picture: str | None = None
    """The survey's own `picture:` file name, shown beside its title."""

    @property
    def language(self) -> str:
        """The survey's main language."""
        return self.languages[0]

    @classmethod
    def of(cls, survey: Survey) -> SurveyCard:
        """The card of a loaded survey, in its main language."""
        return cls(
            title=survey.text(survey.title),
            intro=survey.text(survey.intro),
            symbol=survey.symbol,
            languages=tuple(survey.all_languages()),
            picture=survey.picture,
        )

    def to_json(self) -> dict[str, Any]:
        """The card as plain JSON values."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> SurveyCard | None:
        """The card read back from `to_json`, or None if `data` is not one."""
        if not isinstance(data, dict):
            return None
        title, intro, symbol = data.get("title"), data.get("intro"), data.get("symbol")
        languages, picture = data.get("languages"), data.get("picture")
        if not (isinstance(title, str) and isinstance(intro, str)):
            return None
        if not all(value is None or isinstance(value, str) for value in (symbol, picture)):
            return None
        if not (isinstance(languages, list) and languages):
            return None
        if not all(isinstance(code, str) for code in languages):
            return None
        if _cannot_be_shown(title, intro, symbol or "", picture or "", *languages):
            return None  # edited on disk: the kiosk loads and checks the survey itself instead
        return cls(title, intro, symbol, tuple(languages), picture)


def _cannot_be_shown(*texts: str) -> bool:
    """Whether any text holds a control character or half a character (neither can be shown)."""
    return any(
        next(control_characters(text), None) is not None or any(map(is_half_character, text))
        for text in texts
    )
