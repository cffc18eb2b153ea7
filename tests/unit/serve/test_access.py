"""Which addresses need the access token, and that tokens cannot be guessed."""

from __future__ import annotations

import pytest

from kiosk.serve.access import is_loopback, new_token


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"])
def test_loopback_addresses_need_no_token(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "10.0.0.5", "::", "kiosk.local"])
def test_every_other_address_needs_the_token(host: str) -> None:
    assert not is_loopback(host)


def test_each_token_is_new_and_long() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(token) >= 32 for token in tokens)
