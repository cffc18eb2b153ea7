"""The real kiosk in a terminal takes double keys and double clicks on every screen, and a bug
starts it again on a clean attract screen; five bugs in a minute stop it with exit status 1 and
plain words, never a traceback or what someone typed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.store import read_responses
from tests.e2e.terminal import (
    click_together,
    find,
    send,
    send_together,
    start_in_tmux,
    start_kiosk,
    stop,
    wait_for,
)
from tests.pins import set_staff_pin


@pytest.mark.slow
def test_double_keys_and_double_clicks_on_every_screen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    name = start_kiosk(data)
    try:
        wait_for(name, "Touch the screen or press Space to start")
        send_together(name, "Tab", "Space", "Space")
        screen = wait_for(name, "Who are you?")
        click_together(name, *find(screen, "I am a young person"))
        wait_for(name, "How do you like to answer?")
        send_together(name, "0", "0")
        wait_for(name, "Is that OK?")
        send_together(name, "1", "1")
        wait_for(name, "How do you feel about school?")
        send(name, "5", then="Do you get the help you need")
        send(name, "1", then="Who helps you most")
        send(name, "2", then="What do you like doing")
        send(name, *["1"] * 6, then="Do adults at school listen")
        send(name, "5", then="What is 1 thing you would change")
        send(name, "q", "Enter", then="Who answered?")
        send_together(name, "1", "1")
        wait_for(name, "Check your answers")
        send_together(name, "0", "0")
        wait_for(name, "Your code is")
        wait_for(name, "Touch the screen or press Space to start", seconds=30)
        send_together(name, "Space", "Space")
        wait_for(name, "Who are you?")
    finally:
        stop(name)
    [response] = read_responses(data)
    assert response.survey_id == "my-school"


BROKEN_KIOSK = """
import sys
from kiosk.ui.screens.profile import ProfileScreen

def broken(self, key):
    secret = "my secret name is Sam Smith"
    raise RuntimeError(len(secret))

if __name__ == "__main__":  # not again in the speech worker, which imports this file
    ProfileScreen.action_press_key = broken
    from kiosk.cli import main
    main(["kiosk", "--data-dir", sys.argv[1]])
"""


def test_a_bug_starts_the_kiosk_again_clean_and_five_in_a_minute_stop_it_plainly(
    tmp_path: Path,
) -> None:
    script = tmp_path / "broken_kiosk.py"
    script.write_text(BROKEN_KIOSK, encoding="utf-8")
    set_staff_pin(tmp_path / "data")
    command = (
        f"env -u SAYSO_DEBUG TERM=xterm-256color {sys.executable} {script} {tmp_path / 'data'}; "
        "echo exit-status=$?; sleep 60"
    )
    name = start_in_tmux(command)
    try:
        for crash in range(5):
            wait_for(name, "Touch the screen or press Space to start")
            send(name, "Space", then="Who are you?")
            send(name, "1", then="How do you like to answer?")
            send_together(name, "1")
            if crash < 4:  # a calm word first, then a clean attract screen
                screen = wait_for(name, "Something went wrong.", seconds=5)
                assert "Your answers so far are safe." in screen  # none were given yet
                assert "How do you like to answer?" not in screen
                send(name, "0", then="Touch the screen or press Space to start")
        screen = wait_for(name, "exit-status=")
    finally:
        stop(name)
    assert "exit-status=1" in screen
    assert "5 times in a minute" in screen
    assert "Please tell a member of staff" in screen
    assert "Sam Smith" not in screen
    assert "Traceback" not in screen
    assert "locals" not in screen
