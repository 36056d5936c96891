"""The steps of one saga are related stories, each to the step before it (relatedlinks.saga_steps).

The takeover set (tests/stories/takeover/) labels a buyout firm's pursuit of a department-store chain — the approach
revealed, the board's rejection, the results the board holds up, the largest shareholder's letter, the raised
proposal, the extended deadline, the agreed offer — as follow-ups each of the step before; told in other words, one
of their eight labelled links was made (2026-12-06). Every lead names the bidder and the target in full. The approach
and the agreed offer, the rejection and the agreed offer, are labelled distinct (the same parties, another event
days and steps later): a step is linked to the latest earlier one only.
"""
from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.linkage import Group
from briefgen.analyse.relatedlinks import saga_steps
from briefgen.analyse.similarity import DAY, PairScore, Report
from stories.storyeval import group, load_site
from stories.test_bakery_storks_trials import STORIES

BIDDER, TARGET = "fenwick lisle", "hartley rowe"


def _related(grouping) -> set[frozenset[str]]:
    return {frozenset((r.first, r.second)) for r in grouping.related}


def test_the_takeover_steps_are_related_each_to_the_step_before() -> None:
    grouping = group(load_site(STORIES / "takeover"))
    story = {name: grouping.story_of(slug).id for name, slug in (
        ("approach", "a1-sky-hartley-rowe-approach"), ("rejects", "b1-ft-board-rejects"),
        ("interims", "c1-bloomberg-hartley-rowe-results"), ("investor", "c2-telegraph-investors-urge-talks"),
        ("raised", "d1-sky-raised-proposal"), ("deadline", "d3-bloomberg-pusu-extended"),
        ("agreed", "e1-ft-offer-agreed"), ("warning", "b2-reuters-bramwell-warning"))}
    related = _related(grouping)
    for first, second in (("approach", "rejects"), ("rejects", "interims"), ("investor", "raised"),
                          ("raised", "deadline"), ("deadline", "agreed")):
        assert frozenset((story[first], story[second])) in related, (first, second)
    for first, second in (("approach", "agreed"), ("rejects", "agreed"), ("warning", "rejects"),
                          ("warning", "interims")):  # labelled distinct
        assert frozenset((story[first], story[second])) not in related, (first, second)
    assert len(set(story.values())) == len(story)  # linked, never merged


def _report(slug: str, day: int, lead: tuple[str, ...], actors: tuple[str, ...] = (), places: tuple[str, ...] = (),
            source: str = "") -> Report:
    proper = {w for term in lead for w in term.split(" ")}
    return Report(slug, day * DAY, source, frozenset(), (), b"", proper="\n".join(sorted(proper)),
                  actors="\n".join(actors), places="\n".join(places), lead="\n".join(sorted(lead)))


def _pair(a: int, b: int, cosine: float = 0.1) -> PairScore:
    return PairScore(a, b, cosine, cosine, 1.0, False)


def _links(reports: list[Report], pairs: list[PairScore]) -> set[tuple[int, int]]:
    groups = [Group((i,)) for i in range(len(reports))]
    return {(x, y) for x, y, *_ in saga_steps(reports, pairs, groups)}


BOTH = (BIDDER, TARGET, "fenwick", "lisle", "hartley", "rowe")


def test_two_parties_in_both_leads_link_the_step_before_only() -> None:
    reports = [_report(f"s{k}", k * 3, (BIDDER, TARGET), actors=BOTH) for k in range(4)]
    pairs = [_pair(a, b) for a in range(4) for b in range(a + 1, 4)]
    assert _links(reports, pairs) == {(0, 1), (1, 2), (2, 3)}
    # without the step between, the step before is the one before that
    assert _links(reports, [p for p in pairs if 1 not in (p.a, p.b)]) == {(0, 2), (2, 3)}


def test_one_party_a_place_or_an_outlet_is_no_saga() -> None:
    acting = ("hartley", "rowe", "fenwick", "lisle")
    one = [_report("a", 0, (TARGET,), acting), _report("b", 2, (TARGET,), acting)]
    assert _links(one, [_pair(0, 1)]) == set()
    # a name of one party split in two terms is one name: "fenwick lisle", "lisle capital"
    split = [_report(s, d, ("fenwick lisle", "lisle capital"), ("fenwick", "lisle", "capital")) for s, d in (("a", 0),
                                                                                                        ("b", 2))]
    assert _links(split, [_pair(0, 1)]) == set()
    # a name the briefing writes as a place more often than it makes it act: not a party
    placed = [_report("a", 0, (BIDDER, "quang ngai"), ("fenwick", "lisle", "quang", "ngai")),
              _report("b", 2, (BIDDER, "quang ngai"), places=("quang", "ngai")),
              _report("c", 4, ("quang ngai",), places=("quang", "ngai"))]
    assert _links(placed, [_pair(0, 1)]) == set()
    # the reports' own outlet is no party ("Fenwick Lisle, Sky News reported")
    outlet = [_report(s, d, (BIDDER, "sky news"), ("fenwick", "lisle", "sky", "news"), source="sky news")
              for s, d in (("a", 0), ("b", 2))]
    assert _links(outlet, [_pair(0, 1)]) == set()
    # a thin pair, or two reports of one time, link nothing
    both = [_report(s, d, (BIDDER, TARGET), BOTH) for s, d in (("a", 0), ("b", 2))]
    assert _links(both, [PairScore(0, 1, 0.1, 0.1, 1.0, False, thin=True)]) == set()
    same = [_report(s, 0, (BIDDER, TARGET), BOTH) for s in "ab"]
    assert _links(same, [_pair(0, 1)]) == set()


@settings(max_examples=examples(60), deadline=None)
@given(days=st.lists(st.integers(0, 30), min_size=2, max_size=7), seed=st.integers(0, 10**6),
       shared=st.lists(st.booleans(), min_size=21, max_size=21))
def test_each_story_links_only_its_latest_earlier_step_whatever_the_order(days, seed, shared) -> None:
    reports = [_report(f"s{k}", day, (BIDDER, TARGET) if shared[k] else (BIDDER,), BOTH)
               for k, day in enumerate(days)]
    pairs = [_pair(a, b, 0.05 + 0.01 * a) for a in range(len(days)) for b in range(a + 1, len(days))]
    found = _links(reports, pairs)
    shuffled = pairs[:]
    random.Random(seed).shuffle(shuffled)
    assert _links(reports, shuffled) == found  # the order pairs are scored in changes nothing
    steps = [k for k in range(len(days)) if shared[k]]
    for x, y in found:
        assert x < y and x in steps and y in steps and days[x] != days[y]
        late, early = (x, y) if days[x] > days[y] else (y, x)
        assert not any(days[early] < days[k] < days[late] for k in steps)  # no step between
    for late in steps:
        before = [days[k] for k in steps if days[k] < days[late]]
        linked = {k for pair in found if late in pair for k in pair if k != late and days[k] < days[late]}
        assert {days[k] for k in linked} == ({max(before)} if before else set())
