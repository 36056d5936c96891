"""An outlet's re-issue of its own report in that report's story is an update, not another report (ownreports.py).

A trial (2026-12-04, /tmp/trialRX/site6): the Northshore Echo's "Fire breaks out at Marrowgate grain store" (23:50Z)
and "Update: Marrowgate grain store fire under control" (00:10Z) were rightly one story, but its page said "2 reports
from 1 outlet: 2 independent reports" and its card "Also reported by Northshore Echo (21 November 2026)". The
re-issue's role is now "update": the coverage line counts it apart, the card names it an update, and the credit line
names the first version.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.sites import run_cli, write_site

from briefgen.analyse.ownreports import reissues
from briefgen.analyse.stories import group_stories, story_features

UTC = dt.timezone.utc
FIRST_TITLE = "Fire breaks out at Marrowgate grain store"
FIRST = ("A fire broke out at the Marrowgate grain store late on Friday night, and crews from three stations were sent "
         "to the blaze.\n\nStation officer Bram Tollan said the roof of the store had partly collapsed.")
UPDATE_TITLE = "Update: Marrowgate grain store fire under control"
UPDATE = ("The fire at the Marrowgate grain store that broke out late on Friday night is now under control, crews from "
          "three stations said.\n\nStation officer Bram Tollan said the roof of the store had partly collapsed but "
          "nobody was hurt.")


def _grouping(articles: tuple, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    found = {a.slug: story_features(a.title, texts[a.slug]) for a in articles}
    return group_stories(articles, found, factories.config())


def test_the_trials_update_is_an_update_of_the_first_report() -> None:
    """The reported input: one story, the first report leading, the update in the role "update"."""
    articles = (factories.article("fire-a", dt.datetime(2026, 11, 20, 23, 50, tzinfo=UTC), "Northshore Echo",
                                  title=FIRST_TITLE),
                factories.article("fire-b", dt.datetime(2026, 11, 21, 0, 10, tzinfo=UTC), "Northshore Echo",
                                  title=UPDATE_TITLE))
    story = _grouping(articles, {"fire-a": FIRST, "fire-b": UPDATE}).story_of("fire-a")
    assert story.members == ("fire-a", "fire-b") and story.lead == "fire-a"
    assert dict(story.roles) == {"fire-a": "independent", "fire-b": "update"}


MARKS = st.sampled_from(["UPDATE 1-", "UPDATE 2 - ", "Update: ", "update: ", "Updated: ", "Correction: ",
                         "CORRECTED-", "REFILE-", "RPT-", "Clarification: ", "Update \u2014 "])
OUTLETS = st.sampled_from(["Northshore Echo", "Reuters", "The Wall Street Journal", "Valley Radio News"])


@settings(max_examples=examples(60), deadline=None)
@given(OUTLETS, MARKS, st.integers(-180, 3 * 1440), st.booleans(), st.sampled_from(["", "via", "independent"]))
def test_a_re_issue_in_its_reports_story_is_an_update(outlet: str, mark: str, minutes: int, timed: bool,
                                                      third: str) -> None:
    """Whatever the mark, however long after its first version (or, by a clock, a little before it), with another
    outlet's report crediting the first version's outlet or not: the re-issue's role is "update", it never leads,
    and the other members' roles and the credited outlet are those of the story without it. (`story:` lines keep
    them in one story: the property is of roles, not of the scores.)"""
    start = dt.datetime(2026, 11, 20, 23, 50, tzinfo=UTC)
    first = factories.article("first", start, outlet, title=FIRST_TITLE, has_time=timed, story="fire")
    again = factories.article("again", start + dt.timedelta(minutes=minutes), outlet, title=mark + FIRST_TITLE,
                              story="fire")
    texts = {"first": FIRST, "again": UPDATE, "other": FIRST}
    others = () if not third else (factories.article(
        "other", start + dt.timedelta(hours=2), "Coastline Radio", title=FIRST_TITLE, story="fire",
        via=outlet if third == "via" else ""),)
    story = _grouping((first, again, *others), texts).story_of("first")
    without = _grouping((first, *others), texts).story_of("first")
    roles = dict(story.roles)
    assert roles["again"] == "update"
    assert story.lead == without.lead != "again"
    assert story.original == without.original
    assert {slug: role for slug, role in roles.items() if slug != "again"} == dict(without.roles)
    by_slug = {a.slug: a for a in (first, again, *others)}
    assert story.members == (story.lead, *sorted((s for s in story.members if s != story.lead),
                                                 key=lambda s: (by_slug[s].published, s)))


def test_which_members_are_re_issues() -> None:
    """Only a marked headline of an outlet with another member, never its first version: of two marked reports
    alone, the earlier is the report; a marked report alone, or of another outlet, is a report."""
    at = dt.datetime(2026, 11, 20, 23, 50, tzinfo=UTC)

    def one(slug: str, minutes: int, title: str, source: str = "Reuters"):  # type: ignore[no-untyped-def]
        return factories.article(slug, at + dt.timedelta(minutes=minutes), source, title=title)

    assert reissues([one("a", 0, "Fire"), one("b", 20, "UPDATE 1-Fire")]) == {"b"}
    assert reissues([one("a", 30, "Fire"), one("b", 0, "UPDATE 1-Fire")]) == {"b"}  # (the unmarked one is the report)
    assert reissues([one("a", 0, "UPDATE 1-Fire"), one("b", 20, "UPDATE 2-Fire")]) == {"b"}
    assert reissues([one("a", 0, "UPDATE 1-Fire")]) == frozenset()
    assert reissues([one("a", 0, "Fire"), one("b", 20, "UPDATE 1-Fire", "AP")]) == frozenset()
    assert reissues([one("a", 0, "Fire"), one("b", 20, "Fire spreads")]) == frozenset()  # (two reports: compared)
    assert reissues([one("a", 0, "Fire"), one("b", 20, "Covid update: Fire")]) == frozenset()  # (no mark at the start)


SITE = {
    "config.yaml": "title: Briefing\nbase_url: https://example.org/briefing/\nlanguage: en\ntimezone: UTC\n"
                   "edition: weekly\ntopics:\n  - id: fires\n    title: Fires\n    keywords: [fire]\n",
    "content/articles/fire-a.md": f"---\ntitle: {FIRST_TITLE}\nsource: Northshore Echo\n"
                                  f"published: 2026-11-20T23:50:00Z\n---\n{FIRST}\n",
    "content/articles/fire-b.md": f'---\ntitle: "{UPDATE_TITLE}"\nsource: Northshore Echo\n'
                                  f"published: 2026-11-21T00:10:00Z\n---\n{UPDATE}\n",
}


def _text(path: Path) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())


def test_the_trials_story_page_and_card_count_the_update_apart(tmp_path: Path) -> None:
    """The reported site: "1 independent report and 1 update of it", the update marked as one in the timeline and
    the card, the credit line naming the first version's outlet and date."""
    root = write_site(tmp_path / "site", SITE)
    done = run_cli(["build", "--quiet"], root)
    assert done.returncode == 0, done.stderr
    page = _text(root / "output" / "stories" / "fire-a" / "index.html")
    assert "2 reports from 1 outlet: 1 independent report and 1 update of it." in page
    assert "2 independent reports" not in page
    assert "First reported here by Northshore Echo , 20 November 2026" in page
    assert "Update Northshore Echo : Update: Marrowgate" in page
    front = _text(root / "output" / "index.html")
    assert "Also reported by Northshore Echo (update)" in front
    assert "The story: 2 reports from 1 outlet, 1 update" in front  # (its link counts the update apart too)
