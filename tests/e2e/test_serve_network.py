"""`sayso serve` on a network address: it warns, and nothing opens without its random token."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.browser import served_kiosk
from tests.e2e.text_qr import decode_text_qr


def status_and_page(address: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(address, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode("utf-8")


def test_off_loopback_it_warns_and_only_its_printed_token_opens_the_kiosk(
    tmp_path: Path,
) -> None:
    with served_kiosk(tmp_path, "--host", "0.0.0.0") as kiosk:
        printed = "\n".join(kiosk.printed)
        assert "Warning: anyone on this network who has the address below can open the kiosk" in (
            printed
        )
        address = urlsplit(kiosk.address)
        assert address.hostname not in ("0.0.0.0", "127.0.0.1", "127.0.1.1")
        [token] = parse_qs(address.query)["token"]
        assert len(token) >= 32
        assert decode_text_qr(kiosk.qr_lines()) == [kiosk.address]  # the tablet scans this
        here = f"http://127.0.0.1:{kiosk.port}/"
        for refused in (here, f"{here}?token=wrong", f"{here}static/js/textual.js"):
            status, page = status_and_page(refused)
            assert status == 403, refused
            assert "This kiosk needs its full address" in page
            assert "textual-terminal" not in page
        status, page = status_and_page(f"{here}?token={token}")
        assert status == 200
        assert "textual-terminal" in page


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_on_loopback_there_is_no_token_and_no_warning(tmp_path: Path, host: str) -> None:
    with served_kiosk(tmp_path, "--host", host) as kiosk:
        assert kiosk.address == f"http://{host}:{kiosk.port}/"
        assert "Warning" not in "\n".join(kiosk.printed)
        status, page = status_and_page(kiosk.address)
        assert status == 200
        assert "textual-terminal" in page


def test_two_tabs_opened_at_once_cannot_both_be_given_the_kiosk(tmp_path: Path) -> None:
    with served_kiosk(tmp_path) as kiosk:
        status, page = status_and_page(kiosk.address)  # this page has not connected yet
        assert status == 200
        [seat] = re.findall(r'data-session-websocket-url="ws://[^/]+/ws/([^"]+)"', page)
        status, page = status_and_page(kiosk.address)
        assert status == 409
        assert "This kiosk is in use" in page
        for other in ("ws", "ws/not-the-seat"):  # a connection must bring the page's own seat
            status, _ = status_and_page(f"{kiosk.address}{other}?width=80&height=24")
            assert status == 409, other
        assert seat
