"""`sayso serve` on a network address: it warns, and nothing opens without its random token."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.browser import free_port, served_kiosk
from tests.e2e.text_qr import decode_text_qr
from tests.pins import set_staff_pin


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


def test_asking_whether_the_kiosk_is_free_takes_no_seat(tmp_path: Path) -> None:
    with served_kiosk(tmp_path) as kiosk:
        for _ in range(3):  # the in-use page asks every few seconds
            status, _ = status_and_page(f"{kiosk.address}free")
            assert status == 204
        status, _ = status_and_page(kiosk.address)  # so the page is still given the kiosk
        assert status == 200
        status, _ = status_and_page(f"{kiosk.address}free")
        assert status == 409  # that page holds its seat now
        assert 'free" + location.search' in status_and_page(kiosk.address)[1]


def serve_exits(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`sayso serve` with `args`, expected to stop by itself."""
    data_dir = tmp_path / "data"
    set_staff_pin(data_dir)
    command = [sys.executable, "-m", "kiosk", "serve", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_a_port_already_in_use_is_said_before_any_address_is_printed(tmp_path: Path) -> None:
    with socket.socket() as other_program:
        other_program.bind(("127.0.0.1", 0))
        other_program.listen()
        port = other_program.getsockname()[1]
        done = serve_exits(tmp_path, "--port", str(port))
    assert done.returncode == 1
    assert f"Another program is already using port {port}" in done.stderr
    assert "Open the kiosk at" not in done.stdout  # no address that leads somewhere else
    assert "Traceback" not in done.stderr


def test_a_host_that_does_not_exist_is_said_in_plain_words_with_no_token_printed(
    tmp_path: Path,
) -> None:
    done = serve_exits(tmp_path, "--host", "no-such-host.invalid", "--port", str(free_port()))
    assert done.returncode == 1
    assert "Say So cannot find the address 'no-such-host.invalid'" in done.stderr
    assert "Another program" not in done.stderr
    assert "token=" not in done.stdout
    assert "scan this QR code" not in done.stdout
