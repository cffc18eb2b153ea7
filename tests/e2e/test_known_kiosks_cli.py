"""`sayso keys kiosk`: once an organiser lists its kiosks, a bundle from any other is refused."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.bundles import read_bundle_file
from kiosk.keys import KeyFolder
from tests.e2e.stores import bundle_files, kept_receipts, sayso


def test_without_a_list_every_kiosk_sealed_to_the_organiser_is_taken(tmp_path: Path) -> None:
    organiser, saved = bundle_files(tmp_path, kiosks=2, each=5)
    shown = sayso("keys", "kiosks", "--data-dir", organiser)
    assert "No list of kiosks yet" in shown.stdout
    result = sayso("import", *sorted(tmp_path.glob("*.sayso")), "--data-dir", organiser)
    assert result.returncode == 0, result.stderr
    assert kept_receipts(organiser, None) == sorted(r.receipt for r in saved)


def test_a_kiosk_not_on_the_list_is_refused_whole_and_named(tmp_path: Path) -> None:
    organiser, _ = bundle_files(tmp_path, kiosks=2, each=5)
    ours, theirs = sorted(tmp_path.glob("*.sayso"))
    our_id, their_id = read_bundle_file(ours).kiosk_id, read_bundle_file(theirs).kiosk_id
    added = sayso("keys", "kiosk", our_id.upper(), "--name", "Hall 1", "--data-dir", organiser)
    assert added.returncode == 0, added.stderr
    assert our_id in sayso("keys", "kiosks", "--data-dir", organiser).stdout

    result = sayso("import", ours, theirs, "--data-dir", organiser)
    assert result.returncode == 1
    said = " ".join((result.stdout + result.stderr).split())
    assert f"comes from kiosk {their_id}, which is not on this organiser's list" in said
    assert f"sayso keys kiosk {their_id} --name NAME" in said
    kept = kept_receipts(organiser, None)
    assert len(kept) == 5
    assert kept == sorted(r.meta.receipt for r in read_bundle_file(ours).items)

    sayso("keys", "kiosk", their_id, "--name", "Library", "--data-dir", organiser)
    again = sayso("import", theirs, "--data-dir", organiser)
    assert again.returncode == 0, again.stderr
    assert len(kept_receipts(organiser, None)) == 10


def test_bad_names_fingerprints_and_lists_are_said_plainly(tmp_path: Path) -> None:
    organiser, _ = bundle_files(tmp_path, kiosks=1, each=2)
    (bundle,) = tmp_path.glob("*.sayso")
    kiosk_id = read_bundle_file(bundle).kiosk_id
    wrong = sayso("keys", "kiosk", "not-a-kiosk", "--name", "Hall", "--data-dir", organiser)
    assert wrong.returncode == 1
    assert "is not a kiosk fingerprint" in wrong.stderr
    for name in ("", "x" * 61, "Hall\x1b[2J"):
        bad = sayso("keys", "kiosk", kiosk_id, "--name", name, "--data-dir", organiser)
        assert bad.returncode == 1
        assert "A kiosk name is 1 to 60 letters" in bad.stderr
        assert "Traceback" not in bad.stderr

    listed = KeyFolder.of(organiser).file("known-kiosks.json")
    for damage in ("{not json", json.dumps({"Hall": "x"}), json.dumps([kiosk_id])):
        listed.write_text(damage, encoding="utf-8")
        result = sayso("import", bundle, "--data-dir", organiser)
        assert result.returncode == 1
        assert "The list of kiosks is damaged" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert kept_receipts(organiser, None) == []
