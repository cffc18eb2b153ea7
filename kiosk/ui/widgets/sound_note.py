"""The small note a participant sees when read aloud is on but sound is not working."""

from __future__ import annotations

from textual.widgets import Static


class SoundNote(Static):
    """A strip across the top: sound is not working, please tell staff."""

    DEFAULT_CSS = """
    SoundNote {
        dock: top; width: 1fr; height: 1; text-align: center;
        background: $banner-background; color: $banner-text;
    }
    """
