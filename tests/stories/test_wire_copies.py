"""Copies of one text word for word (wire copy, a reprint) are one story, and every copy after the first re-tells it
(analyse/copies.py; roles.copy_credits). A tester's site (2026-12-05): four papers printing one text about buses
rerouted through a tunnel, hours apart, naming no one, were held apart ("no rare name in common", 0.45), and five
copies of another text were one story of five "independent" reports."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.copies import MIN_WORDS, copied, copy_prints
from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 11, 8, 15, tzinfo=dt.timezone.utc)
BUSES = ("Drivers complained about traffic jams on the first morning.. City buses now take a detour through the "
         "eastern tunnel, adding about fifteen minutes to the trip\n\nMore details followed later in the day.")
OUTLETS = ("Northern Daily", "Port Weekly", "Harbour Gazette", "City Radio", "Coast Wire")
# Plain words of no name, date, guide, announcement or follow-up: what a text says without a rare name.
WORDS = ("buses", "drivers", "tunnel", "detour", "traffic", "morning", "minutes", "trip", "council", "bridge",
         "repairs", "shops", "customers", "footfall", "ferry", "boats", "crews", "queues", "parking", "workers",
         "engineers", "cracks", "cost", "budget", "fares", "passengers", "station", "platform", "trains", "signals",
         "complained", "waited", "closed", "opened", "doubled", "reached", "fell", "rose", "blocked", "moved",
         "long", "slow", "busy", "empty", "eastern", "western", "northern", "southern", "extra", "longer",
         "the", "a", "of", "on", "through", "after", "about", "and", "with", "for")


def _grouped(texts: list[str], hours: list[float], titles: list[str] | None = None) -> list[tuple[str, tuple]]:
    """(members, roles) of every story of reports r0, r1, … of `texts` by different outlets, `hours` after START."""
    articles = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=h), source=OUTLETS[k],
                                       title=(titles or [f"Buses rerouted via the tunnel ({OUTLETS[k]})"] * 5)[k])
                     for k, h in enumerate(hours))
    found = {a.slug: story_features(a.title, text) for a, text in zip(articles, texts)}
    grouping = group_stories(articles, found, factories.config())
    return sorted({(s.members, s.roles) for s in (grouping.story_of(a.slug) for a in articles)})


def test_the_reported_input() -> None:
    """Four copies an hour apart: one story, the first the original, the others re-telling it."""
    assert _grouped([BUSES] * 4, [0, 1, 2, 3]) == [(("r0", "r1", "r2", "r3"), (
        ("r0", "original"), ("r1", "re-report"), ("r2", "re-report"), ("r3", "re-report")))]


sentence = st.lists(st.sampled_from(WORDS), min_size=MIN_WORDS, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=examples(25), deadline=None)
@given(sentences=st.lists(sentence, min_size=5, max_size=8, unique=True), copies=st.integers(2, 4),
       cut=st.integers(0, 1), added=st.booleans(), gap=st.floats(0.25, 6), spacing=st.sampled_from([" ", "  ", "\n"]))
def test_copies_are_one_story_each_after_the_first_a_re_telling(sentences: list[str], copies: int, cut: int,
                                                                 added: bool, gap: float, spacing: str) -> None:
    """A text of 5–8 sentences printed by 2–4 outlets hours apart, a copy cut by a sentence at its end, or with a line of
    its own added, or its sentences spaced otherwise (80 % of the shorter's sentences alike: copies.SHARE): one story;
    the first copy is the original, each later one a re-telling."""
    assume(len(set(map(str.lower, sentences))) == len(sentences))
    whole = " ".join(sentences)
    variants = [whole] + [spacing.join(sentences[:len(sentences) - cut]) + (" A line of our own for this paper, "
                                                                            "written by the desk tonight." if added else "")
                          for _ in range(copies - 1)]
    stories = _grouped(variants, [k * gap for k in range(copies)])
    assert [members for members, _ in stories] == [tuple(f"r{k}" for k in range(copies))]
    assert dict(stories[0][1]) == {"r0": "original", **{f"r{k}": "re-report" for k in range(1, copies)}}


@settings(max_examples=examples(40), deadline=None)
@given(shared=st.lists(sentence, min_size=2, max_size=6, unique=True), first=sentence, other=sentence)
def test_a_template_told_twice_is_no_copy(shared: list[str], first: str, other: str) -> None:
    """Two texts whose first sentences differ (a warning for two regions, a court list) are no copies, however many
    of their other sentences they share; a text is a copy of itself."""
    assume(first.lower() != other.lower() and first.lower() not in map(str.lower, shared)
           and other.lower() not in map(str.lower, shared))
    one, two = copy_prints(" ".join([first, *shared])), copy_prints(" ".join([other, *shared]))
    assert not copied(one, two)
    assert copied(one, one) == (len(memoryview(one).cast("I")) >= 2)


@settings(max_examples=examples(40), deadline=None)
@given(one=st.lists(sentence, min_size=1, max_size=5, unique=True), two=st.lists(sentence, min_size=1, max_size=5,
                                                                                  unique=True), sign_off=sentence)
def test_one_shared_line_makes_no_copy(one: list[str], two: list[str], sign_off: str) -> None:
    """Two texts sharing only one sentence (an outlet's sign-off, a standard line) are no copies."""
    assume(not {s.lower() for s in one + [sign_off]} & {s.lower() for s in two})
    assert not copied(copy_prints(" ".join(one + [sign_off])), copy_prints(" ".join(two + [sign_off])))


@given(words=st.lists(st.sampled_from(WORDS), min_size=MIN_WORDS, max_size=20),
       marks=st.lists(st.sampled_from([" ", "  ", ", ", " - ", " \u201c", "\u201d "]), min_size=20, max_size=20))
@settings(max_examples=examples(40), deadline=None)
def test_prints_read_words_not_punctuation_or_spacing(words: list[str], marks: list[str]) -> None:
    """One sentence with other spacing, commas, dashes or quotation marks between its words prints the same."""
    plain = " ".join(words) + "."
    marked = "".join(w + m for w, m in zip(words, marks)).rstrip(" ,-\u201c\u201d") + "."
    assert copy_prints(plain) == copy_prints(marked) != b""


def test_a_stock_opening_sentence_makes_no_copy() -> None:
    """A second trial's two court reports opening with one stock sentence, sharing two of their three: no copies
    (copies.SHARE is 80 %)."""
    opening = "The following case was heard at Kestle Magistrates' Court on Thursday before district judges."
    closing = "The case was adjourned and bail was granted on the usual conditions until the next hearing."
    one = f"{opening} Daniel Oakes, 34, of Mill Lane, is charged with selling recalled pills without a licence. {closing}"
    two = f"{opening} Sarah Lyle, 51, a pharmacist of Brindmoor, is charged with failing to return recalled stock. {closing}"
    assert not copied(copy_prints(one), copy_prints(two))
