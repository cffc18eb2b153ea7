"""Every import inside a function says why it is there, in a comment just above it.

An import made inside a function is allowed at the start-up and command seams, where it
keeps a heavy library from slowing the first paint, and where a library must stay out of a
process. The comment says which: a cost measured with `python -X importtime`, a `seam`, or
`Inside:` and the reason (a cycle at the top, a module that exists on one platform only).
One comment above a run of imports, one straight after another, covers the whole run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kiosk", "accessibility", "surveys")
REASON = re.compile(r"importtime|Inside:|seam", re.IGNORECASE)
Import = ast.Import | ast.ImportFrom


def _is_type_checking(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", "")
    return name == "TYPE_CHECKING"


def _blocks(node: ast.AST) -> Iterator[list[ast.stmt]]:
    """The lists of statements directly inside `node` (an `if TYPE_CHECKING:` body left out)."""
    for field in ("body", "orelse", "finalbody"):
        statements = getattr(node, field, None)
        if isinstance(statements, list) and not (field == "body" and _is_type_checking(node)):
            yield statements
    for handler in getattr(node, "handlers", []):
        yield handler.body
    for case in getattr(node, "cases", []):
        yield case.body


def function_imports(node: ast.AST, in_function: bool = False) -> Iterator[tuple[Import, Import]]:
    """Each import inside a function, with the first import of the run it belongs to."""
    inside = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    for statements in _blocks(node):
        first: Import | None = None
        last_line = 0
        for statement in statements:
            if inside and isinstance(statement, Import):
                if first is None or statement.lineno != last_line + 1:
                    first = statement
                last_line = statement.end_lineno or statement.lineno
                yield statement, first
            else:
                first = None
                yield from function_imports(statement, inside)


def reason_given(lines: list[str], statement: Import, first: Import) -> bool:
    """Whether the comments above the run, or at the import's own end, say why it is inside."""
    comments = [lines[statement.lineno - 1], lines[(statement.end_lineno or 1) - 1]]
    above = first.lineno - 2
    while above >= 0 and lines[above].lstrip().startswith("#"):
        comments.append(lines[above])
        above -= 1
    return any("#" in line and REASON.search(line.split("#", 1)[1]) for line in comments)


def unexplained(source: str, path: str) -> list[str]:
    """`path:line module` for each import inside a function that gives no reason."""
    lines = source.splitlines()
    found = []
    for statement, first in function_imports(ast.parse(source)):
        if not reason_given(lines, statement, first):
            name = statement.names[0].name
            if isinstance(statement, ast.ImportFrom):
                name = "." * statement.level + (statement.module or "")
            found.append(f"{path}:{statement.lineno} {name}")
    return found


def test_an_import_without_a_reason_is_found() -> None:
    source = (
        "def run() -> None:\n"
        "    # Command seam: openpyxl, 180 ms (python -X importtime).\n"
        "    import openpyxl\n"
        "    from json import dumps\n"
        "\n"
        "    import csv\n"
        "    if TYPE_CHECKING:\n"
        "        import decimal\n"
        "    import fcntl  # Inside: only on POSIX.\n"
    )
    assert unexplained(source, "x.py") == ["x.py:6 csv"]


def test_every_import_inside_a_function_says_why() -> None:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found += unexplained(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "These imports inside functions give no reason:\n" + "\n".join(found)
