"""Years and amounts of different things are no difference between reports (figureroles.dated, T13, 2026-12-06).

A tester's rail-dispute briefing (T13, finding 3) showed "Where the reports differ" for "keeps every ticket office
open until 2028 and gives staff a 4.5 per cent pay rise" beside "keeps guards on all trains until 2033 and gives
staff a pay rise of 4.5 per cent": each year was read as counting the words after it, across "and" ("gives staff"),
so two dates of different things were one quantity. A year after a word of time now dates the words before that
word in its clause, with its role (an end, a start, a time); a figure's units stop at a conjunction. The same thing
with another year or amount still differs.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures
from briefgen.build import BuildOptions, build
from support.sites import write_site

POST = ("The deal, struck after two days of talks, also keeps every ticket office open until 2028 and gives staff a "
        "4.5 per cent pay rise backdated to April.")
GAZETTE = ("The Federation of Rail Workers and Westmarch Rail agreed a deal that keeps guards on all trains until 2033 "
           "and gives staff a pay rise of 4.5 per cent.")
SHARED = "Members of the Federation of Rail Workers will vote on the Harrowmoor deal, the union said."

noun = word.map(str.lower)
year = st.integers(1950, 2090)
prepositions = st.sampled_from(["until", "by", "before", "in", "since", "from"])


def _differ(first: str, second: str) -> bool:
    return contradict(figures(first), figures(second))


def test_the_testers_pair_is_no_difference() -> None:
    assert not _differ(POST, GAZETTE)
    comparison = compare_reports([("post", f"{POST} {SHARED}"), ("gazette", f"{GAZETTE} {SHARED}")])
    assert not comparison.differ, comparison.differ


def test_a_year_of_the_same_thing_still_differs() -> None:
    """The tester's own true pairs: the guard guarantee to 2033 against one to 2030, the ticket offices to 2028 against
    2030 (a year is told to the year: 2030 and 2033 are no rounding of each other)."""
    assert _differ(GAZETTE, "Westmarch Rail agreed to keep a guard on every train until 2030, the union said.")
    assert _differ(POST, "Ticket offices stay open until at least 2030, and staff get a 4.5 per cent pay rise.")
    assert not _differ(POST, "Ticket offices stay open until at least 2028, and staff get a 4.5 per cent pay rise.")


@FAST
@given(noun, noun, noun, year, year, prepositions)
def test_years_of_different_things_are_never_a_difference(first: str, second: str, after: str, a: int, b: int,
                                                         time: str) -> None:
    """Two sentences alike but for the thing a year dates: never a difference, whatever follows the year."""
    assume(len({first, second, after}) == 3 and a != b)
    one = f"The deal keeps every {first} open {time} {a} and gives {after}s a pay rise."
    other = f"The deal keeps {second}s on all trains {time} {b} and gives {after}s a pay rise."
    assert not _differ(one, other), (one, other)
    assert not compare_reports([("a", f"{one} {SHARED}"), ("b", f"{other} {SHARED}")]).differ


@FAST
@given(noun, noun, year, year, prepositions)
def test_years_of_one_thing_told_alike_differ(thing: str, after: str, a: int, b: int, time: str) -> None:
    assume(thing != after and a != b)
    one = f"The deal keeps every {thing} open {time} {a} and gives {after}s a pay rise."
    other = f"The {thing}s stay open {time} {b}, and {after}s get a pay rise."
    assert _differ(one, other), (one, other)
    assert compare_reports([("a", f"{one} {SHARED}"), ("b", f"{other} {SHARED}")]).differ


@FAST
@given(noun, noun, noun, st.integers(2, 90), st.integers(2, 90))
def test_amounts_before_a_conjunction_count_what_comes_before(first: str, second: str, after: str, a: int,
                                                              b: int) -> None:
    """An amount followed by "and" and another clause counts nothing of that clause: "£3m on stations and gives
    staff …" and "£7m on trains and gives staff …" are two things; the same thing at two amounts differs."""
    assume(len({first, second, after}) == 3 and abs(a - b) > 0.2 * max(a, b))
    one = f"The council spends \u00a3{a}m on {first}s and gives {after}s a pay rise."
    other = f"The council spends \u00a3{b}m on {second}s and gives {after}s a pay rise."
    assert not _differ(one, other), (one, other)
    assert _differ(one, other.replace(f"on {second}s", f"on {first}s")), (one, other)


def _article(source: str, when: str, title: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n---\n{body}\n"


def _differ_section(tmp_path: Path, gazette: str) -> str:
    """The built deal story's "Where the reports differ" section ("" when none) of the Post's report and the
    Gazette's, told with `gazette` as its second paragraph."""
    opening = ("The 48-hour Harrowmoor Line strike planned for October 19 and 20 was called off on Wednesday after "
               "Westmarch Rail and the Federation of Rail Workers reached a deal at the Arbitration and Conciliation "
               "Service in Lisford, ending a dispute over guards on Harrowmoor trains.")
    site = write_site(tmp_path / "site", {
        "config.yaml": "title: Rail briefing\nbase_url: https://example.org/rail/\ntopics:\n  - id: rail\n"
                       "    title: The strike\n    keywords: [strike, rail]\n",
        "content/articles/post-deal.md": _article("Lisford Evening Post", "2026-10-14T19:00:00Z",
                                                  "Strike off as rail union and Westmarch strike deal",
                                                  f"{opening}\n\n{POST}\n\n{SHARED}"),
        "content/articles/gazette-deal.md": _article("Harrowmoor Gazette", "2026-10-14T21:15:00Z",
                                                     "Relief as Harrowmoor strike is called off",
                                                     f"{opening}\n\n{gazette}\n\n{SHARED}"),
    })
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    page = (site / "output/stories/post-deal/index.html").read_text(encoding="utf-8")
    assert "Harrowmoor Gazette" in page and "Lisford Evening Post" in page  # (one story of the two reports)
    section = re.search(r'<section class="coverage__differ".*?</section>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", section.group(0))) if section else ""


def test_the_testers_deal_story_shows_no_difference(tmp_path: Path) -> None:
    """A real site of the two reports: no "Where the reports differ"; with the Gazette's guards replaced by ticket
    offices (one thing, two years), the section names the pair."""
    assert _differ_section(tmp_path / "reported", GAZETTE) == ""
    offices = GAZETTE.replace("keeps guards on all trains", "keeps every ticket office open")
    shown = _differ_section(tmp_path / "control", offices)
    assert "until 2028" in shown and "until 2033" in shown, shown
