"""`sayso export`: write the kiosk's next bundle (and QR sheets), then mark what it carried."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import click

from kiosk.bundles.errors import BundleError
from kiosk.bundles.export import BuiltBundle, build_bundle, mark_delivered, write_and_check
from kiosk.commands.options import data_dir_option
from kiosk.keys import prepare_kiosk_keys
from kiosk.store import open_store

NO_SHEETS = (
    "Printing QR sheets is not available in this build of Say So. Nothing was exported. "
    "Export without --png and --pdf to make the bundle file on its own."
)


def _sheets_module() -> ModuleType:
    try:
        return importlib.import_module("kiosk.bundles.sheets")
    except ImportError:
        raise BundleError(NO_SHEETS, title="QR sheets are not available") from None


@click.command("export")
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Bundle file."
)
@click.option("--png", type=click.Path(file_okay=False, path_type=Path), help="Folder for PNGs.")
@click.option("--pdf", type=click.Path(dir_okay=False, path_type=Path), help="PDF of QR sheets.")
@click.option("--all", "everything", is_flag=True, help="Send every kept answer again.")
@data_dir_option
def export_command(
    out: Path, png: Path | None, pdf: Path | None, everything: bool, data_dir: Path
) -> None:
    """Write a bundle of the answers not yet exported, for the organiser to import."""

    sheets = _sheets_module() if png is not None or pdf is not None else None
    store = open_store(data_dir)
    try:
        built = build_bundle(store, prepare_kiosk_keys(data_dir), include_exported=everything)
        if built.response_count == 0 and not built.withdrawn:
            click.echo("There are no new answers to export. Use --all to send every answer again.")
            return
        write_and_check(built, out)
        if sheets is not None:
            _write_sheets(sheets, built, out, png, pdf)
        mark_delivered(store, built)
    finally:
        store.close()
    click.echo(
        f"Bundle {built.label}: {built.response_count} answers and {len(built.withdrawn)} "
        f"withdrawals, {len(built.data):,} bytes, written to {out} and checked."
    )


def _write_sheets(
    sheets: ModuleType, built: BuiltBundle, out: Path, png: Path | None, pdf: Path | None
) -> None:
    """Write the QR sheets asked for; `BundleError` in plain words if the disk refuses."""
    place = png
    try:
        if png is not None:
            pages = sheets.write_png_sheets(built.data, png, bundle_label=built.label)
            click.echo(f"Wrote {len(pages)} QR sheets to {png}.")
        place = pdf
        if pdf is not None:
            sheets.write_pdf(built.data, pdf, bundle_label=built.label)
            click.echo(f"Wrote the QR sheets to {pdf}.")
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise BundleError(
            f"The bundle was written to {out}, but the QR sheets could not be written to "
            f"{place} ({reason}). Nothing was marked as exported. Choose another place (or "
            "free some space) and export again."
        ) from None
