"""A live blog's entries are placed in time on the clock they are labelled with, and a report joins it only within
its entries' days and no later than AFTER_LAST after its last entry (entryzones.py, livedays.within_entries; FX95,
BR55's breaks of FX86). (1) A blog dated 15:30 +09:00 whose entries read "00:10 GMT" to "06:00 GMT" was read on the
+09:00 clock, its entries on the day before: it joined the day before's report of its strike and missed its own
day's. (2) A Tokyo blog whose entries ran from 21:05 to 01:10 was of all of the next day: a rail strike reported 17
hours after its last entry, sharing its union leader, joined it. Drawn: the site's, the writer's and the report's
offsets, the label, the entries' instants and the report's, the blog's update delay."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import assume, given, settings, strategies as st
from support.examples import examples
from support.sites import write_site
from stories.test_live_blog_written_offset_fx86 import _grouped  # (one blog and one report grouped)

from briefgen.analyse.entryzones import MIXED, UNLABELLED, ZONES, entry_zone
from briefgen.analyse.livedays import AFTER_LAST, OPENED_BEFORE
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
"""
ENTRIES = ["Dockworkers at every major port walked out at dawn, the transport minister said, halting container traffic.",
           "Union leader Dave Marsh said the strike would last 48 hours.", "Ferries to the islands were cancelled."]
STRIKE = ("Dockworkers strike halts container traffic at ports", "Reuters",
          "Dockworkers walked out at the country's major ports, halting container traffic, union leader Dave Marsh "
          "said.\n\nThe strike is over pay.")
TOKYO = ["Dockworkers at every major port walked out, the transport minister said, halting container traffic.",
         "Union leader Ken Sato said the strike would last 48 hours.", "Ferries to the islands were cancelled."]
RAIL = ("Rail workers strike halts trains across Japan", "Reuters",
        "Rail workers walked out, halting trains across Japan, union leader Ken Sato said.\n\nThe strike is over pay.")
BLOG_TITLE = "LIVE: Dockworkers strike shuts the country's ports"
JAPAN_TITLE = "LIVE: Dockworkers strike shuts Japan's ports"  # (the rail report's "Japan" then no name apart)


def _page(title: str, source: str, published: str, body: str) -> str:
    return f'---\ntitle: "{title}"\nsource: {source}\npublished: {published}\n---\n{body}\n'


def _site_stories(tmp_path: Path, tz: str, blog: tuple[str, list[str], list[str]],
                  report: tuple[tuple[str, str, str], str], blog_title: str = BLOG_TITLE) -> list[list[str]]:
    """The stories of a real site in zone `tz`: a live blog (its `published:`, clocks, texts) and one report."""
    published, clocks, texts = blog
    (title, source, text), when = report
    site = write_site(tmp_path, {
        "config.yaml": CONFIG.format(tz=tz),
        "content/articles/live.md": _page(blog_title, "Harbour Post", published,
                                          "\n\n".join(f"**{c}** {t}" for c, t in zip(clocks, texts))),
        "content/articles/other.md": _page(title, source, when, text)})
    return sorted(sorted(s.members) for s in group(load_site(site)).stories)


GMT_IN_TOKYO = ("2026-11-29T15:30:00+09:00", ["00:10 GMT", "03:20 GMT", "06:00 GMT"], ENTRIES)


def test_a_gmt_labelled_blog_dated_in_tokyo_is_of_its_entries_day(tmp_path: Path) -> None:
    """BR55's e and d: entries of 00:10 to 06:00 GMT on the 29th; the report of the 28th stays apart, the reports of
    the 29th join."""
    assert _site_stories(tmp_path / "e", "Europe/London", GMT_IN_TOKYO, (STRIKE, "2026-11-28T12:00:00+00:00")) == [
        ["live"], ["other"]]
    for name, when in (("e2", "2026-11-29T07:00:00+00:00"), ("d", "2026-11-29T09:00:00+00:00")):
        assert _site_stories(tmp_path / name, "Europe/London", GMT_IN_TOKYO, (STRIKE, when)) == [["live", "other"]]


def test_another_strike_the_day_after_a_blog_past_midnight_stays_apart(tmp_path: Path) -> None:
    """BR55's a "tokyo-midnight": entries 21:05 to 01:10 (+09:00); a rail strike at 18:00 the next day, 16 h 50 after
    its last entry, sharing its union leader, is another story on a Tokyo site and a London one."""
    blog = ("2026-11-29T01:30:00+09:00", ["21:05", "23:20", "01:10"], TOKYO)
    for tz in ("Asia/Tokyo", "Europe/London"):
        assert _site_stories(tmp_path / tz.replace("/", "-"), tz, blog, (RAIL, "2026-11-29T18:00:00+09:00"),
                             JAPAN_TITLE) == [
            ["live"], ["other"]], tz


def test_labels_read_as_one_offset_else_mixed() -> None:
    """Each label's offset; none, or two offsets (MIXED: no clock known, FX80's guess)."""
    body = "\n\n".join(f"{{}} {t}" for t in ENTRIES)
    for label, offset in ZONES.items():
        assert entry_zone(body.format(f"00:10 {label}", "03:20", f"06:00 {label.lower()}")) == offset
    assert entry_zone(body.format("00:10", "03:20", "06:00")) == UNLABELLED
    assert entry_zone(body.format("00:10 GMT", "03:20 CEST", "06:00")) == MIXED


OFFSETS = st.integers(-12 * 4, 14 * 4).map(lambda q: q * 15).filter(bool)  # (0: UTC, no writer's offset)
UTC = dt.timezone.utc
BASE = dt.datetime(2026, 11, 27, tzinfo=UTC)


def _blog_text(starts: list[dt.datetime], clock: int, label: str, texts: list[str]) -> str:
    zone = dt.timezone(dt.timedelta(minutes=clock))
    return "\n\n".join(f"{at.astimezone(zone):%H:%M}{label} {text}" for at, text in zip(starts, texts))


@settings(max_examples=examples(50), deadline=None)
@given(OFFSETS, OFFSETS, OFFSETS, OFFSETS, st.sampled_from(sorted(ZONES)), st.integers(0, 24 * 60 - 1),
       st.integers(30, 10 * 60), st.integers(0, 18 * 60), st.integers(-30 * 60, 40 * 60))
def test_a_labelled_blog_groups_as_one_written_on_its_labels_clock(
        site: int, writer: int, home: int, reporter: int, label: str, start: int, span: int, delay: int,
        after: int) -> None:
    """A blog of the strike whose clocks are labelled with a zone, dated in any writer's offset, groups with a report
    of the strike as the same blog with unlabelled clocks written in its writer's own offset (FX86's placement)."""
    first = BASE + dt.timedelta(minutes=start)
    starts = [first + dt.timedelta(minutes=span * k // 2) for k in range(3)]
    updated = starts[-1] + dt.timedelta(minutes=delay)
    assume(-(span + delay) % (24 * 60) > OPENED_BEFORE)  # (a blog dated by its opening: another reading)
    report = (STRIKE[0], STRIKE[1], first + dt.timedelta(minutes=after), reporter, STRIKE[2])
    labelled = _grouped((BLOG_TITLE, "Harbour Post", updated, writer,
                         _blog_text(starts, ZONES[label], f" {label}", ENTRIES)), report, site)
    own = _grouped((BLOG_TITLE, "Harbour Post", updated, home, _blog_text(starts, home, "", ENTRIES)), report, site)
    assert labelled == own


@settings(max_examples=examples(40), deadline=None)
@given(OFFSETS, OFFSETS, OFFSETS, st.integers(0, 24 * 60 - 1), st.integers(30, 10 * 60), st.integers(0, 6 * 60),
       st.integers(1, 30 * 60), st.booleans())
def test_another_strike_after_the_margin_never_joins(site: int, writer: int, reporter: int, start: int, span: int,
                                                     delay: int, later: int, labelled: bool) -> None:
    """A rail strike sharing the blog's union leader, reported more than AFTER_LAST after its last entry (`later`
    minutes beyond), in any offset, stays apart from the dockworkers' blog, past midnight or not, labelled or not."""
    first = BASE + dt.timedelta(minutes=start)
    starts = [first + dt.timedelta(minutes=span * k // 2) for k in range(3)]
    assume(-(span + delay) % (24 * 60) > OPENED_BEFORE)
    text = _blog_text(starts, 0, " GMT", TOKYO) if labelled else _blog_text(starts, writer, "", TOKYO)
    blog = (JAPAN_TITLE, "Harbour Post", starts[-1] + dt.timedelta(minutes=delay), writer, text)
    when = starts[-1] + dt.timedelta(minutes=AFTER_LAST + later)
    assert _grouped(blog, (RAIL[0], RAIL[1], when, reporter, RAIL[2]), site) == [["live"], ["other"]]


STRAY = '06:30 - "We were told at half six that the pensions deal was off," one docker said.'


def test_a_quoted_older_clock_below_a_newest_first_blog_is_no_entry(tmp_path: Path) -> None:
    """BR55's e "newest-first": entries 15:40, 11:20, 09:05 (+01:00), then a docker's quote opening "06:30 -"; the
    blog is told by its 09:05 walk-out, as without the quote, and joins the report of it."""
    clocks, texts = ["15:40", "11:20", "09:05"], ENTRIES[::-1]
    body = "\n\n".join(f"**{c}** {t}" for c, t in zip(clocks, texts))
    site = write_site(tmp_path, {
        "config.yaml": CONFIG.format(tz="Europe/London"),
        "content/articles/live.md": _page(BLOG_TITLE, "Harbour Post", "2026-11-28T16:00:00+01:00", f"{body}\n\n{STRAY}"),
        "content/articles/other.md": _page(*STRIKE[:2], "2026-11-28T10:00:00+00:00", STRIKE[2])})
    assert sorted(sorted(s.members) for s in group(load_site(site)).stories) == [["live", "other"]]


@settings(max_examples=examples(30), deadline=None)
@given(OFFSETS, OFFSETS, OFFSETS, st.integers(0, 24 * 60 - 1), st.integers(30, 10 * 60), st.integers(0, 6 * 60),
       st.integers(-12 * 60, 24 * 60), st.integers(10, 11 * 60), st.sampled_from(["-", ":", "\u2013"]))
def test_a_stray_clock_shaped_unlike_the_entries_changes_nothing(
        site: int, writer: int, reporter: int, start: int, span: int, delay: int, after: int, before: int,
        mark: str) -> None:
    """A newest-first blog of the walk-out with a quoted paragraph below its entries, opening with a clock `before`
    minutes before its first entry and a mark its entries have not, groups as the blog without it."""
    first = BASE + dt.timedelta(minutes=start)
    starts = [first + dt.timedelta(minutes=span * k // 2) for k in range(3)]
    assume(-(span + delay) % (24 * 60) > OPENED_BEFORE)
    zone = dt.timezone(dt.timedelta(minutes=writer))
    text = "\n\n".join(reversed(_blog_text(starts, writer, "", ENTRIES).split("\n\n")))
    quote = f"{(first - dt.timedelta(minutes=before)).astimezone(zone):%H:%M} {mark} {STRAY.split(' - ', 1)[1]}"
    report = (STRIKE[0], STRIKE[1], first + dt.timedelta(minutes=after), reporter, STRIKE[2])
    updated = starts[-1] + dt.timedelta(minutes=delay)
    with_quote = _grouped((BLOG_TITLE, "Harbour Post", updated, writer, f"{text}\n\n{quote}"), report, site)
    assert with_quote == _grouped((BLOG_TITLE, "Harbour Post", updated, writer, text), report, site)


@given(st.sampled_from(["Cet", "cet", "Gmt", "Utc", "Bst", "Cest", "cest"]))
def test_a_word_that_only_spells_a_zone_is_no_label(word: str) -> None:
    # (BR58: "11:20 Cet accord est rejeté", French, was read as CET and moved its blog six hours; plain text, as the
    # analyses read it)
    text = (f"09:05 Les dockers sont en grève.\n\n11:20 {word} accord est rejeté par le syndicat.\n\n15:40 Les "
            "traversiers restent à quai.")
    assert entry_zone(text) == UNLABELLED
    assert entry_zone(text.replace(f" {word} accord", " CET Cet accord")) == 60
