"""Options every command shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kiosk.paths import default_data_dir
from surveys.characters import control_characters, is_half_character

F = TypeVar("F", bound=Callable[..., Any])


def data_dir_option(function: F) -> F:
    """`--data-dir DIR`, defaulting to the platform's user data folder."""
    decorator = click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=default_data_dir,
        show_default="the user data folder",
        help="Where Say So keeps its answers and keys.",
    )
    return decorator(function)


def event_option(function: F) -> F:
    """`--event NAME`, the event shown on the start screen; control characters are refused."""
    decorator = click.option(
        "--event",
        default=None,
        callback=_printable_event,
        help="The event name shown on the start screen.",
    )
    return decorator(function)


def _printable_event(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and next(control_characters(value, allowed=""), None) is not None:
        raise click.BadParameter("the event name cannot hold control characters such as ESC.")
    if value is not None and any(map(is_half_character, value)):  # bytes that are not text
        raise click.BadParameter("the event name is not plain text. Type it again in letters.")
    return value


def store_option(function: F) -> F:
    """`--store DIR` (an organiser folder) or `--store postgresql://...` (a shared database)."""
    decorator = click.option(
        "--store",
        "store",
        default=None,
        metavar="DIR|postgresql://...",
        help="Organiser folder (default: 'organiser' in the data folder), or a PostgreSQL URL.",
    )
    return decorator(function)
