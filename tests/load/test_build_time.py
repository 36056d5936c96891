"""SOURCE_DATE_EPOCH that briefgen cannot use is ignored with a warning, never a crash (load/buildtime.py).

Found by trial: `SOURCE_DATE_EPOCH=99999999999999 briefgen build` ended with "unexpected error:
ValueError: year 3170843 is out of range" (as did "²", a digit to str.isdigit that int() refuses),
and "yesterday", "1.5" or "-5" were ignored without a word: the feeds' lastBuildDate silently was
not the moment asked for.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import pytest
from hypothesis import example, given, settings, strategies as st
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

from briefgen.build import BuildOptions
from briefgen.load.buildtime import LAST, source_date_epoch

UTC = dt.timezone.utc


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.one_of(st.text(max_size=20), st.integers(-10**15, 10**15).map(str),
                 st.integers(0, 10**13).map(lambda n: f" {n}\n")))
@example("99999999999999")
@example("²")
@example("١٢٣")
@example(str(int(LAST.timestamp())))
def test_any_value_is_a_moment_or_ignored_with_a_warning(value: str) -> None:
    when, problems = source_date_epoch(value)
    text = value.strip()
    if text.isascii() and text.isdigit() and int(text) < LAST.timestamp():
        assert when == dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(seconds=int(text)) and problems == ()
    elif not text:
        assert when is None and problems == ()
    else:
        assert when is None and len(problems) == 1
        assert problems[0].severity == "warning" and str(problems[0]).startswith("SOURCE_DATE_EPOCH: warning: ")


@pytest.mark.parametrize("value", ["yesterday", "-5", "1.5", "99999999999999"])
def test_the_options_carry_the_warning(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    options = BuildOptions.from_environment()
    assert options.build_time is None and [d.path for d in options.environment] == ["SOURCE_DATE_EPOCH"]


def test_build_with_a_far_future_epoch_warns_and_publishes(tmp_path: Path) -> None:
    site = write_site(tmp_path, MINIMAL_SITE)
    done = run_cli(["build"], cwd=site, env={"SOURCE_DATE_EPOCH": "99999999999999"})
    assert done.returncode == 0, done.stderr
    assert "SOURCE_DATE_EPOCH: warning: '99999999999999' is not a moment" in done.stderr
    assert "unexpected error" not in done.stderr
    feed = feedparser.parse((site / "output/feed.xml").read_bytes())
    assert not feed.bozo and feed.feed.updated == "Thu, 11 May 2023 00:00:00 +0000"  # the note, the newest content
