"""A People page shows a quotation whole, never "also in" its own report, and no fragment alone (site/people.once_each,
2026-12-05).

The ferry trial's page of Declan O'Rourke showed the Q&A's headline quote "Crews warned them for months" "also in Ferry
& Port Week" — its own article —, the answer it was cut from hidden behind it, and Isles FM's three words "were not
the first" as a quote of their own."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.site.model import Quote
from briefgen.site.people import once_each

ANSWERS = ["Because the crews warned them for months and nobody listened. The steering reports were not the first.",
           "We have a file of defect reports going back two years, and the answer was always the same.",
           "A valve that sticks twice in three weeks has not been fixed. It has been tolerated."]


def entry(slug: str, day: int, hour: int = 9) -> SimpleNamespace:
    return SimpleNamespace(article=SimpleNamespace(slug=slug, published=dt.datetime(2026, 11, day, hour,
                                                                                    tzinfo=dt.timezone.utc), via=""))


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(ANSWERS), st.integers(0, 6), st.integers(5, 7), st.integers(2, 4), st.booleans(), st.booleans())
def test_a_quotation_and_its_pieces_are_one_entry(answer: str, at: int, headline: int, fragment: int,
                                                  retold: bool, headline_first: bool) -> None:
    words = answer.rstrip(".").split()
    at = min(at, len(words) - headline)
    excerpt = " ".join(words[at:at + headline]).rstrip(".,")
    excerpt = excerpt[0].upper() + excerpt[1:]
    piece = " ".join(words[at + 1:at + 1 + fragment]).rstrip(".,").lower()
    qa, other = entry("qa", 12), entry("radio", 12, 16)
    quotes = [Quote(excerpt, qa), Quote(answer, qa)]
    if headline_first is False:
        quotes.reverse()
    if retold:
        quotes.insert(0, Quote(piece, other))  # (site order: the newer report first)
    shown = once_each(tuple(quotes))
    assert [q.text for q in shown] == [answer], shown
    assert shown[0].entry is qa and qa not in shown[0].also_in, shown
    assert list(shown[0].in_part) == ([other] if retold else []) and not shown[0].also_in, shown  # (a piece: "in part")


def test_a_fragment_no_quotation_holds_is_not_shown() -> None:
    one, two = entry("one", 3), entry("two", 4)
    shown = once_each((Quote("were not the first", two), Quote("We will not back down on crewing.", one)))
    assert [q.text for q in shown] == ["We will not back down on crewing."]
    shown = once_each((Quote("Were not the first.", two),))  # (a sentence of its own, capitalised: a quote)
    assert [q.text for q in shown] == ["Were not the first."]


def test_a_fragment_reported_first_shows_the_whole_quotation() -> None:
    """(The rates trial: Bloomberg's "did not seriously consider" before the AFR's whole quotation.)"""
    early, late = entry("wire", 3, 8), entry("paper", 3, 12)
    whole = "We did not seriously consider a cut this month. Services inflation is still too high."
    shown = once_each((Quote(whole, late), Quote("did not seriously consider", early)))
    assert [(q.text, q.entry, q.also_in, q.in_part) for q in shown] == [(whole, late, (), (early,))]  # (T13: in part)
