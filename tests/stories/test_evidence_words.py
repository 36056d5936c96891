"""A story's evidence (shown to readers on its page) leaves out its outlets' words and names' particles.

The reported input (a trial, 2026-12-04): the page of a story Pharma Dispatch broke said "They share
Dispatch, Pharma, Pharma Dispatch", another "Berg, der, van, AMSTERDAM": re-tellings name the outlet they
credit and the same person's particles, which tell nothing of the event. The kind: any outlet a report is
from or credits (by `via:` or in its text), any particle (`lexicon.SURNAME_PARTICLES`), as single terms and
as two-word terms of them.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.lexicon import SURNAME_PARTICLES
from briefgen.analyse.stories import StoryFeatures, group_stories
from briefgen.analyse.terms import term_of, words

EVENT = ("recall", "charger", "fire", "brightwell", "powercell")
START = dt.datetime(2026, 3, 9, 14, 0, tzinfo=dt.timezone.utc)
outlet_word = st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(outlet_word, min_size=2, max_size=2, unique=True), st.sampled_from(sorted(SURNAME_PARTICLES)),
       st.booleans())
def test_outlet_words_and_particles_are_no_evidence(outlet: list[str], particle: str, by_via: bool) -> None:
    name = " ".join(w.capitalize() for w in outlet)
    outlet = [term_of(w) for w in words(name)]  # (as the features hold them: plurals folded)
    assume(None not in outlet)  # (a stopword: "Else")
    shared = (*EVENT, *outlet, " ".join(outlet), particle)
    features = StoryFeatures.pack([(t, 1.0) for t in shared], [(t, t.title()) for t in shared],
                                  () if by_via else (name,), ("brightwell", "powercell"))
    articles = (factories.article("scoop", START, source=name),
                factories.article("retold", START + dt.timedelta(hours=3), source="Other Times",
                                  via=name if by_via else ""))
    grouping = group_stories(articles, {"scoop": features, "retold": features}, factories.config())
    story = next(s for s in grouping.stories if len(s.members) == 2)
    shown = {term.lower() for term in story.evidence}
    assert shown and not shown & {*outlet, " ".join(outlet), particle}, story.evidence
    assert shown <= set(EVENT), story.evidence


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.lists(st.sampled_from(["dunmore", "capital", "kingsmere", "united", "vote", "bid"]), min_size=1,
                         max_size=2).map(" ".join), unique=True, max_size=8))
def test_a_word_a_two_word_term_shows_is_not_shown_again(terms: list[str]) -> None:
    """`evidence.telling_terms`: the terms in their order, less each word a kept two-word term holds (the
    trial's "Dunmore, Capital, Dunmore Capital" is "Dunmore Capital"); two-word terms of one name ("kingsmere
    dunmore", "dunmore capital") are one entry, at the place of the first (T13, 2026-12-06)."""
    from briefgen.analyse.evidence import telling_terms
    kept = telling_terms(terms, frozenset())
    pairs = {word for t in terms if " " in t for word in t.split()}
    expected = [t for t in terms if " " in t or t not in pairs]
    flat = [piece for entry in kept for piece in entry.split("\n")]
    assert sorted(flat) == sorted(expected) and len(flat) == len(set(flat)), kept
    assert [min(expected.index(piece) for piece in entry.split("\n")) for entry in kept] == sorted(
        min(expected.index(piece) for piece in entry.split("\n")) for entry in kept), kept
    assert telling_terms(["dunmore", "capital", "dunmore capital", "bid"], frozenset()) == ["dunmore capital", "bid"]


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(3, 5), st.integers(0, 4), st.sampled_from([("hour", "40-hour"), ("site", "Sites"), ("bill", "Bill"),
                                                              ("member", "Members")]))
def test_a_term_is_shown_as_most_of_its_reports_write_it(reports: int, odd: int, term_form: tuple[str, str]) -> None:
    """Reported (a trial, 2026-12-04): a story of four reports was said to share "40-hour", which one of them wrote
    (the others "hour"), and "Sites" where one report opened a sentence with it: the form shown was the first
    member's. Now the form most members holding the term write (of as many, the term itself)."""
    term, form = term_form
    odd %= reports
    shared = (*EVENT, term)
    plain = StoryFeatures.pack([(t, 1.0) for t in shared], [(t, t.title()) for t in EVENT], (), ("brightwell",))
    unusual = StoryFeatures.pack([(t, 1.0) for t in shared], [*((t, t.title()) for t in EVENT), (term, form)], (),
                                 ("brightwell",))
    articles = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=k), source=f"Outlet {k}")
                     for k in range(reports))
    found = {f"r{k}": unusual if k == odd else plain for k in range(reports)}
    story = next(s for s in group_stories(articles, found, factories.config()).stories if len(s.members) == reports)
    assert term in story.evidence and form not in story.evidence, story.evidence


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Harcastle", "Bexley", "Wenlow", "Ashby"]), st.sampled_from(["Echo", "Journal", "Gazette"]),
       st.booleans(), st.booleans())
def test_a_town_of_the_outlets_name_the_reports_write_as_a_place_is_shown(town: str, brand: str, as_place: bool,
                                                                         by_via: bool) -> None:
    """Reported (a trial, 2026-12-05): the page of a story the Harcastle Echo broke hid "Harcastle", where the event
    happened, as a word of the outlet's name. A word of the name the reports write as a place (`Report.places`) is
    shown; one they do not write as a place, and the brand ("Echo", "Journal"), stay out."""
    name = f"{town} {brand}"
    place, label = (term_of(w) for w in words(name))  # (as the features hold them)
    terms = (*EVENT, place, label)
    features = StoryFeatures.pack([(t, 1.0) for t in terms], [(t, t.title()) for t in terms], () if by_via else (name,),
                                  ("brightwell", "powercell", place), places=(place,) if as_place else ())
    articles = (factories.article("scoop", START, source=name),
                factories.article("retold", START + dt.timedelta(hours=3), source="Other Times",
                                  via=name if by_via else ""))
    grouping = group_stories(articles, {"scoop": features, "retold": features}, factories.config())
    shown = {term.lower() for term in next(s for s in grouping.stories if len(s.members) == 2).evidence}
    assert (place in shown) == as_place, shown
    assert label not in shown, shown
