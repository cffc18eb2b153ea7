"""Colour themes for the kiosk as plain colour definitions, with contrast checks.

Each theme names every colour pair the kiosk draws text with. `contrast_ratio` is the
WCAG 2 formula, so a theme can be checked without any user interface.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from surveys.profiles import Colours


@dataclass(frozen=True)
class ThemeColours:
    """The colours of one kiosk theme, as #RRGGBB."""

    name: Colours
    dark: bool
    background: str
    text: str
    muted_text: str
    surface: str
    choice_background: str
    choice_text: str
    choice_border: str
    focus_background: str
    focus_text: str
    focus_border: str
    chosen_background: str
    chosen_text: str
    banner_background: str
    banner_text: str
    error_text: str
    primary: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text colour, background colour) pair the kiosk shows."""
        return {
            "text": (self.text, self.background),
            "muted text": (self.muted_text, self.background),
            "text on surface": (self.text, self.surface),
            "choice": (self.choice_text, self.choice_background),
            "focused choice": (self.focus_text, self.focus_background),
            "chosen choice": (self.chosen_text, self.chosen_background),
            "banner": (self.banner_text, self.banner_background),
            "error": (self.error_text, self.background),
        }

    def css_variables(self) -> dict[str, str]:
        """The colours as CSS variable names, like ``choice-background``."""
        return {
            f.name.replace("_", "-"): getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("name", "dark")
        }


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour."""
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


DEFAULT = ThemeColours(
    name="default",
    dark=False,
    background="#FFFDF7",
    text="#1B1B2F",
    muted_text="#4A4A5E",
    surface="#F1ECFF",
    choice_background="#E3F0FF",
    choice_text="#0B1E3F",
    choice_border="#2F6DB5",
    focus_background="#1F4E99",
    focus_text="#FFFFFF",
    focus_border="#E8A400",
    chosen_background="#1D6B3A",
    chosen_text="#FFFFFF",
    banner_background="#6A1B9A",
    banner_text="#FFFFFF",
    error_text="#A3001B",
    primary="#1F4E99",
)

HIGH_CONTRAST = ThemeColours(
    name="high_contrast",
    dark=True,
    background="#000000",
    text="#FFFFFF",
    muted_text="#F0F0F0",
    surface="#000000",
    choice_background="#000000",
    choice_text="#FFFF00",
    choice_border="#FFFFFF",
    focus_background="#FFFF00",
    focus_text="#000000",
    focus_border="#00FFFF",
    chosen_background="#00FFFF",
    chosen_text="#000000",
    banner_background="#FFFFFF",
    banner_text="#000000",
    error_text="#FFB3B3",
    primary="#FFFF00",
)

CALM = ThemeColours(
    name="calm",
    dark=False,
    background="#EEF3EE",
    text="#243B35",
    muted_text="#3F5650",
    surface="#E2EBE4",
    choice_background="#DCE8E0",
    choice_text="#1E332D",
    choice_border="#7FA393",
    focus_background="#3D6B5C",
    focus_text="#FFFFFF",
    focus_border="#C9A45C",
    chosen_background="#5B4E7A",
    chosen_text="#FFFFFF",
    banner_background="#4E5F7A",
    banner_text="#FFFFFF",
    error_text="#8A2E2E",
    primary="#3D6B5C",
)

THEMES: dict[Colours, ThemeColours] = {t.name: t for t in (DEFAULT, HIGH_CONTRAST, CALM)}
