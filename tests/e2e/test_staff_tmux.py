"""Staff mode in the real kiosk: F2 and the PIN, withdraw a receipt, close the kiosk."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.staff_audit import AUDIT_FILE
from kiosk.store import read_responses, read_sealed
from tests.e2e.terminal import (
    answer_the_demo_survey,
    send,
    start_kiosk,
    stop,
    tmux,
    wait_for,
    wait_until_closed,
)
from tests.pins import STAFF_PIN


@pytest.mark.slow
def test_staff_withdraw_a_receipt_and_close_the_kiosk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    name = start_kiosk(data)
    try:
        receipt = answer_the_demo_survey(name)
        wait_for(name, "Touch the screen or press Space to start", seconds=30)
        send(name, "F2", then="Type the staff PIN")
        tmux("send-keys", "-t", name, "-l", STAFF_PIN)
        send(name, "Enter", then="Answers kept on this kiosk: 1")
        send(name, "3", then="Type the receipt code")
        tmux("send-keys", "-t", name, "-l", receipt.replace("-", "").lower())
        screen = send(name, "Enter", then="Withdraw this answer?")
        assert "My school and my support" in screen
        assert "A quiet room" not in screen
        send(name, "Enter", then="Nothing was changed")  # "Keep it" has the focus
        tmux("send-keys", "-t", name, "-l", receipt)
        send(name, "Enter", then="Withdraw this answer?")
        send(name, "BTab", "Enter", then="The answer was withdrawn")
        send(name, "Escape", then="Answers kept on this kiosk: 0")
        tmux("send-keys", "-t", name, "0")  # Close the kiosk: its terminal session ends
        wait_until_closed(data)
    finally:
        stop(name)
    assert read_responses(data) == []
    assert read_sealed(data) == []
    log = (data / AUDIT_FILE).read_text(encoding="utf-8")
    assert '"withdraw"' in log
    assert '"closed"' in log
    assert receipt not in log
