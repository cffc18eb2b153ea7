"""The error tree drawn in `surveys/errors.py` is the tree the code really has."""

from __future__ import annotations

import importlib
import pkgutil
import re

import surveys.errors
from accessibility.speech.worker_handle import SpeechWorkerLost
from surveys.errors import SaySoError

PACKAGES = ("surveys", "accessibility", "kiosk")
INDENT = 4  # each level of the drawing sits four characters further in
NAME = re.compile(r"[A-Z]\w*")


def import_every_module() -> None:
    """Import each module of the three packages, so every error class is defined."""
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)


def drawn_links() -> set[tuple[str, str]]:
    """Each (parent, child) pair the drawing in the root's module docstring shows."""
    doc = surveys.errors.__doc__ or ""
    lines = doc.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == SaySoError.__name__)
    margin = lines[start].index(SaySoError.__name__)
    parents: list[str] = []
    links: set[tuple[str, str]] = set()
    for line in lines[start:]:
        if not line.strip():
            break
        found = NAME.search(line, margin)
        assert found is not None, f"This line of the drawing names no error: {line!r}"
        depth = (found.start() - margin) // INDENT
        del parents[depth:]
        if parents:
            links.add((parents[-1], found.group()))
        parents.append(found.group())
    return links


def real_links() -> set[tuple[str, str]]:
    """Each (parent, child) pair among `SaySoError` and all its subclasses."""
    links: set[tuple[str, str]] = set()
    waiting: list[type[SaySoError]] = [SaySoError]
    while waiting:
        parent = waiting.pop()
        for child in parent.__subclasses__():
            links.add((parent.__name__, child.__name__))
            waiting.append(child)
    return links


def test_the_drawing_reads_as_a_tree() -> None:
    links = drawn_links()
    assert ("SaySoError", "SurveyError") in links
    assert ("KeysError", "KeysMissingError") in links


def test_the_drawn_error_tree_is_the_real_one() -> None:
    import_every_module()
    drawn, real = drawn_links(), real_links()
    not_drawn = sorted(f"{parent} -> {child}" for parent, child in real - drawn)
    not_real = sorted(f"{parent} -> {child}" for parent, child in drawn - real)
    assert (not_drawn, not_real) == ([], []), (
        "The tree drawn in surveys/errors.py differs from the code.\n"
        f"In the code but not drawn: {not_drawn}\n"
        f"Drawn but not in the code: {not_real}"
    )


def test_the_speech_restart_signal_is_not_an_error_a_person_sees() -> None:
    assert not issubclass(SpeechWorkerLost, SaySoError)
