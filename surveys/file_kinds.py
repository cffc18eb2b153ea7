"""What kind of text file is being read, so its error messages name it rightly.

Survey files and "you said, we did" files are read by the same careful reader; a person
fixing one must be told about the file they gave, not about some other kind of file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileKind:
    """The words the careful file reader uses for one kind of file."""

    name: str
    """What one such file is called, e.g. 'survey file'."""
    usual_size: str
    """How big such a file usually is, e.g. 'a survey is usually a few kilobytes'."""

    @property
    def plural(self) -> str:
        """What several such files are called."""
        return f"{self.name}s"


SURVEY_FILE = FileKind("survey file", "a survey is usually a few kilobytes")
