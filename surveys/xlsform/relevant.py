"""XLSForm `relevant` expressions as Say So show-if conditions, for the forms both can say.

Say So can say: ``${q} = 'x'``, ``${q} != 'x'``, ``selected(${q}, 'x')``, ``not(...)`` of
those, ``${q} != ''`` (answered), ``and`` between any of them, and ``or`` between tests of
one question. Anything else raises `Unexpressible` with a reason in plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

Condition = dict[str, Any]
TOKEN = re.compile(
    r"\s*(?:(?P<ref>\$\{[^}]+\}|\.\./[A-Za-z_][\w.-]*)|(?P<text>'[^']*'|\"[^\"]*\")|(?P<number>-?\d+(?:\.\d+)?)"
    r"|(?P<op>!=|=|\(|\)|,)|(?P<word>[A-Za-z_][\w:-]*)|(?P<other>\S+))"
)


class Unexpressible(Exception):
    """A relevant expression Say So's show-if cannot say; the message says which part."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def parse_relevant(expression: str) -> list[Condition]:
    """The show-if conditions (all must hold) that say the same as `expression`."""
    parser = _Parser(_tokens(expression))
    conditions = parser.any_of()
    if parser.peek() is not None:
        raise Unexpressible(f"Say So cannot follow '{parser.peek_text()}' in a show-if.")
    return conditions


def _tokens(expression: str) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(expression):
        kind = match.lastgroup or "other"
        tokens.append(Token(kind, match.group(kind)))
    return tokens


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def peek_text(self) -> str:
        token = self.peek()
        return token.text if token else "the end"

    def take(self, kind: str, text: str | None = None) -> Token:
        token = self.peek()
        if token is None or token.kind != kind or (text is not None and token.text != text):
            raise Unexpressible(f"Say So cannot follow '{self.peek_text()}' in a show-if.")
        self.at += 1
        return token

    def taking(self, kind: str, text: str) -> bool:
        token = self.peek()
        if token is not None and token.kind == kind and token.text == text:
            self.at += 1
            return True
        return False

    def any_of(self) -> list[Condition]:
        parts = [self.all_of()]
        while self.taking("word", "or"):
            parts.append(self.all_of())
        return parts[0] if len(parts) == 1 else _joined_or(parts)

    def all_of(self) -> list[Condition]:
        conditions = self.test()
        while self.taking("word", "and"):
            conditions = conditions + self.test()
        return conditions

    def test(self) -> list[Condition]:
        if self.taking("word", "not"):
            self.take("op", "(")
            inner = self.any_of()
            self.take("op", ")")
            if len(inner) != 1:
                raise Unexpressible("Say So cannot say not(...) around more than one test.")
            return [_negated(inner[0])]
        if self.taking("op", "("):
            inner = self.any_of()
            self.take("op", ")")
            return inner
        if self.taking("word", "selected"):
            self.take("op", "(")
            question = _name(self.take("ref"))
            self.take("op", ",")
            value = _value(self.take_value())
            self.take("op", ")")
            return [{"question": question, "any_of": [value]}]
        question = _name(self.take("ref"))
        operator = self.take("op").text
        if operator not in ("=", "!="):
            raise Unexpressible(f"Say So cannot follow '{operator}' in a show-if.")
        value = _value(self.take_value())
        if value == "":
            return [{"question": question, "answered": operator == "!="}]
        if operator == "=":
            return [{"question": question, "equals": value}]
        return [{"question": question, "none_of": [value]}]

    def take_value(self) -> Token:
        token = self.peek()
        if token is None or token.kind not in ("text", "number"):
            raise Unexpressible(
                f"Say So can only compare an answer with a fixed value, not '{self.peek_text()}'."
            )
        self.at += 1
        return token


def _name(token: Token) -> str:
    """`q` from `${q}`, or from `../q` (as pyxform writes for an "or other" question)."""
    if token.text.startswith("../"):
        return token.text[3:]
    return token.text[2:-1].strip()


def _value(token: Token) -> str | int:
    if token.kind == "text":
        return token.text[1:-1]
    if "." in token.text:
        raise Unexpressible(f"Say So cannot compare with the number {token.text}.")
    return int(token.text)


def _negated(condition: Condition) -> Condition:
    question = condition["question"]
    if "answered" in condition:
        return {"question": question, "answered": not condition["answered"]}
    if "equals" in condition:
        return {"question": question, "none_of": [condition["equals"]]}
    if "any_of" in condition:
        return {"question": question, "none_of": condition["any_of"]}
    return {"question": question, "any_of": condition["none_of"]}


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _joined_or(parts: list[list[Condition]]) -> list[Condition]:
    """`a or b` where each side is one positive test of the same question."""
    if any(len(part) != 1 for part in parts):
        raise Unexpressible("Say So can only join tests with 'or' when each is about one answer.")
    tests = [part[0] for part in parts]
    questions = {test["question"] for test in tests}
    if len(questions) != 1 or any("equals" not in t and "any_of" not in t for t in tests):
        raise Unexpressible("Say So can only join tests of the same question with 'or'.")
    values = [v for t in tests for v in _listed(t.get("equals", t.get("any_of")))]
    return [{"question": questions.pop(), "any_of": list(dict.fromkeys(values))}]
