"""Draw the README's report pictures from a made-up event: docs/report-terminal.png and
docs/report-page.png.

    .venv/bin/python tools/report_pictures.py

Three kiosks at a fun day each hold answers to the built-in event-feedback survey, made up
with a fixed seed. Each kiosk's bundle goes through the real `sayso import` into an organiser
folder, then the real `sayso report` prints its tables (drawn at 80 columns, as a terminal
shows them, with Rich and rsvg-convert) and writes its web page (photographed in headless
Chromium). Nothing here is a real answer.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))  # the repository root, so `tests` imports

from kiosk.bundles.export import build_bundle  # noqa: E402
from kiosk.keys import KeyFolder, KioskKeys, KioskSigningKey, OrganiserKeyPair  # noqa: E402
from kiosk.store import MemoryStore  # noqa: E402
from surveys.catalog import load_builtin  # noqa: E402
from surveys.flow import Flow  # noqa: E402
from surveys.response import RECEIPT_ALPHABET, Response, WhoAnswered  # noqa: E402
from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SAYSO = Path(sys.executable).with_name("sayso")
DOCS = ROOT / "docs"
PEOPLE = (34, 27, 19)
"""How many answered at each kiosk."""
WHO: list[WhoAnswered] = ["myself", "with_help", "for_me"]
WORDS = ["More food stalls please", "The music was too loud", "I liked the climbing wall"]


def answers(count: int, chance: random.Random, day: datetime) -> list[Response]:
    """`count` made-up responses to event-feedback, over one afternoon."""
    survey = load_builtin("event-feedback")
    made: list[Response] = []
    for _ in range(count):
        when = day + timedelta(minutes=chance.randrange(240))
        audience = chance.choices(["young_person", "parent_carer", "other"], [6, 3, 1])[0]
        flow = Flow(survey, audience, clock=partial(_same, when))
        flow.answer(chance.choices([1, 2, 3], [1, 3, 6])[0])
        flow.answer(
            chance.choices(["activities", "people", "food", "information"], [5, 3, 2, 1])[0]
        )
        flow.answer(chance.choices(["yes", "no", "not_sure"], [7, 1, 2])[0])
        flow.answer(chance.choice(WORDS))
        code = "".join(chance.choice(RECEIPT_ALPHABET) for _ in range(6))
        who: WhoAnswered = chance.choices(WHO, [6, 3, 1])[0]
        made.append(flow.finish(who, f"{code[:3]}-{code[3:]}"))
    return made


def _same(moment: datetime) -> datetime:
    return moment


def organiser_with_answers(folder: Path) -> Path:
    """An organiser data folder with the three kiosks' bundles imported by `sayso import`."""
    organiser = OrganiserKeyPair.generate()
    data = folder / "organiser-data"
    KeyFolder.of(data).save_organiser_pair(organiser)
    chance = random.Random(7)
    day = datetime(2026, 7, 18, 12, 0, tzinfo=UTC)
    bundles = []
    for number, people in enumerate(PEOPLE):
        store = MemoryStore(organiser.public, surveys=[load_builtin("event-feedback")])
        for response in answers(people, chance, day):
            store.save(response)
        keys = KioskKeys(organiser.public, KioskSigningKey.generate())
        path = folder / f"kiosk-{number + 1}.sayso"
        path.write_bytes(build_bundle(store, keys, include_exported=False).data)
        bundles.append(path)
    run("import", *bundles, "--data-dir", data)
    return data


def run(*args: object, columns: int = 80) -> str:
    """The real `sayso` command; what it printed."""
    env = {**os.environ, "COLUMNS": str(columns), "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    done = subprocess.run(
        [str(SAYSO), *map(str, args)], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"sayso {args[0]} failed:\n{done.stderr}")
    return done.stdout


def terminal_picture(printed: str, png: Path) -> None:
    """`printed` (with its colours) drawn as an 80-column terminal, saved as a PNG."""
    console = Console(record=True, width=80, force_terminal=True, color_system="truecolor")
    console.print(Text.from_ansi(printed))
    svg = png.with_suffix(".svg")
    console.save_svg(str(svg), title="sayso report")
    subprocess.run(["rsvg-convert", "--zoom", "1.0", "-o", str(png), str(svg)], check=True)
    svg.unlink()


def page_picture(html: Path, png: Path, profile: Path) -> None:
    """The report's web page as a phone-wide browser shows it, saved as a PNG."""
    subprocess.run(
        [CHROMIUM, *CHROMIUM_ARGS, f"--user-data-dir={profile}", "--hide-scrollbars",
         f"--screenshot={png}", "--window-size=480,1400", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def main() -> None:
    """Make both pictures in docs/."""
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        data = organiser_with_answers(folder)
        printed = run("report", "--survey", "event-feedback", "--data-dir", data)
        terminal_picture(printed, DOCS / "report-terminal.png")
        page = folder / "report.html"
        run("report", "--survey", "event-feedback", "--html", page, "--data-dir", data)
        page_picture(page, DOCS / "report-page.png", folder / "profile")
    print(f"wrote {DOCS / 'report-terminal.png'} and {DOCS / 'report-page.png'}")


if __name__ == "__main__":
    main()
