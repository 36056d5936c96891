"""A broadcaster's or brand's word, or a plural, after "Ten" is no person (analyse/stopnames.ten_counted; a breaker,
BR32, 2026-12-07): "Ten Sports said it would show the match" gave a person "Sports", "Ten Play said …" a person "Ten
Play", "Ten Britons said …" a person "Britons". FX40's "Ten Hag said" (the Dutch particle) stays Ten Hag's.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.people import find_people

WORDS = ("Sports", "Network", "News", "Play", "TV", "Radio", "Media", "Britons", "Republicans", "Sport")
LEADS = ("", "Viewers of ", "A spokesman for ", "On Monday, ")
VERBS = ("said it would show the match", "said on Monday that the deal was off", "confirmed the broadcast")


@settings(max_examples=examples(60), deadline=None)
@given(word=st.sampled_from(WORDS), lead=st.sampled_from(LEADS), verb=st.sampled_from(VERBS))
def test_ten_and_a_brand_word_is_no_person(word: str, lead: str, verb: str) -> None:
    text = f"{lead}Ten {word} {verb}."
    assert [n.full for n in find_people("", text).named] == [], text


def test_ten_hag_stays_a_person() -> None:
    assert [n.full for n in find_people("", "Ten Hag said the team would fight.").named] == ["Ten Hag"]
