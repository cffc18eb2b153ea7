"""Easy-read checking: is this survey, or this text, easy to read?

Rules follow UK easy-read guidance: short sentences with one idea each, no
unexplained acronyms or SEND jargon, active voice, short everyday words, a low
reading age, numbers as digits, a picture for each question and short answers.
Pure Python: nothing here imports the kiosk or Textual.

    findings = check_file("my-survey.yaml", LintSettings(reading_age_target=9))
"""

from __future__ import annotations

from accessibility.easyread.errors import EasyReadError
from accessibility.easyread.files import check_file, check_text_source
from accessibility.easyread.findings import RULES, Finding, Rule, Severity, fails
from accessibility.easyread.jargon import JargonList, builtin_jargon, load_jargon
from accessibility.easyread.settings import LintSettings
from accessibility.easyread.survey_file import check_survey_source

__all__ = [
    "RULES",
    "EasyReadError",
    "Finding",
    "JargonList",
    "LintSettings",
    "Rule",
    "Severity",
    "builtin_jargon",
    "check_file",
    "check_survey_source",
    "check_text_source",
    "fails",
    "load_jargon",
]
