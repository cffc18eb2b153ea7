"""Theme colours: every text and background pair is readable."""

from __future__ import annotations

import pytest

from accessibility.themes import CALM, DEFAULT, HIGH_CONTRAST, THEMES, contrast_ratio


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("pair", "colours"), HIGH_CONTRAST.text_pairs().items())
def test_high_contrast_is_at_least_seven_to_one(pair: str, colours: tuple[str, str]) -> None:
    assert contrast_ratio(*colours) >= 7.0, pair


@pytest.mark.parametrize("theme", [DEFAULT, CALM], ids=["default", "calm"])
def test_other_themes_are_at_least_four_and_a_half_to_one(theme: object) -> None:
    assert theme in THEMES.values()
    for pair, colours in theme.text_pairs().items():  # type: ignore[attr-defined]
        assert contrast_ratio(*colours) >= 4.5, pair


def test_every_theme_names_the_same_colours() -> None:
    names = {tuple(t.css_variables()) for t in THEMES.values()}
    assert len(names) == 1
