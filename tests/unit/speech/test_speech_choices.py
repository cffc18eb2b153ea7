"""Choosing voices and audio players, and the plain words when there is none."""

from __future__ import annotations

import sys
from collections.abc import Callable

from accessibility.speech import VoiceInfo, choose_voice
from accessibility.speech.players import find_player, no_player_problem
from accessibility.speech.voices import VoiceChoice

VOICES = [
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
    VoiceInfo("cel/cy", "Welsh", ("cy",)),
    VoiceInfo("roa/pt-br", "Portuguese (Brazil)", ("pt-br",)),
]


def test_an_exact_voice_wins_over_a_regional_one() -> None:
    assert choose_voice(VOICES, "en", None).voice_id == "gmw/en"
    assert choose_voice(VOICES, "cy", None).voice_id == "cel/cy"


def test_a_regional_tag_finds_its_voice_and_a_base_language_finds_a_region() -> None:
    assert choose_voice(VOICES, "en-GB", None).voice_id == "gmw/en"
    assert choose_voice(VOICES, "pt", None).voice_id == "roa/pt-br"


def test_a_missing_language_is_never_read_in_another_voice_and_staff_are_told() -> None:
    choice = choose_voice(VOICES, "so", "gmw/en-us")
    assert choice.voice_id is None
    assert choice.problem is not None
    assert choice.problem.startswith("No voice for Somali (so) on this computer")
    assert "shown but not read aloud" in choice.problem


def test_an_unknown_language_gets_no_voice_either() -> None:
    choice = choose_voice([VoiceInfo("cel/cy", "Welsh", ("cy",))], "xx", "cel/cy")
    assert choice.voice_id is None
    assert choice.problem is not None
    assert 'the language "xx"' in choice.problem


def test_voices_that_name_no_languages_use_the_default_voice() -> None:
    choice = choose_voice([VoiceInfo("v1", "Alex", ())], "cy", "v1")
    assert choice == VoiceChoice("v1")


def test_staffs_voice_reads_its_own_language_and_the_best_voice_reads_the_rest() -> None:
    assert choose_voice(VOICES, "en", None, preferred="gmw/en-us").voice_id == "gmw/en-us"
    assert choose_voice(VOICES, "en-GB", None, preferred="gmw/en-us").voice_id == "gmw/en-us"
    assert choose_voice(VOICES, "cy", None, preferred="gmw/en-us").voice_id == "cel/cy"


def test_a_chosen_voice_no_longer_on_this_computer_gives_the_best_voice() -> None:
    assert choose_voice(VOICES, "en", None, preferred="gmw/en-gb-scotland").voice_id == "gmw/en"


def test_linux_prefers_aplay_then_pulseaudio() -> None:
    everything = {"aplay": "/usr/bin/aplay", "paplay": "/usr/bin/paplay"}
    assert find_player("linux", everything.get) == ("/usr/bin/aplay", "-q")
    assert find_player("linux", _which({"paplay": "/usr/bin/paplay"})) == ("/usr/bin/paplay",)


def test_linux_without_a_player_names_the_package_to_install() -> None:
    assert find_player("linux", _which({})) is None
    assert no_player_problem("linux") == (
        "No audio player was found (aplay). Ask IT to run: sudo apt-get install alsa-utils"
    )


def test_macos_uses_afplay_and_windows_uses_winsound_in_a_process_we_can_kill() -> None:
    assert find_player("darwin", _which({"afplay": "/usr/bin/afplay"})) == ("/usr/bin/afplay",)
    windows = find_player("win32", _which({}))
    assert windows is not None
    assert windows[0] == sys.executable
    assert "winsound.PlaySound" in windows[-1]


def _which(found: dict[str, str]) -> Callable[[str], str | None]:
    """A stand-in for `shutil.which` that knows only the programs in `found`."""
    return lambda name: found.get(name)
