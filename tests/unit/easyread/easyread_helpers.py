"""Small helpers for the easy-read tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from accessibility.easyread import Finding, JargonList, LintSettings, check_text_source


def lint(
    text: str, markdown: bool = False, jargon: JargonList | None = None, **limits: Any
) -> list[Finding]:
    """The findings for `text`, checked as a file called 'text.txt' (or 'text.md')."""
    settings = replace(LintSettings(), **limits)
    if jargon is not None:
        settings = replace(settings, jargon=jargon)
    name = "text.md" if markdown else "text.txt"
    return check_text_source(text, name, settings, markdown=markdown)


def where(findings: list[Finding]) -> list[tuple[str, int | None, int | None]]:
    """Each finding as (rule, line, column)."""
    return [(f.rule, f.line, f.column) for f in findings]
