"""Placeholder until this command is built."""

from kiosk.commands.later import _not_yet

kiosk_command = _not_yet("kiosk", "kiosk")
preview_command = _not_yet("preview", "preview")
