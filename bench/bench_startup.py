"""Cold start to the attract screen painted, against a bare Textual "hello" app.

Run: .venv/bin/python bench/bench_startup.py [RUNS]
Each start is a fresh Python process (headless, 100x30) running `sayso kiosk --data-dir DIR`
on the demo survey; the apps alternate in one run, with the disk cache warm. Prints the median
of each and the ratio. A kiosk's usual start, a restart, is with the survey it ran before (its
start card is remembered, so the survey loads after the first paint): target at most 1.3. The
very first start, in a new data folder, checks the whole survey before painting: target 1.5.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

from kiosk.pin import StaffPin

CHILD = Path(__file__).with_name("startup_child.py")


def one_start(kind: str, data_dir: str) -> float:
    """Seconds from starting the process to its first paint."""
    started = perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(CHILD), kind, data_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={"TEXTUAL_ANIMATIONS": "none", "PATH": "/usr/bin:/bin"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    painted = perf_counter() - started
    process.wait(timeout=30)
    if line.strip() != "painted":
        raise SystemExit(f"{kind} did not paint (exit code {process.returncode})")
    return painted


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    times: dict[str, list[float]] = {"hello": [], "kiosk": [], "first": []}
    with tempfile.TemporaryDirectory() as data_dir:
        StaffPin(Path(data_dir)).set("4829")  # staff set the PIN before the first start
        one_start("hello", data_dir)  # warm the disk cache for both, untimed
        one_start("kiosk", data_dir)
        for _ in range(runs):
            times["hello"].append(one_start("hello", data_dir))
            times["kiosk"].append(one_start("kiosk", data_dir))
            with tempfile.TemporaryDirectory() as new_dir:
                StaffPin(Path(new_dir)).set("4829")
                times["first"].append(one_start("kiosk", new_dir))
    hello, kiosk, first = (statistics.median(times[k]) * 1000 for k in ("hello", "kiosk", "first"))
    print(f"cold start to first paint, median of {runs} fresh processes each")
    print(f"bare Textual hello app                     {hello:.0f} ms")
    print(f"sayso kiosk, attract screen                {kiosk:.0f} ms")
    print(f"ratio {kiosk / hello:.2f} (target <= 1.3 when restarted)")
    print(f"first start in a new data folder           {first:.0f} ms")
    print(f"ratio {first / hello:.2f} (target <= 1.5 the very first time)")


if __name__ == "__main__":
    main()
