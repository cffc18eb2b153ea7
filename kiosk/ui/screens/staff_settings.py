"""Settings: timeouts, the speech voice and speed, the colours, the help words, the first language.

Each is shown in plain words with its value; "Save" checks and keeps them. The colours and
the speech speed change at once; the rest when the kiosk screen starts again on leaving.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Select, Static

from accessibility.speech.voices import VoiceInfo, language_name
from kiosk.event_setup import EventSetup, EventSetupError, read_setup, save_setup
from kiosk.event_setup.choices import HELP_LENGTH, RATE_WORDS, THEME_WORDS, changes_for_log
from kiosk.event_setup.voices import installed_voices
from kiosk.staff_session import StaffSession
from kiosk.ui.screens.staff_page import STAFF_CSS, StaffPage

AT_ONCE = {"theme", "rate"}
"""Settings that change the moment they are saved; the rest wait for the screen to restart."""
AUTOMATIC = "automatic"


def _base(language: str) -> str:
    return language.lower().replace("_", "-").split("-", 1)[0]


class SettingsPage(StaffPage[None]):
    """Every setting with its value, changed by touch or keys, kept with Save."""

    AUTO_FOCUS = "#idle-seconds"
    DEFAULT_CSS = (
        STAFF_CSS.replace("StaffPage", "SettingsPage")
        + """
    SettingsPage RadioSet { width: auto; margin-bottom: 1; }
    SettingsPage RadioSet RadioButton { padding: 0 1; }
    SettingsPage Select { width: 60; margin-bottom: 1; }
    SettingsPage Input#help-text { width: 80; }
    """
    )

    def __init__(self, session: StaffSession) -> None:
        super().__init__(session)
        found = read_setup(session.data_dir) if session.data_dir is not None else None
        self.stored = found.setup if found is not None else EventSetup()
        self.problem = found.problem if found is not None else None
        self.languages = session.surveys[0].all_languages() if session.surveys else ["en"]

    def compose(self) -> ComposeResult:
        s = self.stored
        with VerticalScroll():
            yield Label("Settings", classes="heading")
            if self.problem:
                yield Static(self.problem, classes="notice", id="settings-problem", markup=False)
            yield Label(
                'Wait before "Are you still there?", in seconds (empty: the survey\'s own):'
            )
            yield Input(_number(s.idle_seconds), type="integer", id="idle-seconds")
            yield Label('How long "Are you still there?" waits, in seconds:')
            yield Input(_number(s.still_there_seconds), type="integer", id="still-there-seconds")
            yield Label("Colours every participant starts with (changes now):")
            yield _choices("theme", THEME_WORDS, s.theme)
            yield Label("Speech speed (changes now):")
            yield _choices("rate", RATE_WORDS, s.rate)
            yield Label("Speech voice:")
            yield Select(
                [("Automatic: the best voice for each language", AUTOMATIC)],
                value=AUTOMATIC,
                allow_blank=False,
                id="voice",
            )
            yield Label("Language offered first:")
            yield _choices(
                "first-language",
                {code: language_name(code) for code in self.languages},
                s.first_language or self.languages[0],
            )
            yield Label("Help words: who to talk to at this event (empty: the survey's own):")
            yield Input(s.help_text or "", max_length=HELP_LENGTH, id="help-text")
            yield Static("", id="settings-message", classes="notice", markup=False)
            with Horizontal():
                yield Button("Save", id="settings-save")
                yield Button("Back", id="back")

    def on_mount(self) -> None:
        self._find_voices()

    @work(thread=True, exclusive=True, exit_on_error=False, group="staff-voices")
    def _find_voices(self) -> None:
        bases = {_base(code) for code in self.languages}
        voices = [v for v in installed_voices() if any(_base(c) in bases for c in v.languages)]
        self.app.call_from_thread(self._show_voices, voices)

    def _show_voices(self, voices: list[VoiceInfo]) -> None:
        options = [("Automatic: the best voice for each language", AUTOMATIC)]
        options += [(f"{voice.name} ({voice.id})", voice.id) for voice in voices]
        known = {value for _, value in options}
        if self.stored.voice is not None and self.stored.voice not in known:
            options.append((f"{self.stored.voice} (not on this computer)", self.stored.voice))
        select: Select[str] = self.query_one("#voice", Select)
        select.set_options(options)
        select.value = self.stored.voice or AUTOMATIC

    def say(self, message: str) -> None:
        """Show a plain message above the buttons."""
        self.query_one("#settings-message", Static).update(message)

    def chosen(self) -> dict[str, object]:
        """The values on screen, as the settings file holds them."""
        voice = self.query_one("#voice", Select).value
        first = _pressed(self.query_one("#first-language", RadioSet))
        return {
            "idle_seconds": _whole(self.query_one("#idle-seconds", Input).value),
            "still_there_seconds": _whole(self.query_one("#still-there-seconds", Input).value),
            "theme": _pressed(self.query_one("#theme", RadioSet)),
            "rate": _pressed(self.query_one("#rate", RadioSet)),
            "voice": None if voice in (AUTOMATIC, Select.BLANK) else voice,
            "first_language": None if first == self.languages[0] else first,
            "help_text": self.query_one("#help-text", Input).value.strip() or None,
        }

    @on(Button.Pressed, "#settings-save")
    def _save(self) -> None:
        data_dir = self.session.data_dir
        if data_dir is None:
            self.say("This is a preview: nothing is kept.")
            return
        try:
            after = replace(self.stored, **self.chosen())  # type: ignore[arg-type]
            save_setup(data_dir, after)
        except EventSetupError as error:
            self.say(error.message)
            return
        changes = changes_for_log(self.stored, after)
        self.say(self._saved_words(set(changes)))
        if not changes:
            return
        self.session.record("settings", changed=changes)
        if self.session.apply_look is not None:
            self.session.apply_look(after.theme, after.rate)
        if set(changes) - AT_ONCE:
            self.session.restart = True
        self.stored = after

    def _saved_words(self, changed: set[str]) -> str:
        if not changed:
            return "Nothing has changed."
        if changed <= AT_ONCE:
            return "Saved. The change is in use now."
        return (
            "Saved. The colours and speech speed change now; the other changes start when "
            "you leave staff mode, as the kiosk screen starts again."
        )


def _choices(name: str, words: dict[str, str], current: str) -> RadioSet:
    buttons = [
        RadioButton(label, value=value == current, id=f"{name}-{value}", name=value)
        for value, label in words.items()
    ]
    return RadioSet(*buttons, id=name)


def _pressed(radios: RadioSet) -> str | None:
    button = radios.pressed_button
    return None if button is None else button.name


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _whole(text: str) -> int | str | None:
    """The number typed, or the text itself so the check names it as not a number."""
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text
