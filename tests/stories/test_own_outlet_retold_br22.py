"""A report never re-tells its own outlet (BR22, 2026-12-06; roles.copy_credits, roles._prints_for).

A client printed an agency's copy under its dateline ("HANOI (AOP) —") at 09:00, the agency's own item came at 10:30
(a feed gives a wire item's last update): the agency's page said it "re-tells reporting first published by Agence
Orient Presse", itself. Its text copies the client's earlier one, so it credited the client and, through the client's
dateline, its own outlet; `_prints_for`, which tells a client's print of the agency's copy, read the dateline's name
or head but not the initials the T18 fix credits. Decided: the agency's copy is the original whatever the clocks say
(a print that says it prints the agency — `via:`, the dateline by name, head or initials — is a reprint of it); its
page carries no "Re-told report" line and the client's print names it "The original, in this briefing". A paper's own
report that the wire copied later, mentioning the wire only in passing, stays the wire's original (BR11): the wire's
copy re-tells the paper's report, never the wire itself.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.sites import write_site

from briefgen.analyse.credits import credit_finder
from briefgen.analyse.stories import group_stories, story_features
from briefgen.build import build
from briefgen.load.config import Source

START = dt.datetime(2026, 11, 16, 8, 0, tzinfo=dt.timezone.utc)
COPY = ("Fire broke out on the tanker Jade Horizon off Vung Tau on Monday, forcing 22 crew to abandon ship, the "
        "Vietnamese navy said.\n\nNavy spokesman Do Van Thanh said rescuers had pulled nine sailors from the water and "
        "were searching for the rest.\n\nThe ship, owned by Al Noor Maritime, was carrying 40,000 tonnes of fuel oil.")
REUTERS = ("HANOI (Reuters) — A fire broke out on the oil tanker Jade Horizon off the Vietnamese port of Vung Tau on "
           "Monday and its 22 crew abandoned ship, Vietnam's navy said.\n\nNine sailors had been pulled from the sea, "
           "navy spokesman Do Van Thanh said, and ships were searching for 13 more.\n\nThe tanker, owned by Dubai's Al "
           "Noor Maritime, carried 40,000 tonnes of fuel oil.")
AGENCIES = (("Agence Orient Presse", "AOP"), ("Agence Orient Presse", "Agence Orient Presse"),
            ("Northern Wire Service", "Northern"), ("Northern Wire Service", "NWS"), ("PA Media", "PA"),
            # (BR23: a source named by another of the agency's names than the dateline's — "AP News" under "(AP)" —
            # was not read as that agency, and its own item re-told "Associated Press"; knownoutlets' aliases)
            ("AP News", "AP"), ("Agence France Presse", "AFP"), ("Xinhua News Agency", "Xinhua"))


def _story(agency: str, written: str, print_hours: float, agency_hours: float, reuters: bool, tellers: int):  # type: ignore[no-untyped-def]
    texts = {"print": (f"HANOI ({written}) — {COPY}", "The Economic Courier", print_hours),
             "agency": (f"HANOI ({written}) — {COPY}", agency, agency_hours)}
    if reuters:
        texts["reuters"] = (REUTERS, "Reuters", 0.0)
    for k in range(tellers):
        texts[f"teller{k}"] = (f"HANOI ({written}) — {COPY}", f"Outlet {k}", agency_hours + 0.5 + k)
    outlets = tuple(sorted({source for _, source, _ in texts.values()}))
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=hours), source=source,
                                       title="Tanker ablaze off Vung Tau, crew abandon ship")
                     for slug, (_, source, hours) in texts.items())
    found = {a.slug: story_features(a.title, texts[a.slug][0], credit_finder(outlets)) for a in articles}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    return grouping.story_of("agency"), set(texts)


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(AGENCIES), st.floats(1.0, 2.0), st.floats(0.1, 3.0), st.booleans(), st.integers(0, 2))
def test_an_agencys_copy_printed_first_by_a_client_is_the_original(agency: tuple[str, str], print_hours: float,
                                                                   later: float, reuters: bool, tellers: int) -> None:
    """The client's print of the agency's copy (its dateline by the agency's name, head or initials) 0.1-3 hours before
    the agency's own item, perhaps an independent Reuters report first and other clients after: the agency's item is
    the original, re-tells nothing (least of all itself), and each print re-tells it. Failed before (initials): the
    agency's item re-told "Agence Orient Presse"."""
    name, written = agency
    story, slugs = _story(name, written, print_hours, print_hours + later, reuters, tellers)
    assert set(story.members) == slugs, story
    roles = dict(story.roles)
    assert roles["agency"] == "original", story
    retells = {slug: (outlet, report) for slug, outlet, report in story.retells}
    assert "agency" not in retells, story
    assert retells["print"] == (name, "agency"), story


def test_a_papers_report_the_wire_copied_is_re_told_by_the_wire_not_by_itself() -> None:
    """BR11's kind: the paper's own report recalls the wire in passing; the wire copies it an hour later. The wire's
    copy re-tells the paper's report (failed before: it re-told "Coast Wire", its own outlet)."""
    own = ("Corvane Aerospace will cut 120 jobs at its Tolvey plant, the Northern Daily has learned. The company won "
           "the lander contract two years ago, as Coast Wire reported at the time.\n\nStaff were told on Thursday "
           "morning, and the cuts will fall mostly on the assembly hall, where 400 people work.")
    paper = factories.article("paper", START, source="Northern Daily", title="Corvane to cut 120 jobs")
    wire = factories.article("wire", START + dt.timedelta(hours=1), source="Coast Wire", title="Corvane to cut 120 jobs")
    outlets = ("Coast Wire", "Northern Daily")
    found = {"paper": story_features(paper.title, own, credit_finder(outlets)),
             "wire": story_features(wire.title, f"TOLVEY (Coast Wire) - {own}", credit_finder(outlets))}
    story = group_stories((paper, wire), found, factories.config(
        sources=tuple(Source(o, "", "") for o in outlets))).story_of("wire")
    assert story.members[0] == "paper" and dict(story.roles)["wire"] == "re-report", story
    assert ("wire", "Northern Daily", "paper") in story.retells, story


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8").split("<main", 1)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_reported_site(tmp_path: Path) -> None:
    """BR22's s6 built: Reuters 08:00, the Courier's print of AOP's copy 09:00, AOP 10:30, the Harbour Post's print
    11:00. AOP's page says no "re-tells"; the Courier's names AOP's report as its original. Failed before: AOP's page
    said it "re-tells reporting first published by Agence Orient Presse"."""
    sources = ("Reuters", "Agence Orient Presse", "The Economic Courier", "Harbour Post")
    files = {"config.yaml": "title: T\nbase_url: https://example.org/t/\ntimezone: UTC\ntopics:\n  - id: ship\n    "
                            "title: Ship\n    keywords: [ship, fire, crew]\nsources:\n" + "".join(
        f"  - name: {s}\n    url: https://{k}.example\n" for k, s in enumerate(sources))}
    for slug, source, time, text in (("reuters", "Reuters", "08:00", REUTERS),
                                     ("courier", "The Economic Courier", "09:00", f"HANOI (AOP) — {COPY}"),
                                     ("aop", "Agence Orient Presse", "10:30", f"HANOI (AOP) — {COPY}"),
                                     ("herald", "Harbour Post", "11:00", f"HANOI (AOP) — {COPY}")):
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: Tanker ablaze off Vung Tau ({slug})\nsource: {source}\n"
                                                f"published: 2026-11-16T{time}:00+00:00\n---\n{text}\n")
    write_site(tmp_path, files)
    build(tmp_path / "config.yaml")
    agency = _visible(tmp_path / "output" / "articles" / "aop" / "index.html")
    assert "re-tells reporting" not in agency, agency[:900]
    courier = _visible(tmp_path / "output" / "articles" / "courier" / "index.html")
    assert "re-tells reporting first published by Agence Orient Presse ;" in courier, courier[:900]
    assert "The original, in this briefing: Tanker ablaze off Vung Tau (aop) ( Agence Orient Presse ," in courier
