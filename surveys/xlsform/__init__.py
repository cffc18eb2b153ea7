"""XLSForm spreadsheets (ODK, KoboToolbox, SurveyCTO) as Say So survey files.

Pure: pyxform reads the spreadsheet, this package maps what Say So can ask and notes,
with sheet and row, everything it shows differently or leaves out. Nothing is dropped
without a note, and the survey file it writes loads like any other.

    conversion = convert_xlsform(Path("form.xlsx"))
    Path("form.yaml").write_text(conversion.text)
"""

from __future__ import annotations

from surveys.xlsform.convert import Conversion, convert_xlsform
from surveys.xlsform.errors import XLSFormError
from surveys.xlsform.notes import ConversionNote

__all__ = ["Conversion", "ConversionNote", "XLSFormError", "convert_xlsform"]
