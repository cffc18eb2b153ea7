"""Whether people other than its owner can read a private key file, in words."""

from __future__ import annotations

import os
import shlex
import stat
from pathlib import Path


def others_can_read(path: Path) -> str | None:
    """A warning if the file at `path` can be read by its group or by everyone, else None."""
    if os.name == "nt":
        return None  # Windows keeps its own access lists; these mode bits mean nothing there
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    who = [
        name
        for name, bit in (("everyone on this computer", stat.S_IROTH), ("its group", stat.S_IRGRP))
        if mode & bit
    ]
    if not who:
        return None
    return (
        f"Warning: the organiser's private key {path} can be read by {' and '.join(who)}, "
        "and it opens every answer. Let only you read it: "
        f"chmod 600 {shlex.quote(str(path))}"
    )
