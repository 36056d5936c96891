"""A date written as RFC 3339 allows, with a lower-case "t" or "z", is the date meant (load/fields.py).

The SPEC trial: `published: 2025-02-08t10:00:00z` was refused as "not a real date"; RFC 3339
(section 5.6, NOTE) lets both letters be lower case, and feeds and tools write them so.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st

from briefgen.load.fields import parse_moment
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

MOMENTS = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1)).map(
    lambda m: m.replace(microsecond=0))


@settings(max_examples=examples(60), deadline=None, database=None)
@given(MOMENTS, st.sampled_from(["T", "t", " "]), st.sampled_from(["Z", "z", "+02:00", ""]),
       st.sampled_from(["UTC", "Europe/Kyiv", "America/New_York"]))
def test_either_case_of_t_and_z_is_the_same_moment(moment: dt.datetime, t: str, z: str, zone: str) -> None:
    written = f"{moment.date().isoformat()}{t}{moment.time().isoformat()}{z}"
    upper = f"{moment.date().isoformat()}T{moment.time().isoformat()}{z.upper()}"
    assert parse_moment(written, ZoneInfo(zone)) == parse_moment(upper, ZoneInfo(zone)) is not None


def test_the_reported_date_builds(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "published: 2023-05-10T09:00:00+03:00", "published: 2023-05-10t06:00:00z")
    root = write_site(tmp_path, {**MINIMAL_SITE, "content/articles/first-report.md": article})
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    assert "10 May 2023" in (root / "output/articles/first-report/index.html").read_text(encoding="utf-8")
