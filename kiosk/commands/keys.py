"""Placeholder until this command is built."""

from kiosk.commands.later import _not_yet

keys_command = _not_yet("keys", "keys")
