"""Turn a position inside a text field back into a line and column of its YAML file."""

from __future__ import annotations

SEARCH_LINES = 400


class FieldPlacer:
    """Finds where words of one text field sit in the file, moving forward as it goes.

    A field's words are looked for from the line where its value starts; each later
    position is looked for after the one before. Words that cannot be found (say,
    written with YAML escapes) are placed at the start of the field.
    """

    def __init__(self, source_lines: list[str], line: int | None, column: int | None) -> None:
        self.lines = source_lines
        self.start = (line or 1, column or 1)
        self.cursor = (self.start[0] - 1, (self.start[1] or 1) - 1)

    def place(self, text: str, offset: int) -> tuple[int, int]:
        """The 1-based line and column in the file of `text[offset:]`."""
        rest = text[offset:].split("\n", 1)[0].strip()
        words = rest.split()
        for snippet in (rest[:40], " ".join(words[:2]), words[0] if words else ""):
            if snippet:
                found = self._find(snippet, text[:offset].count("\n"))
                if found is not None:
                    self.cursor = found
                    return found[0] + 1, found[1] + 1
        return self.start

    def _find(self, snippet: str, text_line: int) -> tuple[int, int] | None:
        first = max(self.cursor[0], self.start[0] - 1 + text_line)
        for index in range(first, min(len(self.lines), first + SEARCH_LINES)):
            begin = self.cursor[1] if index == self.cursor[0] else 0
            column = self.lines[index].find(snippet, begin)
            if column >= 0:
                return index, column
        return None
