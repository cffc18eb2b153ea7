"""Show findings to people (grouped by file, in plain words) or to tools (JSON)."""

from __future__ import annotations

import json
from itertools import groupby

from accessibility.easyread.findings import Finding, Severity, fails
from surveys.characters import shown_safely

SHOWN_TEXT = 90


def text_report(files: list[str], findings: list[Finding], fail_on: Severity) -> str:
    """A listing for staff who are not technical: each file, each problem, and a summary."""
    blocks = []
    for file in files:
        mine = [f for f in findings if f.file == file]
        blocks.append(_file_block(file, mine))
    blocks.append(summary_line(files, findings, fail_on))
    return shown_safely("\n\n".join(blocks))


def _file_block(file: str, findings: list[Finding]) -> str:
    if not findings:
        return f"{file}: no problems found."
    lines = [f"{file}: {_count(len(findings), 'problem')}"]
    for text, group in groupby(findings, key=lambda f: f.text):
        sentence = list(group)
        first_line = sentence[0].line
        lines.append("")
        lines.append(f"  {_where(first_line)}{_quoted(text)}")
        for finding in sentence:
            label = "Error" if finding.severity is Severity.ERROR else "Warning"
            if finding.line != first_line and finding.line is not None:
                label += f" (line {finding.line})"
            if _show_language(finding.language):
                label += f" [{finding.language}]"
            lines.append(f"    {label}: {finding.message}")
            lines.append(f"      {finding.suggestion}  ({finding.rule})")
    return "\n".join(lines)


def _where(line: int | None) -> str:
    return f"line {line}: " if line is not None else ""


def _quoted(text: str) -> str:
    if not text:
        return ""
    shown = text if len(text) <= SHOWN_TEXT else text[: SHOWN_TEXT - 1].rstrip() + "…"
    return f"“{shown}”"


def _show_language(language: str | None) -> bool:
    return language is not None and not language.lower().startswith("en")


def summary_line(files: list[str], findings: list[Finding], fail_on: Severity) -> str:
    """One line that says how the check went."""
    checked = f"Checked {_count(len(files), 'file')}."
    if not findings:
        return f"{checked} No easy-read problems found."
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    with_problems = len({f.file for f in findings})
    found = (
        f"{checked} Found {_count(errors, 'error')} and {_count(warnings, 'warning')} "
        f"in {_count(with_problems, 'file')}."
    )
    if not fails(findings, fail_on):
        found += " Only warnings: the check passes (it fails on errors only)."
    return found


def json_report(files: list[str], findings: list[Finding], fail_on: Severity) -> str:
    """Every finding and a summary, as JSON for other tools."""
    errors = sum(f.severity is Severity.ERROR for f in findings)
    summary = {
        "files": len(files),
        "errors": errors,
        "warnings": len(findings) - errors,
        "fail_on": str(fail_on),
        "passed": not fails(findings, fail_on),
    }
    document = {"findings": [f.as_dict() for f in findings], "summary": summary}
    return _escape_c1(json.dumps(document, indent=2, ensure_ascii=False))


def _escape_c1(text: str) -> str:
    """JSON escapes C0 control characters itself; C1 ones (only ever inside strings) too."""
    return "".join(f"\\u{ord(c):04x}" if 0x7F <= ord(c) <= 0x9F else c for c in text)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
