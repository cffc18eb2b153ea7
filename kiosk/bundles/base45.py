"""Base45 (RFC 9285): bytes as text that fits a QR code's alphanumeric mode."""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUES = {char: value for value, char in enumerate(ALPHABET)}


def encoded_length(byte_count: int) -> int:
    """How many Base45 characters `byte_count` bytes become."""
    return 3 * (byte_count // 2) + 2 * (byte_count % 2)


def b45encode(data: bytes) -> str:
    """Encode bytes as Base45 text."""
    out: list[str] = []
    for start in range(0, len(data) - 1, 2):
        value = data[start] * 256 + data[start + 1]
        value, c = divmod(value, 45)
        e, d = divmod(value, 45)
        out += (ALPHABET[c], ALPHABET[d], ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (ALPHABET[c], ALPHABET[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Decode Base45 text; raises ValueError if it is not valid Base45."""
    if len(text) % 3 == 1:
        raise ValueError("Base45 text has a stray character at the end")
    try:
        values = [_VALUES[char] for char in text]
    except KeyError:
        raise ValueError("Base45 text holds a character outside its alphabet") from None
    out = bytearray()
    for start in range(0, len(values), 3):
        group = values[start : start + 3]
        value = sum(digit * 45**place for place, digit in enumerate(group))
        if len(group) == 3:
            if value > 0xFFFF:
                raise ValueError("Base45 group is too large for two bytes")
            out += value.to_bytes(2, "big")
        else:
            if value > 0xFF:
                raise ValueError("Base45 group is too large for one byte")
            out.append(value)
    return bytes(out)
