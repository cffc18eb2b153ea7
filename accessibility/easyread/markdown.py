"""Markdown as plain prose: markup is blanked out with spaces so lines and columns stay put."""

from __future__ import annotations

import re

from accessibility.easyread.sentences import LIST_ITEM

FENCE = re.compile(r"^[ \t]*(```|~~~)")
HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=\s|$)")
UNDERLINE = re.compile(r"^[ \t]*(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$")
QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
INLINE = re.compile(
    r"!?\[(?=[^\]\n]*\]\()"  # the opening of a link or picture: [words](address)
    r"|\]\([^)\n]*\)"  # the middle and end of a link: ](address)
    r"|<[^<>\n]+>"  # HTML tags and <https://...> links
    r"|`[^`\n]*`"  # code
    r"|\*\*|__|(?<!\w)[*_]|[*_](?!\w)"  # bold and italic marks
)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def plain_markdown(source: str) -> tuple[str, list[int]]:
    """The prose of a Markdown text, the same length line by line, and where headings start.

    Headings stand alone as sentences, so the offsets of their lines are returned as breaks.
    """
    lines = source.splitlines(keepends=True)
    out: list[str] = []
    breaks: list[int] = []
    offset, in_code = 0, False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            in_code = not in_code
            out.append(_blank(line))
        elif in_code:
            out.append(_blank(line))
        elif UNDERLINE.match(line):
            if index > 0 and lines[index - 1].strip():
                breaks.append(offset - len(lines[index - 1]))
            out.append(_blank(line))
        else:
            heading = HEADING.match(line)
            if heading:
                breaks.append(offset)
                line = _blank(heading.group()) + line[heading.end() :]
            line = QUOTE.sub(lambda m: _blank(m.group()), line)
            marker = LIST_ITEM.match(line)
            keep = marker.end() if marker else 0  # a '*' bullet is not emphasis
            out.append(line[:keep] + INLINE.sub(lambda m: _blank(m.group()), line[keep:]))
        offset += len(line)
    return "".join(out), breaks
