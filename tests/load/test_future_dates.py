"""Content dated after the build is published with a `path:line` warning (load/futuredates.py).

Reported: `published: 2099-01-01` (a year typo) silently made "1 January 2099" the front
page, the latest edition and feed.xml's lastBuildDate; neither build nor check said anything.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings, strategies as st
from support import factories

from briefgen.build import BuildOptions, build
from briefgen.checking import check
from briefgen.load.documents import make_article, parse_file
from briefgen.load.futuredates import FUTURE_GRACE, future_dated
from briefgen.load.markup import MarkdownRenderer
from support.sites import run_cli, write_site
from support.examples import examples

NOW = dt.datetime(2023, 5, 10, 12, 0, tzinfo=dt.timezone.utc)
CONFIG = "title: T\nbase_url: https://example.org/\ntimezone: Pacific/Auckland\nedition: daily\n" \
         "topics:\n  - id: misc\n    title: Misc\n    keywords: [alpha]\n"


def _article(published: str, extra: str = "") -> str:
    return f"---\ntitle: An article\nsource: Outlet\npublished: {published}\n{extra}---\nalpha alpha body\n"


def _site(tmp_path: Path, **articles: str) -> Path:
    files = {"config.yaml": CONFIG, "content/articles/today.md": _article("2023-05-10")}
    files.update({f"content/articles/{slug}.md": text for slug, text in articles.items()})
    return write_site(tmp_path / "site", files)


REPORTED = ("content/articles/future.md:4: warning: \"published\" is 2099-01-01, 75 years after this build "
            "(2023-05-11); the article is published anyway, in an edition dated ahead of today, which the front "
            "page and feed.xml show as the latest. If the date is a typo, correct it; if the article is meant for "
            "later, keep it `draft: true` until then")


def test_the_reported_year_typo_is_a_warning_at_its_line_in_build_and_check(tmp_path: Path) -> None:
    root = _site(tmp_path, future=_article("2099-01-01"))
    options = BuildOptions(jobs=1, now=NOW)
    assert [str(d) for d in check(root / "config.yaml", options).diagnostics] == [REPORTED]
    result = build(root / "config.yaml", options)
    assert result.ok and [str(d) for d in result.diagnostics] == [REPORTED]
    assert "1 January 2099" in (result.output_dir / "index.html").read_text()  # kept, as the warning says


def test_the_cli_warns_against_source_date_epoch_and_exits_0(tmp_path: Path) -> None:
    root = _site(tmp_path, future=_article("2099-01-01"))
    env = {"SOURCE_DATE_EPOCH": str(int(NOW.timestamp()))}
    for command in ("check", "build"):
        done = run_cli([command], root, env=env)
        assert done.returncode == 0, done.stderr
        assert REPORTED in done.stderr.splitlines()


def test_dates_a_little_ahead_are_not_warned_and_drafts_only_when_built(tmp_path: Path) -> None:
    root = _site(tmp_path, tomorrow=_article("2023-05-12"), soon=_article("2023-05-12T08:00:00+12:00"),
                 later=_article("2023-06-01", "draft: true\n"))
    assert [str(d) for d in check(root / "config.yaml", BuildOptions(jobs=1, now=NOW)).diagnostics] == []
    found = check(root / "config.yaml", BuildOptions(jobs=1, now=NOW, drafts=True)).diagnostics
    assert [(d.path, d.line) for d in found] == [("content/articles/later.md", 4)]


def test_a_note_dated_ahead_is_warned_at_its_date_line(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (root / "content/notes").mkdir()
    (root / "content/notes/n.md").write_text("---\ntitle: A note\ntopics: [misc]\ndate: 2033-05-10\n---\nText.\n")
    (found,) = check(root / "config.yaml", BuildOptions(jobs=1, now=NOW)).diagnostics
    assert (found.path, found.line, found.severity) == ("content/notes/n.md", 4, "warning")
    assert found.message.startswith('"date" is 2033-05-10, 10 years after this build (2023-05-11); the note is')


@settings(max_examples=examples(200), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(now=st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2040, 1, 1), timezones=st.just(dt.timezone.utc)),
       editor=st.integers(-12 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
       site=st.sampled_from(["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Europe/Kyiv",
                             "America/New_York"]),
       ahead=st.integers(0, 1))
@example(now=dt.datetime(2000, 1, 1, 10, 0, tzinfo=dt.timezone.utc), editor=dt.timezone(dt.timedelta(hours=14)),
         site="Pacific/Pago_Pago", ahead=1)  # (a CI draw of 2026-12-07: two days' grace warned it)
@example(now=dt.datetime(2000, 1, 1, 10, 0, tzinfo=dt.timezone.utc), editor=dt.timezone(dt.timedelta(hours=14)),
         site="Etc/GMT+12", ahead=1)  # (the worst case: UTC-12, 50 hours ahead)
def test_today_or_tomorrow_written_anywhere_is_never_warned(now: dt.datetime, editor: dt.timezone, site: str,
                                                            ahead: int) -> None:
    # An editor anywhere writes their own date of today or tomorrow, without a time; the site
    # reads it as midnight in its own timezone (fields.parse_moment).
    day = (now.astimezone(editor) + dt.timedelta(days=ahead)).date()
    raw = f"---\ntitle: T\nsource: S\npublished: {day.isoformat()}\n---\nbody\n".encode()
    config = factories.config(timezone=site)
    article, problems = make_article(parse_file(raw, "content/articles/a.md", "a", MarkdownRenderer()),
                                     "content/articles/a.md", "a", "r", config)
    assert problems == [] and article is not None
    assert future_dated([article], [], now) == []


@settings(max_examples=examples(200), deadline=None, database=None)
@given(offset=st.timedeltas(dt.timedelta(days=-400), dt.timedelta(days=4000)),
       zone=st.sampled_from(["UTC", "Pacific/Auckland", "America/Los_Angeles"]))
def test_warned_exactly_when_later_than_the_grace(offset: dt.timedelta, zone: str) -> None:
    when = (NOW + offset).astimezone(ZoneInfo(zone))
    article = factories.article("a", when, published_line=7)
    note = factories.note("n", when, date_line=3)
    found = future_dated([article], [note], NOW)
    if offset > FUTURE_GRACE:
        assert [(d.path, d.line, d.severity) for d in found] == [
            ("content/articles/a.md", 7, "warning"), ("content/notes/n.md", 3, "warning")]
    else:
        assert found == []
