"""A quotation that ends with a full stop inside its marks, then a sentence that opens with a name and a speech verb,
are two sentences unless the name and verb are only the quotation's short frame (compare.split_sentences). A tester's
airport briefing (2026-12-05): the story page ran "… please stay seated." and "Passenger Daniel Roper said the
announcement had been …" together as one bullet of what the Gazette adds."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support import madeup
from support.examples import examples

from briefgen.analyse.compare import split_sentences

WORDS = st.lists(st.sampled_from(["the", "plan", "had", "been", "workers", "would", "appeal", "ruling", "soon", "again",
                                  "that", "crews", "were", "ready", "announcement", "calm"]), min_size=5, max_size=10)
MARKS = st.sampled_from([("\u201c", "\u201d"), ('"', '"')])


@settings(max_examples=examples(60), deadline=None)
@given(first=madeup.word, last=madeup.word, words=WORDS, marks=MARKS, verb=st.sampled_from(["said", "added", "wrote"]),
       role=st.sampled_from(["", "Passenger ", "Councillor "]),
       clause=st.sampled_from(["the", "that", "he", "she", "they", "it", "his", "their"]),
       where=st.lists(st.sampled_from(["on Monday", "at a rally", "outside the town hall", "this", "later", "in Marlow",
                                       "at a packed meeting of the committee"]), min_size=1, max_size=3))
def test_a_sentence_after_a_quotation_is_its_own(first: str, last: str, words: list[str], marks: tuple[str, str],
                                                 verb: str, role: str, clause: str, where: list[str]) -> None:
    """"… “We are landing normally.” <Role> <Name> said the <words> …" (a verb with a clause of its own) is two
    sentences; "“It is over.” <Name> said on Monday at a rally …" and "“Why now?” <Name> asked the court." keep the
    quotation with its frame, however long (a breaker's "… Sarah Blythe said on Monday at a rally outside the town
    hall", 2026-12-05, late night)."""
    opening, closing = marks
    quote = f"The pilot spoke to passengers: {opening}We are landing normally, please stay seated.{closing}"
    after = f"{role}{first} {last} {verb} {clause} {' '.join(words)} by the evening."
    assert split_sentences(f"{quote} {after}") == (quote, after)
    framed = f"{opening}It is over.{closing} {role}{first} {last} said {' '.join(where)}."
    assert split_sentences(framed) == (framed,)
    asked = f"{opening}Why now?{closing} {first} {last} asked the court."
    assert split_sentences(asked) == (asked,)


def test_the_reported_input() -> None:
    """The Gazette's paragraph."""
    text = ('Captain Ilse Verhoeven, who was flying the aircraft, told passengers over the intercom: "We have had a bird '
            'strike on the left engine. We are landing normally, please stay seated." Passenger Daniel Roper said the '
            'announcement had been "reassuring in a very Dutch way".')
    assert len(split_sentences(text)) == 2


def test_a_time_after_the_verb_is_the_frame() -> None:
    """"“It is over.” Tom Reid said that evening." and "… said the next day in a statement." keep the frame."""
    for text in ("\u201cIt is over.\u201d Tom Reid said that evening.",
                 "\u201cIt is over.\u201d Tom Reid said the next day in a statement.",
                 "\u201cIt is over.\u201d Tom Reid told the BBC the following morning.",
                 "\u201cIt is over.\u201d Tom Reid said a day later.", "\u201cIt is over.\u201d Tom Reid told a news conference."):
        assert split_sentences(text) == (text,)
