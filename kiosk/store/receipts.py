"""Receipt codes packed into a small number when they have the usual ``K7M-2QX`` shape."""

from __future__ import annotations

import re

from surveys.response import RECEIPT_ALPHABET

SHAPE = re.compile(f"[{RECEIPT_ALPHABET}]{{3}}-[{RECEIPT_ALPHABET}]{{3}}")
BASE = len(RECEIPT_ALPHABET)


def pack_receipt(code: str) -> int | str:
    """The code as a number under 31**6 (4 bytes) if it has the usual shape, else as it is."""
    if not SHAPE.fullmatch(code):
        return code
    number = 0
    for letter in code.replace("-", ""):
        number = number * BASE + RECEIPT_ALPHABET.index(letter)
    return number


def unpack_receipt(packed: int | str) -> str:
    """The code `pack_receipt` packed; `ValueError` if it is neither a code nor a packed one."""
    if isinstance(packed, str):
        return packed
    if isinstance(packed, bool) or not isinstance(packed, int) or not 0 <= packed < BASE**6:
        raise ValueError("not a receipt code")
    letters = ""
    for _ in range(6):
        packed, digit = divmod(packed, BASE)
        letters = RECEIPT_ALPHABET[digit] + letters
    return f"{letters[:3]}-{letters[3:]}"
