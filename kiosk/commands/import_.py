"""`sayso import`: merge bundle files (and QR images, via the scanner) into the organiser store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from kiosk.commands.import_summary import ImportSummary
from kiosk.commands.options import data_dir_option, store_option

BUNDLE_SUFFIX = ".sayso"


def bundle_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """The `.sayso` files among `paths` (folders searched), and everything else."""
    bundles: list[Path] = []
    others: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file())
            bundles += [p for p in found if p.suffix == BUNDLE_SUFFIX]
            others += [p for p in found if p.suffix != BUNDLE_SUFFIX]
        else:
            (bundles if path.suffix == BUNDLE_SUFFIX else others).append(path)
    return bundles, others


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@data_dir_option
def import_command(paths: tuple[Path, ...], store: str | None, data_dir: Path) -> None:
    """Import bundles into the organiser store; each bundle is all in or all out."""
    # Command seam: the bundle reader and the store, 90-150 ms (python -X importtime); a bad
    # option is refused before they load.
    from kiosk.commands.import_run import run_import

    summary = ImportSummary()
    bundles, others = bundle_files(paths)
    run_import(data_dir, store, bundles, others, summary)
    summary.show()
    if summary.rejected:
        raise SystemExit(1)
