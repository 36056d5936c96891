"""A live blog's entries are placed in time by the offset its `published:` was written with (load/writtenoffsets.py,
livedays.entries_at; FX86). The site's calendar kept only the instant, so the entries' clocks (the writer's) were
read as a guess, and FX80 let a report join a blog only when the guess could not be wrong: a Kathmandu blog on a
London site and a London blog on a Honolulu site lost their own strike's report. Now the written offset is kept on
the Article and a blog and a report are dated on one calendar, the report's writer's where written, else the site's;
a report of any day the blog's entries ran on joins it (a report after midnight inside a blog that crosses it), and
a blog updated the next morning is of its entries' day. BR40's c7 stays two stories: a Honolulu blog whose entries
ran from 00:05 on the 28th in London, and a London report of the 27th. Drawn: the site's, the writer's and the
report's offsets, the entries' instants and the report's, the blog's update delay."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples
from support.sites import run_cli, write_site

from briefgen.analyse.livedays import OPENED_BEFORE
from briefgen.analyse.stories import group_stories
from briefgen.analyse.storyfeatures import story_features
from briefgen.load.writtenoffsets import written_offset
from stories.storyeval import group, load_site

CONFIG = """title: Ports
base_url: https://example.org/ports/
language: en
timezone: {tz}
topics:
  - id: news
    title: News
    keywords: [strike]
sources:
  - name: Harbour Post
  - name: Reuters
  - name: Meridian News
"""
TEXTS = ["Dockworkers at Felixstowe walked out at dawn in a strike over pay, the union Unite said.",
         "Unite general secretary Sharon Graham said the strike would last 48 hours.", "Ships queued off Harwich.",
         "Lorries backed up on the A14."]
DOCK = ("Felixstowe dockworkers walk out over pay", "Meridian News",
        "Dockworkers at Felixstowe walked out in a strike over pay, Unite said.\n\n"
        "The port handles 40% of British container traffic.")
VOTE = ("Felixstowe dockworkers vote to strike over pay", "Reuters",
        "Dockworkers at Felixstowe voted to strike over pay, the union Unite said.\n\n"
        "The port handles 40% of British container traffic.")

BUS = ("Unite bus drivers strike in Manchester over pay", "Reuters",
       "Bus drivers in Manchester walked out in a strike over pay, the union Unite said, with general secretary "
       "Sharon Graham vowing to escalate.\n\nMost routes were cancelled.")


def _page(title: str, source: str, published: str, body: str) -> str:
    return f'---\ntitle: "{title}"\nsource: {source}\npublished: {published}\n---\n{body}\n'


def _site_stories(tmp_path: Path, tz: str, blog: tuple[str, list[str]], report: tuple[tuple[str, str, str], str],
                  newest_first: bool = False) -> list[list[str]]:
    """The stories of a real site in zone `tz`: a live blog (its `published:`, its clocks) and one report."""
    published, clocks = blog
    entries = [f"**{clock}** {text}" for clock, text in zip(clocks, TEXTS)]
    body = "\n\n".join(entries[::-1] if newest_first else entries)
    (title, source, text), when = report
    site = write_site(tmp_path, {
        "config.yaml": CONFIG.format(tz=tz),
        "content/articles/live.md": _page("LIVE: Felixstowe dockworkers strike", "Harbour Post", published, body),
        "content/articles/other.md": _page(title, source, when, text)})
    return sorted(sorted(s.members) for s in group(load_site(site)).stories)


DAY = ["09:05", "11:20", "15:40", "17:10"]
JOINED = {  # (BR40's c4 and c5, London's "+00:00" made Paris's "+01:00" (UTC is no writer's offset: writtenoffsets.py):
    # each its own strike's blog and report, two stories on main)
    "kathmandu-on-london": ("Europe/London", ("2026-11-28T18:00:00+05:45", DAY), "2026-11-28T10:00:00+05:45"),
    "paris-on-honolulu": ("Pacific/Honolulu", ("2026-11-28T18:00:00+01:00", DAY), "2026-11-28T10:00:00+01:00"),
    "auckland-on-london": ("Europe/London", ("2026-11-28T22:00:00+13:00", DAY), "2026-11-28T12:00:00+13:00"),
    "report-after-midnight": ("Europe/Paris", ("2026-11-29T02:30:00+01:00", ["22:05", "23:20", "00:40", "01:50"]),
                              "2026-11-29T01:00:00+01:00"),
    "updated-next-morning": ("Europe/Paris", ("2026-11-29T10:30:00+01:00", DAY), "2026-11-28T10:00:00+01:00"),
}


def test_the_reported_blogs_join_their_own_strikes_report(tmp_path: Path) -> None:
    """BR40's inputs: each blog and the report of its strike, dated with their writers' offsets, are one story."""
    for name, (tz, blog, when) in JOINED.items():
        assert _site_stories(tmp_path / name, tz, blog, (DOCK, when)) == [["live", "other"]], name


def test_a_blog_written_newest_first_is_told_by_its_first_entry(tmp_path: Path) -> None:
    """BR40's c4 newest first: its top paragraph is its latest entry ("Lorries backed up on the A14."); the report
    of the walk-out it opened with is its story, as when it is written oldest first."""
    for tz, blog, when in JOINED.values():
        assert _site_stories(tmp_path / "n", tz, blog, (DOCK, when), True) == [["live", "other"]], blog
        assert _site_stories(tmp_path / "b", tz, blog, (BUS, when), True) == [["live"], ["other"]], blog
    unsaid = ("2026-11-28T18:00:00Z", DAY)  # (no offset written: its day the site calendar's guess, a sure one)
    assert _site_stories(tmp_path / "z", "Europe/London", unsaid, (DOCK, "2026-11-28T10:00:00Z"), True) == [
        ["live", "other"]]


def test_a_honolulu_blog_stays_apart_from_a_london_report_of_the_day_before(tmp_path: Path) -> None:
    """BR40's c7: entries 14:05-21:10 on the 27th in Honolulu, from 00:05 on the 28th in London; the London reports
    of the 27th (the vote, a walk-out) are of another day on their calendar."""
    blog = ("2026-11-27T22:00:00-10:00", ["14:05", "16:20", "19:40", "21:10"])
    for name, report in (("vote", VOTE), ("dock", DOCK)):
        assert _site_stories(tmp_path / name, "Europe/London", blog, (report, "2026-11-27T10:00:00+00:00")) == [
            ["live"], ["other"]], name


OFFSETS = st.integers(-12 * 4, 14 * 4).map(lambda q: q * 15)  # UTC offsets in minutes, as the world has them


@settings(max_examples=examples(40), deadline=None)
@given(OFFSETS, st.sampled_from([0, 60, 330, 345, 780, -180, -600]),
       st.sampled_from(["{h:02d}:{m:02d}{s}{sign}{oh:02d}:{om:02d}", "{h:02d}:{m:02d}{s}{sign}{oh:02d}{om:02d}"]),
       st.sampled_from(["", ":00", ":00.250"]))
def test_a_written_offset_is_kept_and_z_is_none(offset: int, other: int, form: str, seconds: str) -> None:
    """Any offset but UTC's in either form is kept in minutes east (with or without seconds); "Z", "z", "+00:00",
    "-00:00", no offset and a date alone are none (an instant in UTC, as converters write it: the writer's offset
    unsaid)."""
    sign, (oh, om) = "-" if offset < 0 else "+", divmod(abs(offset), 60)
    text = "2026-11-28T" + form.format(h=10, m=5, s=seconds, sign=sign, oh=oh, om=om)
    assert written_offset(text) == (offset or None)
    assert written_offset(dt.datetime(2026, 11, 28, 10, tzinfo=dt.timezone.utc), text) == written_offset(text)
    for none in ("2026-11-28T10:05:00Z", "2026-11-28T10:05z", "2026-11-28T10:05:00+00:00", "2026-11-28T10:05:00-00:00", "2026-11-28T10:05:00",
                 "2026-11-28", "yesterday"):
        assert written_offset(none) is None


def test_the_article_keeps_the_offset_yaml_would_drop(tmp_path: Path) -> None:
    """Unquoted, an offset is a datetime to YAML, quoted or without seconds text: the Article keeps it either way;
    UTC ("+00:00", "Z"), no offset and a date alone are none."""
    files = {"config.yaml": CONFIG.format(tz="Europe/London")}
    for slug, when in (("a", "2026-11-28T18:00:00+00:00"), ("b", "2026-11-28T18:00:00Z"), ("c", "2026-11-27T22:00-10:00"),
                       ("d", "2026-11-28T18:00:00"), ("e", "2026-11-28"), ("f", "'2026-11-28T18:00:00+05:45'"),
                       ("g", "2026-11-28T18:00:00-03:30")):
        files[f"content/articles/{slug}.md"] = _page("A strike", "Reuters", when, "Dockworkers walked out.")
    found = {a.slug: a.written_offset for a in load_site(write_site(tmp_path, files)).articles}
    assert found == {"a": None, "b": None, "c": -600, "d": None, "e": None, "f": 345, "g": -210}


UTC = dt.timezone.utc
BASE = dt.datetime(2026, 11, 27, tzinfo=UTC)


def _blog_text(starts: list[dt.datetime], writer: int, newest_first: bool, texts: list[str]) -> str:
    zone = dt.timezone(dt.timedelta(minutes=writer))
    entries = [f"{at.astimezone(zone):%H:%M} {text}" for at, text in zip(starts, texts)]
    return "\n\n".join(entries[::-1] if newest_first else entries)


def _grouped(blog: tuple[str, str, dt.datetime, int, str], report: tuple[str, str, dt.datetime, int, str],
             site: int) -> list[list[str]]:
    """The stories of a blog and a report (title, source, instant, written offset, plain body) on a site at `site`."""
    zone = dt.timezone(dt.timedelta(minutes=site))
    texts = {"live": blog, "other": report}
    articles = tuple(factories.report(slug, when.astimezone(zone), title=title, source=source, written_offset=written)
                     for slug, (title, source, when, written, _) in sorted(texts.items()))
    found = {slug: story_features(title, body) for slug, (title, _, _, _, body) in texts.items()}
    return sorted(sorted(s.members) for s in group_stories(articles, found, factories.config()).stories)


@settings(max_examples=examples(60), deadline=None)
@given(OFFSETS, OFFSETS, OFFSETS, st.integers(0, 24 * 60 - 1), st.integers(30, 10 * 60), st.integers(0, 18 * 60),
       st.integers(-30 * 60, 40 * 60), st.booleans())
def test_the_join_is_the_same_whatever_offset_the_blog_is_written_in(
        site: int, writer: int, reporter: int, start: int, span: int, delay: int, after: int, newest: bool) -> None:
    """A blog of the strike, its four entries from `start` minutes after a UTC midnight over `span`, updated `delay`
    after its last, written in offset `writer`, oldest or `newest` first, and a report of the strike written `after`
    minutes after the first entry in offset `reporter`: grouped as the same blog written in the site's zone, oldest
    first."""
    first = BASE + dt.timedelta(minutes=start)
    starts = [first + dt.timedelta(minutes=span * k // 3) for k in range(4)]
    updated = starts[-1] + dt.timedelta(minutes=delay)
    assume(-(span + delay) % (24 * 60) > OPENED_BEFORE)  # (a blog read as dated by its opening: another
    # reading, on any clock alike, not this property's)
    report = (DOCK[0], DOCK[1], first + dt.timedelta(minutes=after), reporter, DOCK[2])
    written = _grouped(("LIVE: Felixstowe dockworkers strike", "Harbour Post", updated, writer,
                        _blog_text(starts, writer, newest, TEXTS)), report, site)
    at_home = _grouped(("LIVE: Felixstowe dockworkers strike", "Harbour Post", updated, site,
                        _blog_text(starts, site, False, TEXTS)), report, site)
    assert written == at_home


@settings(max_examples=examples(30), deadline=None)
@given(OFFSETS, OFFSETS, OFFSETS, st.integers(0, 24 * 60 - 1), st.integers(-12 * 60, 24 * 60))
def test_another_strike_that_day_never_joins_through_the_blog(site: int, writer: int, reporter: int, start: int,
                                                              after: int) -> None:
    """Manchester's bus strike, reported the same day in any offset, stays apart from Felixstowe's blog in any."""
    first = BASE + dt.timedelta(minutes=start)
    starts = [first + dt.timedelta(minutes=m) for m in (0, 135, 395, 485)]
    blog = ("LIVE: Felixstowe dockworkers strike", "Harbour Post", starts[-1] + dt.timedelta(minutes=50), writer,
            _blog_text(starts, writer, False, TEXTS))
    assert _grouped(blog, (BUS[0], BUS[1], first + dt.timedelta(minutes=after), reporter, BUS[2]), site) == [
        ["live"], ["other"]]


def test_a_rebuild_after_the_offset_alone_changed_groups_as_a_fresh_build(tmp_path: Path) -> None:
    """The story grouping is memoised by the fields it reads (build.py): the Kathmandu blog's date rewritten as the
    same instant in UTC (its clocks now of no known zone: a guess, not sure, two stories) is grouped again."""
    def files(published: str) -> dict[str, str]:
        body = "\n\n".join(f"**{clock}** {text}" for clock, text in zip(DAY, TEXTS))
        return {"config.yaml": CONFIG.format(tz="Europe/London"),
                "content/articles/live.md": _page("LIVE: Felixstowe dockworkers strike", "Harbour Post", published, body),
                "content/articles/other.md": _page(DOCK[0], DOCK[1], "2026-11-28T10:00:00+05:45", DOCK[2])}

    def stories(site: Path) -> list[str]:
        return sorted(p.parent.name for p in (site / "output" / "stories").glob("*/index.html"))

    kept = write_site(tmp_path / "kept", files("2026-11-28T18:00:00+05:45"))
    assert run_cli(["build"], kept).returncode == 0
    (kept / "content/articles/live.md").write_text(files("2026-11-28T12:15:00Z")["content/articles/live.md"])
    assert run_cli(["build"], kept).returncode == 0
    fresh = write_site(tmp_path / "fresh", files("2026-11-28T12:15:00Z"))
    assert run_cli(["build"], fresh).returncode == 0
    assert stories(kept) == stories(fresh)
