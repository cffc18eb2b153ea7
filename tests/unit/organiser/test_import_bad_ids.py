"""A bundle naming a survey, audience or question id no survey could have is refused whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.bundles.export import build_bundle
from kiosk.cli import cli
from kiosk.keys import KeyFolder, KioskKeys, KioskSigningKey, OrganiserKeyPair
from kiosk.organiser import Selection, open_organiser_store
from kiosk.store import MemoryStore
from surveys.response import Answer, Response
from tests.unit.bundles.closed_survey import closed_responses, closed_survey

ESCAPE = "\x1b[31mred"


def _survey_id(response: Response) -> Response:
    return response.model_copy(update={"survey_id": f"club{ESCAPE}"})


def _audience(response: Response) -> Response:
    return response.model_copy(update={"audience": f"young{ESCAPE}"})


def _question(response: Response) -> Response:
    first, *rest = response.answers
    bad = Answer(question=f"q1{ESCAPE}", status=first.status, value=first.value)
    return response.model_copy(update={"answers": (bad, *rest)})


def _bundle(path: Path, organiser: OrganiserKeyPair, responses: list[Response]) -> Path:
    store = MemoryStore(organiser.public, surveys=[closed_survey()])
    for response in responses:
        store.save(response)
    keys = KioskKeys(organiser.public, KioskSigningKey.generate())
    path.write_bytes(build_bundle(store, keys, include_exported=True).data)
    return path


def _import(data_dir: Path, *bundles: Path) -> str:
    result = CliRunner().invoke(cli, ["import", *map(str, bundles), "--data-dir", str(data_dir)])
    assert result.exit_code == 1, result.output
    return result.output


def _receipts(data_dir: Path) -> set[str]:
    store = open_organiser_store(data_dir)
    try:
        return {record["receipt"] for _, record in store.records(Selection())}
    finally:
        store.close()


@pytest.mark.parametrize("spoil", [_survey_id, _audience, _question])
def test_a_bundle_with_a_control_character_in_an_id_is_refused_whole(
    tmp_path: Path, spoil: Callable[[Response], Response]
) -> None:
    organiser = OrganiserKeyPair.generate()
    KeyFolder.of(tmp_path).save_organiser_pair(organiser)
    good = closed_responses(closed_survey(), 6, seed=1)
    kept = _bundle(tmp_path / "kept.sayso", organiser, good[:3])
    assert (
        CliRunner().invoke(cli, ["import", str(kept), "--data-dir", str(tmp_path)]).exit_code == 0
    )
    before = _receipts(tmp_path)
    spoilt = _bundle(tmp_path / "spoilt.sayso", organiser, [*good[3:5], spoil(good[5])])
    output = _import(tmp_path, spoilt)
    assert "spoilt.sayso" in output, output
    assert "is not one a survey can have" in output
    assert "Nothing in the bundle was used" in output
    assert "\x1b" not in output
    assert _receipts(tmp_path) == before  # the two good answers in it were not kept either
    assert len(before) == 3
