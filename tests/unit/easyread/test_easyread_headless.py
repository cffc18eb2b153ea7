"""The easy-read checker stands alone: no Textual, nothing from the kiosk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_checking_imports_neither_textual_nor_the_kiosk() -> None:
    script = (
        "import sys\n"
        "from accessibility.easyread import check_file\n"
        f"findings = check_file({str(FIXTURES / 'send-policy-blog.md')!r})\n"
        "assert findings\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'kiosk')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
    assert done.stderr == ""
