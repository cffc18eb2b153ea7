"""The `keys/` folder inside a data folder: which keys this machine holds, and making them.

keys/organiser.pub   the organiser's public key (every kiosk)
keys/organiser.key   the organiser's private keys (only the organiser's machine), owner-only
keys/kiosk.key       this kiosk's signing key, owner-only
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.keys.errors import KeysError, KeysMissingError
from kiosk.keys.key_files import read_key_text
from kiosk.keys.pairs import KioskSigningKey, OrganiserKeyPair, OrganiserPublicKey
from kiosk.safe_files import remove_stale_temp_files, write_file_atomically

ORGANISER_PUBLIC_FILE = "organiser.pub"
ORGANISER_PRIVATE_FILE = "organiser.key"
KIOSK_SIGNING_FILE = "kiosk.key"
PRIVATE_MODE = 0o600
PUBLIC_MODE = 0o644

LOCAL_ORGANISER_NOTICE = (
    "A new organiser key was made on this kiosk because none was set up. "
    "Answers can be read on this computer only. To send them to your organiser, "
    "run 'sayso keys trust' with the organiser's public key file."
)


@dataclass(frozen=True)
class KioskKeys:
    """The keys a kiosk run needs, and anything staff should be told about them."""

    organiser: OrganiserPublicKey
    signing: KioskSigningKey
    notices: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class KeyFolder:
    """One `keys/` folder."""

    path: Path

    @classmethod
    def of(cls, data_dir: Path) -> KeyFolder:
        """The keys folder inside `data_dir`."""
        return cls(data_dir / "keys")

    def organiser_public(self) -> OrganiserPublicKey | None:
        """The organiser this kiosk seals answers to, if one is set up."""
        text = self._read(ORGANISER_PUBLIC_FILE)
        return None if text is None else OrganiserPublicKey.from_text(text)

    def organiser_private(self) -> OrganiserKeyPair | None:
        """The organiser's private keys, if this machine is the organiser's."""
        text = self._read(ORGANISER_PRIVATE_FILE)
        return None if text is None else OrganiserKeyPair.from_text(text)

    def kiosk_signing(self) -> KioskSigningKey | None:
        """This kiosk's signing key, if it has one yet."""
        text = self._read(KIOSK_SIGNING_FILE)
        return None if text is None else KioskSigningKey.from_text(text)

    def save_organiser_public(self, key: OrganiserPublicKey) -> None:
        """Make `key` the organiser this kiosk seals answers to."""
        self._write(ORGANISER_PUBLIC_FILE, key.to_text(), PUBLIC_MODE)

    def save_organiser_pair(self, pair: OrganiserKeyPair) -> None:
        """Keep an organiser's private keys (owner-only) and its public key."""
        self._write(ORGANISER_PRIVATE_FILE, pair.to_text(), PRIVATE_MODE)
        self.save_organiser_public(pair.public)

    def save_kiosk_signing(self, key: KioskSigningKey) -> None:
        """Keep this kiosk's signing key (owner-only)."""
        self._write(KIOSK_SIGNING_FILE, key.to_text(), PRIVATE_MODE)

    def file(self, name: str) -> Path:
        """The path of one key file."""
        return self.path / name

    def _read(self, name: str) -> str | None:
        try:
            return read_key_text(self.path / name, f"{name} (in the keys folder)")
        except FileNotFoundError:
            return None

    def _write(self, name: str, text: str, mode: int) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if os.name != "nt":
                os.chmod(self.path, 0o700)
            write_file_atomically(self.path / name, text.encode("ascii"), mode)
        except OSError as error:
            raise KeysError(f"The key file {name} cannot be written ({_why(error)}).") from None


def _why(error: Exception) -> str:
    return getattr(error, "strerror", None) or error.__class__.__name__


def prepare_kiosk_keys(data_dir: Path) -> KioskKeys:
    """The keys a kiosk needs, making a local organiser pair and a kiosk key when missing."""
    folder = KeyFolder.of(data_dir)
    for name in (ORGANISER_PUBLIC_FILE, ORGANISER_PRIVATE_FILE, KIOSK_SIGNING_FILE):
        remove_stale_temp_files(folder.file(name))
    notices: list[str] = []
    organiser = folder.organiser_public()
    if organiser is None:
        pair = OrganiserKeyPair.generate()
        folder.save_organiser_pair(pair)
        organiser = pair.public
        notices.append(LOCAL_ORGANISER_NOTICE)
    signing = folder.kiosk_signing()
    if signing is None:
        signing = KioskSigningKey.generate()
        folder.save_kiosk_signing(signing)
    return KioskKeys(organiser=organiser, signing=signing, notices=tuple(notices))


def organiser_private_key(data_dir: Path) -> OrganiserKeyPair:
    """The organiser's private keys on this machine; `KeysMissingError` if they are not here."""
    pair = KeyFolder.of(data_dir).organiser_private()
    if pair is None:
        raise KeysMissingError(
            "This computer does not hold the organiser's private key, so it cannot read the "
            "answers. Read them on the organiser's computer, or copy the key file there.",
            title="The organiser key is not here",
        )
    return pair


def make_organiser_keys(keys_dir: Path) -> OrganiserKeyPair:
    """A new organiser key pair saved in `keys_dir`; refuses to replace one already there."""
    folder = KeyFolder(keys_dir)
    if folder.file(ORGANISER_PRIVATE_FILE).exists():
        raise KeysError(
            "There is already an organiser key in that folder. Answers sealed to it would be "
            "lost if it were replaced, so it was left alone.",
            title="An organiser key is already there",
        )
    pair = OrganiserKeyPair.generate()
    folder.save_organiser_pair(pair)
    return pair


def trust_organiser(data_dir: Path, public_key_file: Path) -> OrganiserPublicKey:
    """Make the organiser whose public key is in `public_key_file` the one this kiosk seals to."""
    try:
        text = read_key_text(public_key_file, str(public_key_file))
    except FileNotFoundError:
        raise KeysError(f"There is no key file at {public_key_file}.") from None
    key = OrganiserPublicKey.from_text(text)
    KeyFolder.of(data_dir).save_organiser_public(key)
    return key
