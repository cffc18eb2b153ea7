"""Staff's stored choices: kept and read back; a bad file gives plain words and the defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.event_setup import SETUP_FILE, EventSetup, EventSetupError, read_setup, save_setup
from kiosk.event_setup.file import MAX_SETUP_BYTES
from kiosk.event_setup.voices import parse_voice_list

CHOSEN = EventSetup(
    event="Summer fun day",
    survey="event-feedback",
    idle_seconds=90,
    still_there_seconds=30,
    voice="gmw/en-GB-x-rp",
    rate="slower",
    theme="high_contrast",
    help_text="Ask Sam at the blue table.",
    first_language="cy",
)


def write(folder: Path, text: str | bytes) -> None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    (folder / SETUP_FILE).write_bytes(data)


def test_choices_saved_are_read_back_exactly(tmp_path: Path) -> None:
    save_setup(tmp_path, CHOSEN)
    found = read_setup(tmp_path)
    assert found.setup == CHOSEN
    assert found.problem is None


def test_no_file_gives_the_usual_settings_and_no_message(tmp_path: Path) -> None:
    found = read_setup(tmp_path)
    assert found.setup == EventSetup()
    assert found.problem is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", "not JSON"),
        ("[1, 2, 3]", "holds no settings"),
        ("\x00\x01\x02", "not JSON"),
    ],
)
def test_a_damaged_file_says_so_and_gives_the_defaults(
    tmp_path: Path, text: str, words: str
) -> None:
    write(tmp_path, text)
    found = read_setup(tmp_path)
    assert found.setup == EventSetup()
    assert found.problem is not None
    assert words in found.problem
    assert "Traceback" not in found.problem


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    write(tmp_path, '{"event": "' + "a" * (MAX_SETUP_BYTES + 10) + '"}')
    found = read_setup(tmp_path)
    assert found.setup == EventSetup()
    assert found.problem is not None
    assert "larger than 64 kB" in found.problem


def test_a_folder_in_place_of_the_file_says_so(tmp_path: Path) -> None:
    (tmp_path / SETUP_FILE).mkdir()
    found = read_setup(tmp_path)
    assert found.setup == EventSetup()
    assert found.problem is not None
    assert "not an ordinary file" in found.problem


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("idle_seconds", "ninety", "the wait before"),
        ("idle_seconds", 5, "from 30 to 1800"),
        ("still_there_seconds", 1000, "from 10 to 120"),
        ("theme", "pink", "the colours must be one of default, high_contrast, calm"),
        ("rate", "fast", "the speech speed must be normal or slower"),
        ("event", "Fun\x1b[31mday", "the event name"),
        ("help_text", "Ask\x07Sam", "the help words"),
        ("survey", "/etc/passwd", "the survey"),
        ("voice", "rm -rf /", "the speech voice"),
        ("first_language", 12, "the language offered first"),
    ],
)
def test_one_bad_value_is_named_and_the_good_ones_are_kept(
    tmp_path: Path, name: str, value: object, words: str
) -> None:
    values = {**CHOSEN.to_json(), name: value}
    write(tmp_path, json.dumps(values))
    found = read_setup(tmp_path)
    assert found.problem is not None
    assert words in found.problem
    assert getattr(found.setup, name) == getattr(EventSetup(), name)
    kept = {k: v for k, v in CHOSEN.to_json().items() if k != name}
    assert {k: v for k, v in found.setup.to_json().items() if k != name} == kept


def test_a_hand_edited_saved_file_is_checked_again(tmp_path: Path) -> None:
    save_setup(tmp_path, CHOSEN)
    saved = json.loads((tmp_path / SETUP_FILE).read_text(encoding="utf-8"))
    saved["settings"]["theme"] = "neon"
    write(tmp_path, json.dumps(saved))
    found = read_setup(tmp_path)
    assert found.setup.theme == "default"
    assert found.setup.event == "Summer fun day"
    assert found.problem is not None
    assert "the colours" in found.problem


def test_bad_choices_are_never_saved(tmp_path: Path) -> None:
    with pytest.raises(EventSetupError, match="the wait before"):
        save_setup(tmp_path, EventSetup(idle_seconds=2))
    assert not (tmp_path / SETUP_FILE).exists()


def test_the_espeak_ng_voice_list_is_read_by_file_name() -> None:
    listed = (
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 5  cy              --/M      Welsh              cel/cy\n"
        " 2  en-gb           --/M      English_(Great_Britain) gmw/en           (en 2)\n"
    )
    voices = parse_voice_list(listed)
    assert [(v.id, v.name, v.languages) for v in voices] == [
        ("cel/cy", "Welsh", ("cy",)),
        ("gmw/en", "English (Great Britain)", ("en-gb",)),
    ]
