"""Damaged, cut, foreign or unknown-version bundles are refused cleanly, before parsing."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from unittest import mock

import cbor2
import pytest
import zstandard
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.bundles import (
    BundleDamagedError,
    BundleError,
    BundleVersionError,
    open_bundle,
)
from kiosk.bundles.codec import READABLE, encode_payload
from kiosk.bundles.export import build_bundle
from kiosk.bundles.opening import read_bundle_bytes
from kiosk.bundles.signing import MAGIC, sign
from kiosk.keys import KioskSigningKey
from tests.unit.bundles.bundle_kiosk import Kiosk


@pytest.fixture
def data(kiosk: Kiosk) -> bytes:
    kiosk.store.withdraw(kiosk.saved[0].receipt)
    return build_bundle(kiosk.store, kiosk.keys, include_exported=False).data


def test_a_changed_byte_is_refused_before_anything_is_parsed(data: bytes) -> None:
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x10
    with (
        mock.patch("kiosk.bundles.opening.decode_payload") as parse,
        pytest.raises(BundleDamagedError, match="cut short or changed"),
    ):
        open_bundle(bytes(changed))
    parse.assert_not_called()


@pytest.mark.parametrize("keep", [0, 5, 40, 100, -1])
def test_a_cut_bundle_is_refused(data: bytes, keep: int) -> None:
    with pytest.raises(BundleDamagedError):
        open_bundle(data[:keep])


def test_a_bundle_resigned_by_another_kiosk_key_is_refused(data: bytes) -> None:
    other = KioskSigningKey.generate()
    swapped = data[: len(MAGIC) + 1] + other.verifying + data[len(MAGIC) + 33 :]
    with pytest.raises(BundleDamagedError):
        open_bundle(swapped)


def test_a_bundle_from_a_newer_version_says_so(data: bytes) -> None:
    newer = MAGIC + bytes([2]) + data[len(MAGIC) + 1 :]
    with pytest.raises(BundleVersionError, match="Update Say So"):
        open_bundle(newer)


def test_signed_nonsense_is_refused_in_plain_words(kiosk: Kiosk) -> None:
    for payload in (b"", b"\xa0", b"\x82\x01\x02", encode_payload.__doc__.encode()):  # type: ignore[union-attr]
        with pytest.raises(BundleDamagedError, match="cannot be read"):
            open_bundle(sign(payload, kiosk.keys.signing))


def test_a_readable_part_that_says_it_is_petabytes_is_refused_in_plain_words(
    kiosk: Kiosk, data: bytes
) -> None:
    outer = cbor2.loads(data[len(MAGIC) + 33 : -64])
    frame = zstandard.ZstdCompressor().compress(b"x" * 100)  # magic, header, size, blocks
    single_segment_with_8_byte_size = bytes([0xE0])
    outer[READABLE] = frame[:4] + single_segment_with_8_byte_size + (2**50).to_bytes(8, "little")
    outer[READABLE] += frame[6:]
    with pytest.raises(BundleDamagedError, match="cannot be read"):
        open_bundle(sign(cbor2.dumps(outer), kiosk.keys.signing))


FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _damage(original: bytes, draw: st.DataObject) -> bytes:
    damaged = bytearray(original)
    if draw.draw(st.booleans(), label="flip"):
        for _ in range(draw.draw(st.integers(1, 8))):
            damaged[draw.draw(st.integers(0, len(damaged) - 1))] ^= draw.draw(st.integers(1, 255))
    else:
        damaged = damaged[: draw.draw(st.integers(0, len(damaged) - 1))]
    return bytes(damaged)


@FUZZ
@given(st.data())
def test_flipped_or_cut_bundles_are_always_a_clean_bundle_error(
    data: bytes, draw: st.DataObject
) -> None:
    damaged = _damage(data, draw)
    assume(damaged != data)
    with pytest.raises(BundleError):
        open_bundle(damaged)


@FUZZ
@given(st.data())
def test_damaged_contents_signed_by_the_kiosk_open_or_fail_cleanly(
    kiosk: Kiosk, data: bytes, draw: st.DataObject
) -> None:
    payload = _damage(data[len(MAGIC) + 33 : -64], draw)
    with contextlib.suppress(BundleError):  # opening is fine too, if the change was harmless
        open_bundle(sign(payload, kiosk.keys.signing))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_or_a_device_given_as_a_bundle_is_refused_at_once(tmp_path: Path) -> None:
    """`sayso import` of a pipe waited for ever; a link to /dev/zero read until memory ran out.

    The test links to /dev/null, which ends at once, so that it is safe even when it fails.
    """
    pipe, device = tmp_path / "pipe.sayso", tmp_path / "zero.sayso"
    os.mkfifo(pipe)
    device.symlink_to(os.devnull)
    refusals: list[str] = []

    def read_both() -> None:
        for path in (pipe, device):
            with contextlib.suppress(BundleError):
                read_bundle_bytes(path)
            refusals.append(path.name)

    reader = threading.Thread(target=read_both, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let it go: a writer opening the pipe ends its wait
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    assert refusals == ["pipe.sayso", "zero.sayso"]
    for path in (pipe, device):
        with pytest.raises(BundleError, match=f"{path.name} is not an ordinary file"):
            read_bundle_bytes(path)
