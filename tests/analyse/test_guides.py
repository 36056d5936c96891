"""A guide for readers is a piece of its own, never merged into the news it follows (`analyse/guides.py`).

The reported input: Which?'s "Flooded after Storm Idris? How to make a home insurance claim", a day after
the Financial Times reported the storm's insured cost, joined the cost's three reports (the third trial,
tests/stories/aftermath/). The kind: any lead that talks to the reader (you, your, yourself, you're …, in
any case and either apostrophe) at least READER_WORDS times outside quotation marks, beside reports that
share every name and word with it; and the other side of the rule: a report quoting people who say "you",
in any quotation marks, is a report.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.guides import READER_WORDS, addresses_reader
from briefgen.analyse.stories import StoryFeatures, group_stories, story_features
from support import factories

SECOND_PERSON = ("you", "your", "yours", "yourself", "you're", "you\u2019ve", "you'll", "you\u2019d")
QUOTES = (("\u201c", "\u201d"), ('"', '"'), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"),
          ("\u2039", "\u203a"))
FILLER = ("the storm", "insurers", "a loss adjuster", "the council", "photos of the damage", "the claim")

WHICH = ("If your home was flooded during Storm Idris, the first step is to call your insurer as soon as you "
         "safely can \u2013 even before the water has gone. Take photos and videos of the damage before you "
         "throw anything away.")
FT = ("Insurers face claims of up to \u00a3900mn from Storm Idris, according to estimates by the broker Morland "
      "Hale. \u201cFor a regional insurer this is a big hit but not an existential one,\u201d said Priya Nair.")
QUOTING = ("Loss adjusters said the claims would take months. \u201cYou cannot dry a house in a week. Your walls, "
           "your floors, you name it,\u201d said Claire Hughes.")


@pytest.mark.parametrize("lead, guide", [(WHICH, True), (FT, False), (QUOTING, False),
                                         ("You, you and YOU.", True), ("Thank you, you two.", False)])
def test_the_reported_leads(lead: str, guide: bool) -> None:
    assert addresses_reader(lead) is guide


def sentence(draw: st.DrawFn, words: int) -> str:
    chosen = [draw(st.sampled_from(SECOND_PERSON)) for _ in range(words)]
    chosen = [w.capitalize() if draw(st.booleans()) else w for w in chosen]
    return " ".join(f"{w} {draw(st.sampled_from(FILLER))}" for w in chosen) + "."


@settings(max_examples=examples(200), deadline=None)
@given(st.data(), st.integers(0, 6), st.integers(0, 6))
def test_only_the_words_outside_quotation_marks_count(data: st.DataObject, outside: int, inside: int) -> None:
    """A lead with `outside` second-person words in its own sentences and `inside` more in a quotation, in
    any marks content uses, is a guide exactly when `outside` reaches READER_WORDS."""
    opening, closing = data.draw(st.sampled_from(QUOTES))
    own = sentence(data.draw, outside) if outside else "Insurers met on Monday."
    quoted = f"{opening}{sentence(data.draw, inside)}{closing} said a broker." if inside else ""
    lead = " ".join(data.draw(st.permutations([own, quoted])))
    assert addresses_reader(lead) is (outside >= READER_WORDS), lead


START = dt.datetime(2026, 10, 14, 4, 0, tzinfo=dt.timezone.utc)
EVENT = (("idris", 1.0), ("harbourline", 1.0), ("insurer", 1.0), ("flood", 1.0), ("claim", 1.0))
NAMES = ("idris", "harbourline")


def features(guide: bool) -> StoryFeatures:
    return StoryFeatures.pack(EVENT, tuple((t, t.title()) for t in NAMES), (), NAMES, guide=guide)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.booleans(), min_size=2, max_size=5), st.lists(st.floats(0.0, 36.0), min_size=5, max_size=5))
def test_a_guide_is_never_merged_with_a_report(guides: list[bool], hours: list[float]) -> None:
    """Articles of the same names and words, hours apart: the reports are one story, the guides another."""
    articles = tuple(factories.report(f"a{k}", START + dt.timedelta(hours=hours[k])) for k in range(len(guides)))
    grouping = group_stories(articles, {f"a{k}": features(g) for k, g in enumerate(guides)}, factories.config())
    stories = sorted(tuple(sorted(s.members)) for s in grouping.stories)
    expected = sorted(tuple(f"a{k}" for k, g in enumerate(guides) if g is kind) for kind in (True, False)
                      if kind in guides)
    assert stories == expected


def test_the_guide_is_read_in_the_story_features_and_said_to_the_editor() -> None:
    assert story_features("Flooded after Storm Idris? How to make a home insurance claim", WHICH).guide
    assert not story_features("Insurers face bill from Storm Idris", FT).guide
    articles = (factories.report("ft", START), factories.report("which", START + dt.timedelta(hours=29)))
    grouping = group_stories(articles, {"ft": features(False), "which": features(True)}, factories.config())
    assert [(s.articles, s.held_apart) for s in grouping.suggestions] == [
        (("which",), ("one is a guide or an explainer for readers, not a report of the event",))]
