"""Two events of one place and one subject are two stories, in any briefing (similarity.py, "Who and what").

A trial (2026-12-04) of two articles: "Herring prices firm at Liepaja auction" (Kestrel News) and, two days later,
"Central herring quota held steady" ("... to the relief of processors in Liepaja", Northern Wire). In a briefing of
two, every word is rare, and the two words they share, "herring" and "Liepaja", made a key name and an event word:
0.55, one story "Also reported by Northern Wire". A place is where, not who: a pair whose shared key names are all
places (wherenames.py) needs two event words, not one.

Generated: small briefings (2-6 articles) of distinct events, each with its own actor, action and figure, all in one
place and about one subject noun, are never grouped; a re-telling of one of them (the same actor, action and figure
in other words, within a day) is grouped with it and with nothing else.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features

# Six kinds of event in one fishing town: (headline, lead) as first reported, then as re-told in other words. Slots:
# {t} the subject noun, {T} it capitalised, {p} the place, {who} the actor's full name, {n} the figure. Apart from
# the slots, no two kinds share a word that is no stopword (test_the_kinds_share_only_the_place_and_the_subject).
KINDS = (
    (("{T} prices firm at {p} auction",
      "Auction buyers in {p} paid {n} cents a kilo for {t} as the autumn catch came in smaller than expected, "
      "auctioneer {who} reported."),
     ("{p} {t} fetches {n} cents at auction",
      "Auctioneer {who} reported bids of {n} cents a kilo for {t} in {p}, dearer after a poor autumn catch.")),
    (("Central {t} quota held steady",
      "Ministers left the central {t} quota unchanged at {n} tonnes for next year, to the relief of processors "
      "in {p}, minister {who} announced."),
     ("{who} keeps {t} quota at {n} tonnes",
      "Minister {who} announced an unchanged {t} quota of {n} tonnes, which processors in {p} welcomed.")),
    (("Gales keep {t} trawlers in harbour",
      "Gales kept {n} trawlers in {p} harbour for a third day, and skipper {who} warned that {t} landings had "
      "stopped."),
     ("{p} fleet stuck as gales continue",
      "{n} trawlers stayed tied up in {p} harbour through the gales, skipper {who} warned, with no {t} landed.")),
    (("{T} smokehouse to close",
      "A {t} smokehouse in {p} will close in spring with the loss of {n} jobs, its owner {who} told employees."),
     ("{n} jobs go as {p} smokehouse shuts",
      "Owner {who} told staff the {t} smokehouse in {p} is shutting, and {n} employees lose their jobs.")),
    (("Scientists tag {t} shoals",
      "Marine scientists led by {who} fitted {n} {t} with electronic tags in {p} bay to follow the shoals."),
     ("{n} {t} tagged in {p} bay",
      "A team of marine scientists under {who} has fitted electronic tags to {n} {t} so the shoals can be followed.")),
    (("Festival celebrates {t} season",
      "Some {n} visitors came to the annual {t} festival in {p} on Saturday, organiser {who} estimated."),
     ("{p} {t} festival draws {n}",
      "Organiser {who} estimated that {n} visitors attended the annual {t} festival in {p}.")),
)
PLACES = ("Liepaja", "Ventspils", "Pavilosta", "Skagen", "Hirtshals", "Grenaa")
SUBJECTS = ("herring", "sprat", "cod", "flounder", "mackerel", "plaice")
GIVEN = ("Ilse", "Tomas", "Marta", "Edgars", "Anna", "Janis")
SURNAMES = ("Vornhagen", "Reilings", "Kalnina", "Ozols", "Berzina", "Liepins", "Sproge", "Dambis")
OUTLETS = ("Kestrel News", "Northern Wire", "Harbour Ledger", "Amber Radio")
START = dt.datetime(2026, 11, 20, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
CONFIG = factories.config()


def _written(kind: int, told: int, subject: str, place: str, who: str, figure: int) -> tuple[str, str]:
    title, lead = KINDS[kind][told]
    slots = dict(t=subject, T=subject.capitalize(), p=place, who=who, n=figure)
    return title.format(**slots), lead.format(**slots)


@st.composite
def briefings(draw: st.DrawFn, retold: bool) -> tuple[tuple, dict, int]:
    """Articles of 2-6 distinct events (one each) in one place on one subject, and their story features; with
    `retold`, one more article re-telling the first event. Gives (articles, features, number of events)."""
    kinds = draw(st.lists(st.integers(0, len(KINDS) - 1), min_size=1 if retold else 2, max_size=6, unique=True))
    place, subject = draw(st.sampled_from(PLACES)), draw(st.sampled_from(SUBJECTS))
    given, surnames = draw(st.permutations(GIVEN)), draw(st.permutations(SURNAMES))  # (no two share a name)
    figures = draw(st.lists(st.integers(12, 990), min_size=len(kinds), max_size=len(kinds), unique=True))
    articles, found = [], {}
    for k, kind in enumerate(kinds):
        who = f"{given[k]} {surnames[k]}"
        hours = draw(st.integers(0, 96))
        told = [(0, f"e{k}", hours)]
        if retold and k == 0:
            told.append((1, "retold", hours + draw(st.integers(1, 20))))
        outlets = draw(st.permutations(OUTLETS))  # (a re-telling from another outlet: one outlet's reports of two
        # dates are never one story, ownreports.py)
        for (version, slug, at), outlet in zip(told, outlets):
            title, lead = _written(kind, version, subject, place, who, figures[k])
            articles.append(factories.article(slug, START + dt.timedelta(hours=at), outlet, title=title))
            found[slug] = story_features(title, lead)
    return tuple(articles), found, len(kinds)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(briefings(retold=False))
def test_distinct_events_of_one_place_and_subject_are_never_grouped(case: tuple) -> None:
    articles, found, events = case
    grouping = group_stories(articles, found, CONFIG)
    assert len(grouping.stories) == events, [s.members for s in grouping.stories if len(s.members) > 1]


@settings(max_examples=examples(60), deadline=None, database=None)
@given(briefings(retold=True))
def test_a_re_telling_in_other_words_is_still_grouped(case: tuple) -> None:
    articles, found, events = case
    grouping = group_stories(articles, found, CONFIG)
    titles = {a.slug: a.title for a in articles}
    assert grouping.story_of("retold").members == grouping.story_of("e0").members, \
        [[titles[m] for m in s.members] for s in grouping.stories]
    assert sorted(len(s.members) for s in grouping.stories) == [1] * (events - 1) + [2]


def test_the_kinds_share_only_the_place_and_the_subject() -> None:
    """The generator's premise: two kinds' texts share no term but the slots' (which are filled alike here)."""
    filled = [{t for t, _ in story_features(*_written(kind, told, "herring", "Liepaja", "Ilse Vornhagen", 42)
                                               ).pairs()} for kind in range(len(KINDS)) for told in (0, 1)]
    slots = {"herring", "liepaja", "ilse", "vornhagen", "ilse vornhagen", "42"}
    for i in range(0, len(filled), 2):
        for j in range(i + 2, len(filled)):
            assert filled[i] & filled[j] <= slots, (i, j, filled[i] & filled[j] - slots)


def test_the_trial_s_two_herring_reports_are_two_stories() -> None:
    kestrel = factories.article("herring-prices-kestrel", START, "Kestrel News",
                                title="Herring prices firm at Liepaja auction")
    wire = factories.article("herring-quota-wire", START + dt.timedelta(days=2, hours=1), "Northern Wire",
                             title="Central herring quota held steady")
    found = {kestrel.slug: story_features(kestrel.title, "Auction buyers at Liepaja paid more for herring this week "
                                          "as the autumn catch came in smaller than expected."),
             wire.slug: story_features(wire.title, "Ministers left the central Baltic herring quota unchanged for "
                                       "next year, to the relief of processors in Liepaja.")}
    grouping = group_stories((kestrel, wire), found, CONFIG)
    assert len(grouping.stories) == 2


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AaBbZz éÉßǅ'’.-\t\n,0")), max_size=60) | st.lists(st.sampled_from(
                   ["Liepaja", "in", "de", "Ölund", "élan", "U.S.", "x-Ray", "O'Neill", "—", "9", " ", "\t", "Ab.Cd"]),
                   max_size=15).map(" ".join))
def test_capitalised_runs_found_by_pattern_are_those_read_word_by_word(text: str) -> None:
    """wherenames._runs (a pattern, ASCII runs at once) finds exactly the runs its reference reads word by word."""
    from briefgen.analyse.wherenames import _runs, _words_runs
    assert list(_runs(text)) == list(_words_runs(text))
