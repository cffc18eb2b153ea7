"""Speech benchmarks: say() to audio ready, and what say() costs the caller's thread.

Run: .venv/bin/python bench/bench_speech.py
Uses real espeak-ng through the real speech worker. The player is `true` (this measures
the WAV being ready, not the sound card). Keypress-to-paint while speaking needs the UI
and is measured there, not here.
"""

from __future__ import annotations

import shutil
import statistics
import threading
import time

from accessibility.speech import SpeechEvent, SpeechService

QUESTION = "Did you feel safe at school today? You can say yes, no or not sure."
RUNS = 20
CALLER_CALLS = 10_000


class Stopwatch:
    """Times from say() to the service reporting an event."""

    def __init__(self) -> None:
        self.began = 0.0
        self.seen: dict[SpeechEvent, float] = {}
        self.changed = threading.Event()

    def start(self) -> None:
        self.seen = {}
        self.changed.clear()
        self.began = time.perf_counter()

    def on_event(self, event: SpeechEvent) -> None:
        self.seen.setdefault(event, time.perf_counter() - self.began)
        self.changed.set()

    def wait_for(self, event: SpeechEvent, timeout: float = 5.0) -> float:
        deadline = time.monotonic() + timeout
        while event not in self.seen:
            if not self.changed.wait(max(0.0, deadline - time.monotonic())):
                raise TimeoutError(f"no {event} event within {timeout} s")
            self.changed.clear()
        return self.seen[event]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    player = shutil.which("true") or "true"
    watch = Stopwatch()
    began = time.perf_counter()
    service = SpeechService(player=[player], on_event=watch.on_event)
    try:
        watch.start()
        watch.began = began
        service.say(QUESTION)
        print(
            f"first say() after start (worker start included): {watch.wait_for('ready') * 1000:.1f} ms"
        )
        ready, playing = [], []
        for _run in range(RUNS):
            time.sleep(0.05)
            watch.start()
            service.say(QUESTION)
            ready.append(watch.wait_for("ready"))
            playing.append(watch.wait_for("playing"))
            service.stop()
        words = len(QUESTION.split())
        print(
            f"say() to audio ready (WAV written), {words}-word question, {RUNS} runs: "
            f"p50 {statistics.median(ready) * 1000:.1f} ms, p95 {percentile(ready, 0.95) * 1000:.1f} ms "
            "(target <= 100 ms)"
        )
        print(
            f"say() to player started: p50 {statistics.median(playing) * 1000:.1f} ms, "
            f"p95 {percentile(playing, 0.95) * 1000:.1f} ms"
        )
        costs = []
        for number in range(CALLER_CALLS):
            call = service.say if number % 2 == 0 else None
            t = time.perf_counter()
            if call is not None:
                call(QUESTION)
            else:
                service.stop()
            costs.append(time.perf_counter() - t)
        print(
            f"cost on the caller's thread, {CALLER_CALLS} say()/stop() calls: "
            f"p50 {statistics.median(costs) * 1e6:.1f} us, p99 {percentile(costs, 0.99) * 1e6:.1f} us, "
            f"max {max(costs) * 1e6:.0f} us"
        )
    finally:
        service.close()


if __name__ == "__main__":
    main()
