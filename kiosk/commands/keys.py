"""`sayso keys`: make the organiser's keys, tell a kiosk which organiser to seal answers to."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.commands.options import data_dir_option
from kiosk.keys import KeyFolder, make_organiser_keys, trust_organiser
from kiosk.organiser.known_kiosks import KnownKiosks


@click.group("keys")
def keys_command() -> None:
    """Create and show organiser and kiosk keys."""


@keys_command.command("show")
@data_dir_option
def show(data_dir: Path) -> None:
    """Show which keys this computer holds (never the private keys themselves)."""
    folder = KeyFolder.of(data_dir)
    organiser = folder.organiser_public()
    private = folder.organiser_private()
    kiosk = folder.kiosk_signing()
    click.echo(f"Keys folder: {folder.path}")
    if organiser is None:
        click.echo("Organiser key: none yet (the kiosk makes a local one when it first starts)")
    else:
        click.echo(f"Organiser key: {organiser.key_id}")
    if private is None:
        click.echo("Organiser private key: not on this computer")
    else:
        match = organiser is not None and private.public == organiser
        note = "" if match else " (an older organiser key, for answers saved before)"
        click.echo(f"Organiser private key: {private.public.key_id}, on this computer{note}")
    kiosk_id = "none yet" if kiosk is None else kiosk.key_id
    click.echo(f"Kiosk signing key: {kiosk_id}")


@keys_command.command("organiser")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the new keys (default: the keys folder in the data folder).",
)
@data_dir_option
def organiser(out: Path | None, data_dir: Path) -> None:
    """Make an organiser key pair, for the organiser's own computer."""
    folder = KeyFolder(out) if out is not None else KeyFolder.of(data_dir)
    pair = make_organiser_keys(folder.path)
    click.echo(f"Made organiser key {pair.public.key_id}.")
    click.echo(f"Keep {folder.file('organiser.key')} private: it opens every answer.")
    click.echo(
        f"Copy {folder.file('organiser.pub')} to each kiosk and run "
        "'sayso keys trust organiser.pub' there."
    )


@keys_command.command("trust")
@click.argument(
    "organiser_public_key_file", type=click.Path(dir_okay=False, exists=True, path_type=Path)
)
@data_dir_option
def trust(organiser_public_key_file: Path, data_dir: Path) -> None:
    """Seal this kiosk's new answers to the organiser whose public key is in the file."""
    folder = KeyFolder.of(data_dir)
    before = folder.organiser_public()
    key = trust_organiser(data_dir, organiser_public_key_file)
    click.echo(f"This kiosk now seals new answers to organiser key {key.key_id}.")
    click.echo("This takes effect the next time the kiosk starts.")
    if before is not None and before != key:
        click.echo(f"Answers saved before stay sealed to the old key {before.key_id}.")
        if folder.organiser_private() is not None:
            click.echo("Its private key stays on this computer, so they can still be read here.")


@keys_command.command("kiosk")
@click.argument("fingerprint")
@click.option("--name", required=True, help="What staff call this kiosk, such as 'Hall 1'.")
@data_dir_option
def kiosk(fingerprint: str, name: str, data_dir: Path) -> None:
    """Put a kiosk on this organiser's list; then bundles from kiosks not on it are refused."""
    known = KnownKiosks(data_dir)
    known.add(fingerprint, name)
    click.echo(f"Kiosk {fingerprint.strip().lower()} ('{name.strip()}') is on the list.")
    click.echo(f"Kiosks on the list: {len(known.names())}. Bundles from any other are refused.")


@keys_command.command("kiosks")
@data_dir_option
def kiosks(data_dir: Path) -> None:
    """Show this organiser's list of kiosks."""
    names = KnownKiosks(data_dir).names()
    if not names:
        click.echo("No list of kiosks yet: bundles from any kiosk sealed to this organiser's key")
        click.echo("are taken. Add your kiosks with 'sayso keys kiosk FINGERPRINT --name NAME'.")
    for fingerprint, name in sorted(names.items(), key=lambda item: item[1]):
        click.echo(f"{fingerprint}  {name}")
