"""A signal whose Python handler raises, arriving while nh3 calls back into Python, reaches the
caller and prints nothing (load/heldsignals.py). Only SIGINT was held: serve's SIGHUP (the terminal
closed, sent to its process group) during a 1,000-article first build printed "Exception ignored in:
('a', 'href', …)" with a traceback from the attribute filter (2 runs in 16), and its SIGALRM repeat
timer and SIGTERM could land there alike."""
from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load import markup
from briefgen.load.heldsignals import held_signals
from briefgen.load.heldsignals import HELD
from briefgen.preview.stopsignals import stop_signals

LINKS = "<p>" + "".join(f'<a href="https://example.org/{n}" title="t{n}">x</a> ' for n in range(20_000)) + "</p>"


def _interrupted(*args: Any) -> None:
    raise KeyboardInterrupt


def _clean_signalled_at(number: int, at: int) -> list[Any]:
    """Clean LINKS with a filter that, at its `at`-th call, has another thread send `number` to this
    process 1 ms later, while nh3's own code runs (the handler then runs where Python code next
    runs: the filter called back, as for a Ctrl-C typed at any moment); what Python reported as
    "Exception ignored"."""
    calls = []
    ignored: list[Any] = []

    def keep(tag: str, attr: str, value: str) -> str | None:
        calls.append(attr)
        if len(calls) == at:
            threading.Timer(0.001, os.kill, (os.getpid(), number)).start()
        return value

    previous_hook, sys.unraisablehook = sys.unraisablehook, ignored.append
    try:
        with pytest.raises(KeyboardInterrupt):
            markup._nh3_clean(LINKS, keep, tags={"a", "p"}, attributes={"a": {"href", "title"}})
    finally:
        sys.unraisablehook = previous_hook
    assert len(calls) >= at
    return ignored


@settings(max_examples=examples(40), deadline=None)
@given(number=st.sampled_from(HELD), at=st.integers(1, 1000))
def test_a_raising_handler_during_the_sanitiser_reaches_the_caller_and_prints_nothing(number: int, at: int) -> None:
    previous = signal.signal(number, _interrupted)
    try:
        assert _clean_signalled_at(number, at) == []
    finally:
        signal.signal(number, previous)


def test_serve_s_sighup_during_the_sanitiser() -> None:
    with stop_signals() as stops:
        assert _clean_signalled_at(signal.SIGHUP, 3) == []
        stops.taken()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_handler_installed_outside_python_or_the_default_is_left_alone() -> None:
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with held_signals():
            os.kill(os.getpid(), signal.SIGHUP)  # ignored, as before: nothing noted or raised again
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)
