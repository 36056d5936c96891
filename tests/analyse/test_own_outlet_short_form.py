"""An outlet's own short name is its own, even when a known outlet bears it (a trial, 2026-12-04).

A Tidewater Times report quoting a pensioner who "told the Times" credited the known outlet The Times: the story said
"First reported by The Times", the article page "Re-told report", the Sources page "2 via other outlets". A credit
whose name ends the article's own outlet's ("the Times" in the Tidewater Times, "the Post" in the Fjordland Post) is
its own; another outlet's article crediting it still credits it.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import report_of

TAILS = ["Times", "Post", "Herald", "Guardian", "Telegraph", "Observer", "Independent", "Journal", "Courier"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Tidewater", "Fjordland", "Harbour", "Varnholm"]), st.sampled_from(TAILS),
       st.sampled_from(["The {t}", "the {t}", "{t}"]))
def test_a_credit_that_ends_the_own_outlets_name_is_its_own(place: str, tail: str, written: str) -> None:
    own = factories.article("own", source=f"{place} {tail}")
    assert report_of(own, (), b"", "", (written.format(t=tail),)).credited == frozenset()
    other = factories.article("other", source="Meridian Wire Service")
    assert report_of(other, (), b"", "", (written.format(t=tail),)).credited != frozenset()
