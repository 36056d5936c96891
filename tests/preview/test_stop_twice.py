"""`serve` told to stop more than once (Ctrl-C pressed twice, a SIGTERM after the Ctrl-C): the stop
already under way is not cut short (preview/stopsignals.py).

A second Ctrl-C 0.1-0.27 s after the first, at 1,000 articles, landed in serve's cleanup and left
its temporary site (4 runs in 5 of that window); one a little later, after the handlers were given
back, exited 130 with "briefgen serve: interrupted" or printed "Exception ignored in: <module
'threading'>" with a traceback. The timer that raises a swallowed interrupt again also fired into
the `finally` blocks a first interrupt passes through (the build stopping its workers)."""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.preview.stopsignals import Stops, stop_signals
from support.sites import write_site
from support.examples import examples
from test_preview import SITE, TIMEOUT, served_url, start_cli

STOPS = st.sampled_from([signal.SIGINT, signal.SIGTERM, signal.SIGHUP])


def _busy(seconds: float) -> None:
    """Python code running for `seconds` (a signal's handler runs between its bytecodes)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(100))


@settings(max_examples=examples(12), deadline=None)
@given(first=STOPS, later=st.lists(st.tuples(STOPS, st.floats(0, Stops.AGAIN_SECONDS)), max_size=3))
def test_signals_during_the_cleanup_interrupt_nothing(first: signal.Signals,
                                                      later: list[tuple[signal.Signals, float]]) -> None:
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP,
                                                              signal.SIGALRM)}
    finished = False
    with pytest.raises(KeyboardInterrupt):
        with stop_signals() as stops:
            try:
                os.kill(os.getpid(), first)
                _busy(10)  # (the interrupt comes within a bytecode or two)
            finally:
                stops.taken()  # serve's cleanup: nothing may cut it short, however often told
                for number, pause in later:
                    os.kill(os.getpid(), number)
                    _busy(pause)
                _busy(1.5 * Stops.AGAIN_SECONDS)  # (the timer, were it armed again, fires in here)
                finished = True
    assert finished and stops.signalled
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # disarmed: nothing fires into the next serve
    assert {number: signal.getsignal(number) for number in before} == before  # restored (in-process use)


@pytest.mark.parametrize("work", [0.5, 1.2])  # (seconds of a finally's work: past one and two timer periods)
def test_the_timer_raises_nothing_into_the_finally_an_interrupt_passes_through(work: float) -> None:
    # The first interrupt on its way out runs the build's `finally` blocks (stopping its worker
    # processes: up to 5 s each); the timer meant for a swallowed interrupt raised into them.
    # The interrupt is caught where serve catches it: `taken` is called while it is being handled
    # (as `Preview.__exit__` does); a `taken` after the `except` left a window in which the timer
    # rightly raised again (a CI run: the worker "crashed" with a KeyboardInterrupt).
    finished = caught = False
    with stop_signals() as stops:
        try:
            try:
                os.kill(os.getpid(), signal.SIGINT)
                _busy(10)
            finally:
                try:  # (cleanup code that meets and handles an error of its own meanwhile)
                    raise OSError("a worker already gone")
                except OSError:
                    _busy(work / 2)
                _busy(work / 2)
                finished = True
        except KeyboardInterrupt:
            stops.taken()
            caught = True
    assert finished and caught


@settings(max_examples=examples(6), deadline=None)
@given(stops=st.lists(STOPS, min_size=2, max_size=3), gap=st.floats(0, 0.3))
def test_a_serve_told_to_stop_again_while_it_stops_exits_cleanly(stops: list[signal.Signals], gap: float) -> None:
    work = Path(tempfile.mkdtemp(prefix="stop-twice-"))
    try:
        root = write_site(work / "site", SITE)
        temp = work / "temp"
        temp.mkdir()
        process = start_cli(root, tmpdir=temp)
        try:
            served_url(process)
            for number in stops:
                process.send_signal(number)
                time.sleep(gap)
            out, err = process.communicate(timeout=TIMEOUT)
        finally:
            process.kill() if process.poll() is None else None
        assert process.returncode == 0, err
        assert "Stopped." in out and "Traceback" not in err and "interrupted" not in err and "Exception" not in err
        assert list(temp.iterdir()) == []  # its temporary site removed
    finally:
        shutil.rmtree(work)
