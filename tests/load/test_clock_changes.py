"""A date without an offset at a clock change is read as before, with a warning at its line.

SPEC: naive dates are read in config.yaml's timezone. In the hour a zone skips (spring forward)
a wall-clock time never was, and in the hour it repeats (autumn) it was twice: `published:
2025-03-30T03:30:00` in Europe/Riga was published as 03:30+02:00 (which Riga's clocks never
showed: it is 04:30 there), and 2025-10-26T03:30:00 silently as the first of two moments an hour
apart -- which can decide the first report of a story. `briefgen fetch` already said so for a
feed's date (importer/zones.py); a hand-written one did not.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.load.fields import Fields
from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

NAMES = ["Europe/Riga", "Europe/Kyiv", "America/New_York", "Australia/Lord_Howe", "UTC", "Asia/Tokyo"]


def _changes(zone: str) -> list[dt.datetime]:
    """The wall-clock hours of 2024-2025 in which `zone`'s offset changes (where the cases are): those of the days at
    whose ends the offset differs (no zone here changes and changes back within a day). Hour by hour over both years,
    as this was first written, it took ~1.2 s of every test process's collection; day by day, the same hours, 0.04 s."""
    tz, day, found = ZoneInfo(zone), dt.datetime(2024, 1, 1), []

    def offset(moment: dt.datetime) -> dt.timedelta | None:
        return moment.replace(tzinfo=tz).utcoffset()

    while day.year < 2026:
        following = day + dt.timedelta(days=1)
        if offset(day) != offset(following):
            found += [hour for hour in (day + dt.timedelta(hours=n) for n in range(24))
                      if offset(hour) != offset(hour + dt.timedelta(hours=1))]
        day = following
    return found


CHANGES = {zone: _changes(zone) for zone in NAMES}
ZONES = st.sampled_from(NAMES)
TIMES = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2026, 12, 31)).map(
    lambda t: t.replace(second=0, microsecond=0))


@st.composite
def _near_a_change(draw: st.DrawFn, zone: str) -> dt.datetime:
    """A wall-clock minute within two hours of one of `zone`'s clock changes, or any time in UTC-like zones."""
    if not CHANGES[zone]:
        return draw(TIMES)
    return draw(st.sampled_from(CHANGES[zone])) + dt.timedelta(minutes=draw(st.integers(-60, 180)))


def _read(written: str, zone: str) -> tuple[dt.datetime | None, list[str]]:
    data, problems = load_mapping(f"published: {written}\n", "a.md")
    assert data is not None and problems == []
    found: list = []
    moment, _ = Fields(data, "a.md", found).moment("published", ZoneInfo(zone), required=True)
    return moment, [f"{p.severity}:{p.line}:{p.message}" for p in found]


@settings(max_examples=examples(200), deadline=None)
@given(zone_and_time=ZONES.flatmap(lambda z: st.tuples(st.just(z), st.one_of(_near_a_change(z), TIMES))),
       quoted=st.booleans())
@example(zone_and_time=("Europe/Riga", dt.datetime(2025, 3, 30, 3, 30)), quoted=False)
@example(zone_and_time=("Europe/Riga", dt.datetime(2025, 10, 26, 3, 30)), quoted=True)
def test_a_warning_exactly_when_the_wall_clock_time_is_not_one_moment(zone_and_time: tuple[str, dt.datetime],
                                                                        quoted: bool) -> None:
    zone, naive = zone_and_time
    written = json.dumps(naive.isoformat()) if quoted else naive.isoformat()
    moment, said = _read(written, zone)
    assert moment is not None
    tz = ZoneInfo(zone)
    first, second = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    assert moment.utcoffset() == first.utcoffset()  # (the reading is unchanged: fold=0)
    if first.utcoffset() == second.utcoffset():
        assert said == []
    else:
        exists = first.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None) == naive
        assert len(said) == 1 and said[0].startswith(f'warning:1:"published" {naive.isoformat()} ')
        assert ("occurs twice in " if exists else "does not exist in ") + zone in said[0]
        assert first.isoformat()[-6:] in said[0] and second.isoformat()[-6:] in said[0]
    with_offset, said = _read(moment.isoformat(), zone)
    assert with_offset == moment and said == []


def test_the_reported_article_warns_at_its_line_and_builds(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"].replace("title: Test Briefing\n", "title: Test Briefing\ntimezone: Europe/Riga\n")
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "published: 2023-05-10T09:00:00+03:00", "published: 2025-03-30T03:30:00")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config,
                                          "content/articles/first-report.md": article})
    done = run_cli(["build", "-q"], root)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        'content/articles/first-report.md:4: warning: "published" 2025-03-30T03:30:00 does not exist in Europe/Riga '
        "(the clocks jump over it); it is read as 2025-03-30T03:30:00+02:00, with the offset before the change: "
        "add the offset meant (+02:00 or +03:00) to say which moment it is")
