"""The kiosk themes from `accessibility.themes`, as Textual themes."""

from __future__ import annotations

from textual.theme import Theme

from accessibility.themes import THEMES, ThemeColours
from surveys.profiles import Colours


def theme_name(colours: Colours) -> str:
    """The Textual theme name for an access profile colour choice."""
    return f"sayso-{colours.replace('_', '-')}"


def textual_theme(colours: ThemeColours) -> Theme:
    """A Textual theme whose variables are exactly the checked colours."""
    return Theme(
        name=theme_name(colours.name),
        primary=colours.primary,
        foreground=colours.text,
        background=colours.background,
        surface=colours.surface,
        panel=colours.surface,
        error=colours.error_text,
        dark=colours.dark,
        variables=colours.css_variables(),
    )


def kiosk_themes() -> list[Theme]:
    """Every kiosk theme."""
    return [textual_theme(colours) for colours in THEMES.values()]
