"""Which presses and clicks `FreshInput` says were made before the view in front of them."""

from __future__ import annotations

from textual import events

from kiosk.ui.fresh_input import FreshInput


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def made(event: events.Event, at: float) -> events.Event:
    """`event`, as if made at `at`."""
    event.time = at
    return event


def mouse(kind: type[events.MouseEvent], at: float) -> events.Event:
    """A press or release of the mouse button, made at `at`."""
    return made(kind(None, 5, 5, 0, 0, 1, False, False, False, 5, 5), at)


def test_a_key_made_before_the_view_is_dropped_and_one_made_after_is_not() -> None:
    clock = Clock()
    fresh = FreshInput(clock)
    clock.now = 101.0
    fresh.new_view()
    assert fresh.made_before_view(made(events.Key("1", "1"), 100.5))
    assert not fresh.made_before_view(made(events.Key("1", "1"), 101.0))
    assert not fresh.made_before_view(made(events.Key("1", "1"), 101.2))


def test_a_click_pressed_before_the_view_and_lifted_after_it_is_dropped() -> None:
    clock = Clock()
    fresh = FreshInput(clock)
    assert not fresh.made_before_view(mouse(events.MouseDown, 100.5))
    clock.now = 101.0
    fresh.new_view()  # the first tap of a double tap moved the kiosk on
    assert fresh.made_before_view(mouse(events.MouseDown, 100.9))  # the second tap's press
    assert fresh.made_before_view(mouse(events.MouseUp, 101.1))  # and its release, after
    assert not fresh.made_before_view(mouse(events.MouseDown, 101.5))  # a new tap counts
    assert not fresh.made_before_view(mouse(events.MouseUp, 101.6))


def test_other_events_are_never_dropped() -> None:
    clock = Clock()
    fresh = FreshInput(clock)
    clock.now = 101.0
    fresh.new_view()
    assert not fresh.made_before_view(made(events.Paste("words"), 50.0))
    assert not fresh.made_before_view(made(events.Blur(), 50.0))
