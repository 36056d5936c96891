"""An option value that means nothing is a usage error (exit 2) naming the option, before any work.

`briefgen serve --host "$HOST"` with HOST unset listened on every network interface (the socket
API's "" is INADDR_ANY) and printed http://:8000/; `briefgen build --base-url "$DEPLOY_URL"` with
DEPLOY_URL unset was taken for "no --base-url", so the feeds carried config.yaml's address without a
word; `--wait nan` waited for ever (nan compares false with every deadline).
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen import arguments
from briefgen.cli import _parser
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

BLANK = st.text(alphabet=" \t\n\r\f\v\u00a0\u2003\u3000", max_size=4)


@pytest.mark.parametrize("args, option", [
    (["serve", "--host", ""], "--host"), (["serve", "--host", "  "], "--host"),
    (["build", "--base-url", ""], "--base-url"), (["build", "--wait", "nan"], "--wait"),
    (["build", "--wait", "inf"], "--wait"), (["fetch", "--wait", "-1"], "--wait"),
])
def test_a_meaningless_option_value_is_a_usage_error_and_nothing_runs(tmp_path: Path, args: list[str],
                                                                      option: str) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    done = run_cli(args, site, timeout=60)  # (before the fix, serve --host "" served until killed)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"error: argument {option}: " in done.stderr
    assert "Serving on" not in done.stdout and not (site / "output").exists()


@settings(max_examples=examples(60), deadline=None)
@given(BLANK)
def test_a_blank_host_or_base_url_is_refused_by_the_parser(blank: str) -> None:
    for args in (["serve", "--host", blank], ["build", "--base-url", blank]):
        with pytest.raises(SystemExit) as stop:
            _parser().parse_args(args)
        assert stop.value.code == 2


@settings(max_examples=examples(100), deadline=None)
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                 st.sampled_from(["nan", "NaN", "-nan", "inf", "-Infinity", "1e999", "-0", "0", "600", "x", ""])))
def test_a_wait_is_a_finite_number_of_seconds_from_zero(text: str) -> None:
    try:
        meant = float(text)
    except ValueError:
        meant = math.nan
    if math.isfinite(meant) and meant >= 0:
        assert arguments.seconds(text) == meant
        assert _parser().parse_args(["build", "--wait", text]).wait == meant
    else:
        with pytest.raises(argparse.ArgumentTypeError):
            arguments.seconds(text)


def test_a_host_given_is_kept_and_the_default_is_local() -> None:
    assert _parser().parse_args(["serve"]).host == "127.0.0.1"
    assert _parser().parse_args(["serve", "--host", " ::1 "]).host == "::1"
    assert _parser().parse_args(["build", "--base-url", "https://example.org/b/"]).base_url == "https://example.org/b/"
