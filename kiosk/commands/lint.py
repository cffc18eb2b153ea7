"""Placeholder until this command is built."""

from kiosk.commands.later import _not_yet

lint_command = _not_yet("lint", "lint")
