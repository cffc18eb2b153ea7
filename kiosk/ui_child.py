"""The kiosk's screen in a process of its own, so nothing that kills the screen ends the kiosk.

`sayso kiosk` checks the survey and the PIN and takes the data folder's lock; then, for each
run of the screen on a terminal, it forks. The child runs the Textual app; the parent only waits, and
holds the lock from start to end, between children too, so a second kiosk is always refused.

Why a fork and not a new interpreter: it is the simplest safe design. The child starts as
fast as the kiosk did in one process (no second interpreter, nothing imported twice; the
parent never imports Textual, so each child starts clean), and it receives the lock by
inheritance: its copy of the lock's descriptor shares the parent's open lock, so the child
takes no lock of its own, and no other program can start a child. Before anything else the
child still checks that the lock it was handed holds this folder's lock file, and refuses
(stops) if not.

When a child dies without tidying up, the parent puts the terminal back (the settings it had
at the start, as `stty sane` would; it leaves the alternate screen, shows the cursor, and
stops mouse reporting and bracketed paste); then it starts the next child at once. While it
waits, the parent ignores the terminal's interrupt, quit and suspend keys, so nothing typed
between two children can stop it; a `kill` (SIGTERM) is passed on to the child. Where there
is no fork (Windows), or no terminal to look after (a headless run, such as the command
tests), the screen runs in the parent's own process, as before.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable

from kiosk.error_log import ErrorLog
from kiosk.lockfile import FolderLock
from kiosk.supervisor import RunEnd, RunOnce
from kiosk.terminal_reset import TerminalKeeper

IGNORED_WHILE_WAITING = (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP)


def in_child_process(run_once: RunOnce, lock: FolderLock, log: ErrorLog) -> RunOnce:
    """`run_once`, each time in a new child process (or in this one, where fork is missing)."""
    if not hasattr(os, "fork") or not sys.stdin.isatty():
        return run_once
    terminal = TerminalKeeper.of_this_terminal()

    def run_in_child(previous: RunEnd | None) -> RunEnd:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os._exit(_child(run_once, previous, lock, log).code)
        ended = _wait_for(pid)
        if ended is RunEnd.DIED:  # a screen that ended by itself has tidied the terminal
            terminal.restore()
        return ended

    return run_in_child


def _child(run_once: RunOnce, previous: RunEnd | None, lock: FolderLock, log: ErrorLog) -> RunEnd:
    """The child's whole life: check the lock, run the screen once, say how it ended."""
    for number in (*IGNORED_WHILE_WAITING, signal.SIGTERM):
        signal.signal(number, signal.SIG_DFL)
    if not lock.held_on_disk():
        print("Say So stopped: the kiosk lost its hold on its data folder.", file=sys.stderr)
        return RunEnd.STOPPED
    keep_tracebacks_off_the_screen(log)
    try:
        return run_once(previous)
    except BaseException as error:  # anything at all: the parent starts a new screen
        log.record(error, "the kiosk screen's process")
        return RunEnd.CRASHED


def keep_tracebacks_off_the_screen(log: ErrorLog) -> None:
    """Errors nobody caught, in any thread, go to the error log instead of the terminal."""
    sys.excepthook = lambda kind, error, trace: log.record(error, "the kiosk")
    threading.excepthook = lambda args: _log_thread_error(log, args)


def _log_thread_error(log: ErrorLog, args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.record(args.exc_value, f"the thread {args.thread.name if args.thread else ''}")


def _wait_for(pid: int) -> RunEnd:
    """Wait for the child, passing a SIGTERM on to it; how it ended."""
    ignored = {number: signal.signal(number, signal.SIG_IGN) for number in IGNORED_WHILE_WAITING}
    forward: Callable[[int, object], None] = lambda number, frame: os.kill(pid, number)  # noqa: E731
    before_term = signal.signal(signal.SIGTERM, forward)
    try:
        _, status = os.waitpid(pid, 0)
    finally:
        for number, handler in ignored.items():
            signal.signal(number, handler)
        signal.signal(signal.SIGTERM, before_term)
    code = os.waitstatus_to_exitcode(status)
    if code == -signal.SIGTERM:
        raise SystemExit(1)  # the kiosk was asked to end: end the parent too
    return RunEnd.from_code(code)
