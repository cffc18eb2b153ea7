"""`sayso serve` in a tablet-sized browser: answered by clicking only, stored; one participant at a time."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from kiosk.store import read_responses
from tests.e2e.browser import LANDSCAPE, PORTRAIT, KioskPage, Served, chromium, served_kiosk
from tests.pictures import clear_picture, option_picture_survey
from tests.polling import wait_until

RECEIPT = re.compile(r"\b([2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3})\b")
TOUCH_TARGET = 44  # CSS pixels: the smallest a finger can hit reliably


@pytest.fixture
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as running:
        yield running


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with served_kiosk(tmp_path) as kiosk:
        yield kiosk


def start_as_a_young_person(kiosk: KioskPage) -> None:
    """From the start screen to the first question: a young person, as they are, who agrees."""
    kiosk.wait_for("Touch the screen or press Space to start")
    kiosk.click_key("SPACE")  # Start
    kiosk.wait_for("Who are you?")
    kiosk.click_key("1")
    kiosk.wait_for("How do you like to answer?")
    kiosk.click_key("0")  # Next
    kiosk.wait_for("Is that OK?")
    kiosk.click_key("1")


@contextmanager
def part_way_in_a_tab(
    playwright: Playwright, tmp_path: Path
) -> Iterator[tuple[Served, BrowserContext, KioskPage]]:
    """event-feedback (which keeps part-way answers) served, with its first question answered
    in a browser tab: the kiosk, the browser and the tab."""
    with served_kiosk(tmp_path, "--survey", "event-feedback") as served:
        browser = chromium(playwright, tmp_path / "profile", LANDSCAPE)
        kiosk = KioskPage(browser.new_page())
        kiosk.page.goto(served.address)
        start_as_a_young_person(kiosk)
        kiosk.wait_for("Did you enjoy today?")
        kiosk.click_key("1")
        kiosk.wait_for("What was the best part of today?")
        try:
            yield served, browser, kiosk
        finally:
            browser.close()


def assert_kept_part_way(served: Served) -> None:
    """The one answer given to event-feedback was kept, as for someone who walked away."""
    assert wait_until(lambda: read_responses(served.data_dir), timeout=20)
    [kept] = read_responses(served.data_dir)
    assert not kept.complete
    assert kept.answer("enjoyed") is not None
    assert kept.answer("best_part") is None


def click_through_the_demo_survey(kiosk: KioskPage, pictures: Path) -> str:
    """Answer my-school as a young person, by clicking only; returns the receipt shown."""
    start_as_a_young_person(kiosk)
    kiosk.wait_for("How do you feel about school?")
    kiosk.page.screenshot(path=pictures / "question-landscape.png")
    kiosk.click_key("4")
    kiosk.wait_for("Do you get the help you need")
    kiosk.click_key("1")
    kiosk.wait_for("Who helps you most")
    kiosk.click_key("2")
    kiosk.wait_for("What do you like doing")
    for number in range(1, 7):
        kiosk.wait_for(f"Picture {number} of 6")
        kiosk.click_key("1")
    kiosk.wait_for("Do adults at school listen")
    kiosk.click_key("5")
    kiosk.wait_for("What is 1 thing you would change")
    kiosk.click_key("S")  # Skip
    kiosk.wait_for("Who answered?")
    kiosk.click_key("2")
    kiosk.wait_for("Check your answers")
    kiosk.click_key("0")  # Send
    match = RECEIPT.search(kiosk.wait_for("Your code is"))
    assert match, kiosk.text()
    return match.group(1)


def opens(page: Page, address: str) -> bool:
    """Whether the page at `address` is the kiosk now (not the in-use page)."""
    response = page.goto(address)
    return response is not None and response.status == 200


def assert_touch_targets(kiosk: KioskPage) -> None:
    """Every button seen was at least 44 CSS pixels each way."""
    labels = {box.label for box in kiosk.buttons_seen}
    assert len(labels) >= 5, labels  # the measuring found the buttons
    for box in kiosk.buttons_seen:
        assert box.height >= TOUCH_TARGET, box
        assert box.width >= TOUCH_TARGET, box


@pytest.mark.slow
def test_the_demo_survey_is_answered_by_clicking_in_a_tablet_browser_and_stored(
    served: Served, playwright: Playwright, tmp_path: Path
) -> None:
    browser = chromium(playwright, tmp_path / "profile", LANDSCAPE)
    kiosk = KioskPage(browser.new_page())
    kiosk.page.goto(served.address)
    kiosk.wait_for("Touch the screen or press Space to start")
    kiosk.page.screenshot(path=tmp_path / "attract-landscape.png")
    _, _, width, height = kiosk.cell()
    assert kiosk.columns * width >= 0.97 * LANDSCAPE["width"]
    assert kiosk.rows * height >= 0.97 * LANDSCAPE["height"]
    receipt = click_through_the_demo_survey(kiosk, tmp_path)
    kiosk.page.screenshot(path=tmp_path / "thanks-landscape.png")
    browser.close()
    assert_touch_targets(kiosk)
    assert wait_until(lambda: [r.receipt for r in read_responses(served.data_dir)] == [receipt], 20)
    [response] = read_responses(served.data_dir)
    assert (response.survey_id, response.who_answered) == ("my-school", "with_help")
    assert response.answer("feel_school") is not None


def test_the_page_fills_a_portrait_tablet_too(
    served: Served, playwright: Playwright, tmp_path: Path
) -> None:
    browser = chromium(playwright, tmp_path / "profile", PORTRAIT)
    kiosk = KioskPage(browser.new_page())
    kiosk.page.goto(served.address)
    kiosk.wait_for("Touch the screen or press Space to start")
    kiosk.page.screenshot(path=tmp_path / "attract-portrait.png")
    _, _, width, height = kiosk.cell()
    assert kiosk.columns * width >= 0.97 * PORTRAIT["width"]
    assert kiosk.rows * height >= 0.97 * PORTRAIT["height"]
    kiosk.click_key("SPACE")
    kiosk.wait_for("Who are you?")
    kiosk.click_key("1")
    kiosk.wait_for("How do you like to answer?")
    kiosk.page.screenshot(path=tmp_path / "profile-portrait.png")
    kiosk.click_key("0")
    kiosk.wait_for("Is that OK?")
    kiosk.click_key("1")
    kiosk.wait_for("How do you feel about school?")
    kiosk.page.screenshot(path=tmp_path / "question-portrait.png")
    kiosk.click_key("4")
    kiosk.wait_for("Do you get the help you need")
    browser.close()
    assert_touch_targets(kiosk)


def test_a_second_tab_is_told_the_kiosk_is_in_use_and_gets_it_by_itself_once_free(
    served: Served, playwright: Playwright, tmp_path: Path
) -> None:
    browser = chromium(playwright, tmp_path / "profile", LANDSCAPE)
    first = KioskPage(browser.new_page())
    first.page.goto(served.address)
    first.wait_for("Touch the screen or press Space to start")
    second = KioskPage(browser.new_page())  # or the same tab, reloaded before it let go
    response = second.page.goto(served.address)
    assert response is not None
    assert response.status == 409
    assert "This kiosk is in use" in second.page.inner_text("body")
    assert "Touch the screen" not in second.page.inner_text("body")
    first.page.close()
    second.wait_for("Touch the screen or press Space to start", seconds=30)  # nothing touched
    browser.close()


def test_a_wrong_or_missing_token_is_refused_when_one_is_needed(
    playwright: Playwright, tmp_path: Path
) -> None:
    with served_kiosk(tmp_path, "--require-token") as kiosk:
        assert "?token=" in kiosk.address
        bare = kiosk.address.split("?")[0]
        for refused in (bare, f"{bare}?token=wrong", f"{bare}static/js/textual.js"):
            with pytest.raises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(refused, timeout=10)
            assert caught.value.code == 403
        browser = chromium(playwright, tmp_path / "profile", LANDSCAPE)
        page = KioskPage(browser.new_page())
        page.page.goto(kiosk.address)
        page.wait_for("Touch the screen or press Space to start")  # the token also opens the app
        browser.close()


def test_a_survey_picture_is_drawn_in_the_browser(playwright: Playwright, tmp_path: Path) -> None:
    with served_kiosk(tmp_path, "--survey", "event-feedback") as served:
        browser = chromium(playwright, tmp_path / "profile", LANDSCAPE)
        kiosk = KioskPage(browser.new_page())
        kiosk.page.goto(served.address)
        start_as_a_young_person(kiosk)
        kiosk.wait_for("Did you enjoy today?")
        for _ in range(200):  # the picture comes just after the words, then takes its room
            screen = kiosk.text()
            if sum("▀" * 10 in line for line in screen.splitlines()) >= 5:
                break
            kiosk.page.wait_for_timeout(50)
        else:
            raise AssertionError(f"no picture drawn on:\n{screen}")
        shot = tmp_path / "picture.png"
        kiosk.page.screenshot(path=shot)
        left, top, width, height = kiosk.cell()
        browser.close()
    row = next(n for n, line in enumerate(screen.splitlines()) if "▀" * 10 in line)
    area = (
        int(left),
        int(top + row * height),
        int(left + 30 * width),
        int(top + (row + 10) * height),
    )
    picture = Image.open(shot).convert("RGB").crop(area)
    colours = [
        (int(p[0]), int(p[1]), int(p[2]))
        for p in picture.get_flattened_data()
        if isinstance(p, tuple)
    ]
    balloons = {"red": (200, 60, 60), "blue": (40, 90, 220), "green": (30, 150, 70)}
    for name, (r, g, b) in balloons.items():
        near = len([c for c in colours if abs(c[0] - r) + abs(c[1] - g) + abs(c[2] - b) < 90])
        assert near > 50, f"no {name} balloon in the picture"


def test_option_pictures_are_drawn_in_the_browser_and_their_buttons_still_work(
    playwright: Playwright, tmp_path: Path
) -> None:
    clear_picture(tmp_path / "cat.png")
    clear_picture(tmp_path / "dog.png")
    survey = option_picture_survey(tmp_path)
    with served_kiosk(tmp_path, "--survey", str(survey)) as served:
        browser = chromium(playwright, tmp_path / "profile", LANDSCAPE)
        kiosk = KioskPage(browser.new_page())
        kiosk.page.goto(served.address)
        start_as_a_young_person(kiosk)
        screen = kiosk.wait_for("Which pet do you like?")
        for _ in range(200):  # the pictures come just after the words
            screen = kiosk.text()
            if re.search(r"│\s+1\s+▀+ A cat", screen) and re.search(r"│\s+2\s+▀+ A dog", screen):
                break
            kiosk.page.wait_for_timeout(50)
        else:
            raise AssertionError(f"no option pictures drawn on:\n{screen}")
        kiosk.click_key("2")  # the button is touched as before
        kiosk.wait_for("What food do you like?")
        browser.close()
    assert_touch_targets(kiosk)


def test_a_tab_closed_part_way_keeps_the_answers_as_walking_away_and_the_next_starts_clean(
    playwright: Playwright, tmp_path: Path
) -> None:
    with part_way_in_a_tab(playwright, tmp_path) as (served, browser, first):
        first.page.close()  # the participant walks off with the tab closed
        assert_kept_part_way(served)
        second = KioskPage(browser.new_page())
        assert wait_until(lambda: opens(second.page, served.address), timeout=20)
        screen = second.wait_for("Touch the screen or press Space to start")
        assert "What was the best part" not in screen


def test_a_tab_reloaded_part_way_comes_back_to_a_clean_start_by_itself(
    playwright: Playwright, tmp_path: Path
) -> None:
    with part_way_in_a_tab(playwright, tmp_path) as (served, _, kiosk):
        kiosk.page.reload()  # perhaps to the in-use page first, while the old page lets go
        screen = kiosk.wait_for("Touch the screen or press Space to start", seconds=30)
        assert "What was the best part" not in screen
        assert_kept_part_way(served)  # walking away, as the survey says
