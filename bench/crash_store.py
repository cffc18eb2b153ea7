"""Crash harness: kill -9 a kiosk process at random moments while it saves and withdraws answers.

After each kill the store is opened (recovering if it must) and every response whose save had
returned must be there and unchanged, and every withdrawal that had returned must have stuck.

    python bench/crash_store.py --kills 1000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.safe_files import stale_temp_files
from kiosk.store import open_store, read_responses
from kiosk.store.durable import STORE_FILE
from surveys.profiles import AccessProfile
from surveys.response import Answer, Response

WITHDRAW_SHARE = 0.08


def harness_response(number: int) -> Response:
    """The response numbered `number`, the same in the worker and in the checker."""
    started = datetime(2026, 7, 1, 10, 0, tzinfo=UTC) + timedelta(seconds=number)
    return Response(
        id=uuid.UUID(int=number + 1),
        survey_id="event-feedback" if number % 3 else "my-school",
        survey_version="1",
        survey_hash="ab" * 16,
        audience="parent_carer" if number % 2 else "young_person",
        language="en",
        profile=AccessProfile(bigger_words=number % 4 == 0),
        who_answered="myself",
        answers=(
            Answer(question="enjoyed", value=number % 5),
            Answer(question="say_more", value=f"free text answer {number} " * (1 + number % 4)),
        ),
        started_at=started,
        finished_at=started + timedelta(minutes=3),
        complete=True,
        receipt=f"H{number:06d}",
    )


def as_kept(response: Response) -> dict[str, object]:
    """What the store gives back of `response`: all but the id, which the store derives."""
    return response.model_dump(exclude={"id"})


def worker(data_dir: Path, first_number: int, seed: int) -> None:
    """Save and withdraw forever, saying on stdout what is about to happen and what returned."""

    def say(line: str) -> None:
        os.write(1, f"{line}\n".encode())  # unbuffered, one write

    store = open_store(data_dir)
    say("opened")
    chance = random.Random(seed)
    number = first_number
    while True:
        receipts = store.receipts() if chance.random() < WITHDRAW_SHARE else []
        if receipts:
            code = chance.choice(receipts)
            say(f"withdrawing {code}")
            store.withdraw(code)
            say(f"withdrew {code}")
        else:
            say(f"saving {number}")
            store.save(harness_response(number))
            say(f"saved {number}")
            number += 1


@dataclass
class Tally:
    """What the harness saw, summed over every kill."""

    counts: Counter[str] = field(default_factory=Counter)
    kept: dict[str, int] = field(default_factory=dict)  # receipt -> number, acknowledged saves
    withdrawn: set[str] = field(default_factory=set)
    next_number: int = 0


def run_once(data_dir: Path, tally: Tally, chance: random.Random) -> None:
    """Start a worker, kill it at a random moment, then check the store."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--worker", str(data_dir), str(tally.next_number)]
        + [str(chance.randrange(1 << 30))],
        stdout=subprocess.PIPE,
    )
    assert child.stdout is not None
    first = b""
    if chance.random() < 0.2:  # sometimes while it starts up, opens and recovers
        time.sleep(chance.uniform(0, 0.5))
    else:
        first = child.stdout.readline()
        time.sleep(chance.uniform(0, 0.25))
    child.send_signal(signal.SIGKILL)
    lines = (first + child.stdout.read()).decode().splitlines()
    child.wait()
    check(data_dir, lines, tally)


def check(data_dir: Path, lines: list[str], tally: Tally) -> None:
    """Open the store after a kill and compare it with what the worker was told had returned."""
    c = tally.counts
    c["runs"] += 1
    c["killed before the store opened"] += "opened" not in lines
    in_flight_save: str | None = None
    in_flight_withdraw: str | None = None
    for line in lines:
        verb, _, arg = line.partition(" ")
        if verb == "saving":
            in_flight_save = harness_response(int(arg)).receipt
            tally.next_number = int(arg) + 1
        elif verb == "saved":
            tally.kept[in_flight_save or ""] = int(arg)
            in_flight_save = None
            c["saves acknowledged"] += 1
        elif verb == "withdrawing":
            in_flight_withdraw = arg
        elif verb == "withdrew":
            tally.kept.pop(arg, None)
            tally.withdrawn.add(arg)
            in_flight_withdraw = None
            c["withdrawals acknowledged"] += 1
    c["stale temp files cleaned"] += len(stale_temp_files(data_dir / STORE_FILE))
    store = open_store(data_dir)
    c["damaged files quarantined"] += any("damaged" in n for n in store.notices)
    found = {r.receipt: r for r in read_responses(data_dir)}
    c["store count disagrees"] += store.count() != len(found)
    store.close()
    if in_flight_save is not None:
        c[f"interrupted saves {'kept' if in_flight_save in found else 'not kept'}"] += 1
        if in_flight_save in found:
            tally.kept[in_flight_save] = tally.next_number - 1
    if in_flight_withdraw is not None:
        done = in_flight_withdraw not in found
        c[f"interrupted withdrawals {'done' if done else 'not done'}"] += 1
        if done:
            tally.kept.pop(in_flight_withdraw, None)
            tally.withdrawn.add(in_flight_withdraw)
    for receipt, number in tally.kept.items():
        if receipt not in found:
            c["LOST acknowledged answers"] += 1
        elif found[receipt].model_dump(exclude={"id"}) != as_kept(harness_response(number)):
            c["CHANGED answers"] += 1
    c["WITHDRAWN answers back again"] += len(tally.withdrawn & found.keys())
    c["UNEXPECTED answers"] += len(found.keys() - tally.kept.keys())


def run(kills: int, seed: int, reset_every: int, folder: Path) -> Counter[str]:
    """Kill a worker `kills` times, starting a fresh store every `reset_every` kills."""
    chance = random.Random(seed)
    tally = Tally()
    for kill in range(kills):
        data_dir = folder / f"store-{kill // reset_every}"
        if kill % reset_every == 0:
            tally = Tally(counts=tally.counts)
        run_once(data_dir, tally, chance)
    return tally.counts


FAILURES: tuple[str, ...] = (
    "LOST acknowledged answers",
    "CHANGED answers",
    "WITHDRAWN answers back again",
    "UNEXPECTED answers",
    "store count disagrees",
)


def main() -> None:
    """Run the harness and print its counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset-every", type=int, default=25)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sayso-crash-"))
    started = time.perf_counter()
    try:
        counts = run(args.kills, args.seed, args.reset_every, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"Crash harness: {args.kills} kills (seed {args.seed}) in {time.perf_counter() - started:.0f} s"
    )
    for name in sorted(counts, key=lambda n: (n in FAILURES, n)):
        print(f"  {name:<40} {counts[name]:>8}")
    for name in FAILURES:
        if name not in counts:
            print(f"  {name:<40} {0:>8}")
    sys.exit(1 if any(counts[name] for name in FAILURES) else 0)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        worker(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
