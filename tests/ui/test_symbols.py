"""Every symbol the kiosk draws keeps its button's borders straight."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll

from accessibility.symbol_width import steady_symbol, symbol_cells, symbol_problem
from kiosk.ui.options import FACE_SYMBOLS, PILE_SYMBOLS
from kiosk.ui.screens.profile import SWITCHES
from kiosk.ui.screens.who_answered import WHO
from kiosk.ui.textual_private import painted_lines
from kiosk.ui.themes import kiosk_themes, theme_name
from kiosk.ui.widgets.choice_button import ChoiceButton
from kiosk.ui.widgets.prompt import Prompt
from surveys.catalog import builtin_ids, load_builtin
from tests.ui.helpers import until


def drawn_symbols() -> list[str]:
    """Every symbol of the built-in surveys and the kiosk's own screens."""
    symbols = [*FACE_SYMBOLS.values(), *PILE_SYMBOLS.values()]
    symbols += [symbol for _, symbol in (*SWITCHES, *WHO)]
    for survey_id in builtin_ids():
        survey = load_builtin(survey_id)
        symbols += [survey.symbol or "", *(a.symbol or "" for a in survey.audiences)]
        for question in survey.questions:
            symbols.append(question.symbol or "")
            for option in [*getattr(question, "options", []), *getattr(question, "items", [])]:
                symbols.append(option.symbol or "")
    return sorted({s for s in symbols if s})


class Buttons(App[None]):
    """One button for each symbol, stacked, in the kiosk's colours."""

    def __init__(self) -> None:
        super().__init__()
        for theme in kiosk_themes():
            self.register_theme(theme)
        self.theme = theme_name("default")

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            for symbol in drawn_symbols():
                yield ChoiceButton("Words", key="1", symbol=symbol)


def test_every_symbol_is_one_character_of_one_width() -> None:
    for symbol in drawn_symbols():
        assert symbol_problem(symbol) is None, symbol
        assert cell_len(steady_symbol(symbol)) == symbol_cells(symbol), symbol


async def test_every_button_with_a_symbol_has_straight_borders() -> None:
    app = Buttons()
    async with app.run_test(size=(40, 3 * len(drawn_symbols()) + 2)) as pilot:
        await until(pilot, lambda: any("Words" in line for line in painted_lines(app.screen)))
        lines = [line for line in painted_lines(app.screen) if line.strip()]
        rights = {cell_len(line.rstrip()) for line in lines}
        assert len(rights) == 1, [line for line in lines if cell_len(line.rstrip()) != max(rights)]
        assert sum("Words" in line for line in lines) == len(drawn_symbols())


class Words(Buttons):
    """A prompt whose words hold joined emoji, as a survey author might write them."""

    def compose(self) -> ComposeResult:
        yield Prompt("Our teacher 🧑‍🏫 came too", "We all 🧑‍🤝‍🧑 went to the park", "🏫")


async def test_symbols_inside_the_words_are_drawn_as_one_character() -> None:
    app = Words()
    async with app.run_test(size=(60, 8)) as pilot:
        await until(pilot, lambda: any("teacher" in line for line in painted_lines(app.screen)))
        text = "\n".join(painted_lines(app.screen))
        assert "Our teacher 🧑 came too" in text
        assert "We all 👫 went to the park" in text
        assert "\u200d" not in text


class Labels(Buttons):
    """Answer buttons whose words hold joined emoji."""

    def compose(self) -> ComposeResult:
        yield ChoiceButton("With my teacher 🧑‍🏫", key="1", symbol="🏫")
        yield ChoiceButton("With my friends 🧑‍🤝‍🧑", key="2", symbol="🙂")


async def test_symbols_inside_button_words_keep_the_borders_straight() -> None:
    app = Labels()
    async with app.run_test(size=(40, 8)) as pilot:
        await until(pilot, lambda: any("teacher" in line for line in painted_lines(app.screen)))
        lines = [line for line in painted_lines(app.screen) if line.strip()]
        assert any("With my teacher 🧑" in line for line in lines)
        assert any("With my friends 👫" in line for line in lines)
        assert len({cell_len(line.rstrip()) for line in lines}) == 1, lines
