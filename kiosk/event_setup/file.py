"""The event setup file in the data folder: read and checked, or written in one step."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.event_setup.choices import EventSetup
from kiosk.event_setup.errors import EventSetupError
from kiosk.safe_files import write_file_atomically
from surveys.ordinary_files import FileTooBig, NotOrdinaryFile, read_ordinary_file

SETUP_FILE = "event-setup.json"
MAX_SETUP_BYTES = 64_000
"""A settings file is a few hundred bytes; anything past 64 kB is not one."""
USUAL = "Say So uses the usual settings until staff save new ones in staff mode (Settings)."


@dataclass(frozen=True)
class SetupRead:
    """The setup as read, and plain words for staff when the file had a problem."""

    setup: EventSetup
    problem: str | None = None


def setup_path(data_dir: Path) -> Path:
    """Where the event setup is kept."""
    return data_dir / SETUP_FILE


def read_setup(data_dir: Path) -> SetupRead:
    """The stored setup, checked; never raises (a bad file gives the defaults and a message).

    A file exactly as `save_setup` wrote it was checked before it was saved, and is read
    without pydantic so the kiosk's first paint does not wait for it.
    """
    path = setup_path(data_dir)
    try:
        data = read_ordinary_file(path, MAX_SETUP_BYTES)
    except FileNotFoundError:
        return SetupRead(EventSetup())
    except NotOrdinaryFile:
        return SetupRead(EventSetup(), f"The settings file is not an ordinary file. {USUAL}")
    except FileTooBig:
        too_big = f"is larger than {MAX_SETUP_BYTES // 1000} kB, so it is not a settings file"
        return SetupRead(EventSetup(), f"The settings file {too_big}. {USUAL}")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return SetupRead(EventSetup(), f"The settings file could not be read ({reason}). {USUAL}")
    try:
        values = json.loads(data.decode("utf-8"))
    except ValueError:
        return SetupRead(EventSetup(), f"The settings file is damaged (it is not JSON). {USUAL}")
    if not isinstance(values, dict):
        return SetupRead(EventSetup(), f"The settings file holds no settings. {USUAL}")
    settings = values.get("settings", values)
    if isinstance(settings, dict) and values.get("checked") == _fingerprint(settings):
        try:
            return SetupRead(EventSetup(**settings))  # as Say So saved it, already checked
        except TypeError:
            pass
    # Start-up seam: pydantic, 190 ms, only for a file changed since Say So saved it.
    from kiosk.event_setup.checking import bad_values_message, check_setup

    setup, bad = check_setup(settings)
    return SetupRead(setup, bad_values_message(bad) if bad else None)


def save_setup(data_dir: Path, setup: EventSetup) -> None:
    """Keep `setup`, checked, replacing the file in one step; `EventSetupError` if not."""
    # Staff seam: the same checks (pydantic), 130-160 ms (python -X importtime), loaded only
    # when staff save a setup.
    from kiosk.event_setup.checking import bad_values_words, check_setup

    _, bad = check_setup(setup.to_json())
    if bad:
        raise EventSetupError(f"Nothing was saved: {bad_values_words(bad)}.")
    settings = setup.to_json()
    saved = {"settings": settings, "checked": _fingerprint(settings)}
    data = json.dumps(saved, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        write_file_atomically(setup_path(data_dir), data, 0o600)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise EventSetupError(
            f"The settings could not be saved ({reason}). Nothing was changed. "
            "Check the disk has space, then try again."
        ) from None


def _fingerprint(settings: dict[str, object]) -> str:
    """Changes whenever a value does, so a hand-edited file is checked in full."""
    text = json.dumps(settings, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()
