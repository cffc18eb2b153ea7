"""The error a spreadsheet that cannot be converted raises."""

from __future__ import annotations

from surveys.errors import SaySoError


class XLSFormError(SaySoError):
    """An XLSForm spreadsheet cannot be read or converted; the message names the sheet and row."""

    title = "This spreadsheet cannot be converted"
