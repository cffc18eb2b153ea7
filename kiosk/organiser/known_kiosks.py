"""The organiser's list of its own kiosks: once it holds one, bundles from others are refused.

`keys/known-kiosks.json` in the organiser's data folder maps each kiosk's fingerprint (as
`sayso keys show` prints it on the kiosk) to a name staff chose. With no list, any kiosk whose
answers are sealed to this organiser's key is taken, and the import summary names new kiosks.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kiosk.bundles.errors import BundleKioskError
from kiosk.keys import KeyFolder
from kiosk.keys.errors import KeysError
from kiosk.safe_files import write_file_atomically
from surveys.characters import control_characters

KNOWN_KIOSKS_FILE = "known-kiosks.json"
FINGERPRINT = re.compile(r"[0-9a-f]{4}(-[0-9a-f]{4}){3}")
LONGEST_NAME = 60
LARGEST_FILE = 1024 * 1024


class KnownKiosks:
    """The list in one data folder's keys folder; read afresh each time it is asked."""

    def __init__(self, data_dir: Path) -> None:
        self.path = KeyFolder.of(data_dir).file(KNOWN_KIOSKS_FILE)

    def names(self) -> dict[str, str]:
        """Fingerprint to name; empty when no list has been made."""
        try:
            if self.path.stat().st_size > LARGEST_FILE:
                raise self._damaged("it is far too big")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise self._damaged("it cannot be read") from None
        if not isinstance(data, dict) or not all(
            isinstance(k, str) and FINGERPRINT.fullmatch(k) and isinstance(v, str)
            for k, v in data.items()
        ):
            raise self._damaged("it is not a list of kiosk fingerprints and names")
        return dict(data)

    def add(self, fingerprint: str, name: str) -> None:
        """Put a kiosk on the list (or rename it); a `KeysError` if either is not usable."""
        fingerprint = fingerprint.strip().lower()
        if not FINGERPRINT.fullmatch(fingerprint):
            raise KeysError(
                f"'{fingerprint[:40]}' is not a kiosk fingerprint. Run 'sayso keys show' on the "
                "kiosk and copy the four groups after 'Kiosk signing key', such as 3f9a-21c4-8be0-77d2."
            )
        name = name.strip()
        if not name or len(name) > LONGEST_NAME or any(control_characters(name, allowed="")):
            raise KeysError(
                f"A kiosk name is 1 to {LONGEST_NAME} letters, on one line, such as 'Hall 1'. "
                "Please choose another name."
            )
        names = self.names() | {fingerprint: name}
        text = json.dumps(names, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        write_file_atomically(self.path, text.encode("utf-8"))

    def _damaged(self, why: str) -> KeysError:
        return KeysError(
            f"The list of kiosks ({self.path}) cannot be used: {why}. Nothing was imported. "
            "Move the file away and add your kiosks again with 'sayso keys kiosk'.",
            title="The list of kiosks is damaged",
        )


def refuse_unknown(names: dict[str, str], fingerprint: str) -> None:
    """Refuse a bundle from a kiosk that is not in `names`, once an organiser has a list."""
    if names and fingerprint not in names:
        raise BundleKioskError(
            f"This bundle comes from kiosk {fingerprint}, which is not on this organiser's "
            "list of kiosks. Nothing in it was used. If it is one of yours, add it with "
            f"'sayso keys kiosk {fingerprint} --name NAME' and import it again."
        )
