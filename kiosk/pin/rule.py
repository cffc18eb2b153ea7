"""What a staff PIN may be: 4 to 8 digits. The one place this rule is written."""

from __future__ import annotations

SHORTEST_PIN = 4
LONGEST_PIN = 8
PIN_CHARACTERS = r"[0-9]*"
"""What can be typed into a PIN box, as a pattern for the whole box."""
PIN_LENGTHS = f"{SHORTEST_PIN} to {LONGEST_PIN} numbers"
"""The rule in words, as prompts give it."""
PIN_RULE = f"A staff PIN is {PIN_LENGTHS}."


def is_valid_pin(pin: str) -> bool:
    """Whether `pin` may be a staff PIN: only the digits 0-9, 4 to 8 of them."""
    return pin.isascii() and pin.isdigit() and SHORTEST_PIN <= len(pin) <= LONGEST_PIN
