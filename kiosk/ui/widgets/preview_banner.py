"""The banner shown in preview mode: nothing is saved."""

from __future__ import annotations

from textual.widgets import Static


class PreviewBanner(Static):
    """A strip across the top that says this is a preview."""

    DEFAULT_CSS = """
    PreviewBanner {
        dock: top; width: 1fr; height: 1; text-align: center; text-style: bold;
        background: $banner-background; color: $banner-text;
    }
    """
