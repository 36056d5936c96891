"""The figure slips and the counterparts' check read one figure set a sentence (2026-12-07, evening).

SP13 made the slips read a report's figures lazily (figurereads.ReadFigures) and FX103 made the comparison leave out
the figures a report withdraws in its own correction note (withdrawnfigures.py); merged, the two shared compare.py's
cache of figures but filled it by two rules, so a sentence's figures depended on which rule read it first and the
slips saw a withdrawn "82%". Both now read figurereads.report_figures.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.compare import _figures_of
from briefgen.analyse.figurereads import ReadFigures, report_figures
from briefgen.analyse.figures import figures

WORDINGS = ("Correction: an earlier version of this story said {old}% of tally sheets had been counted.",
            "An earlier version of this story said {old}% of tally sheets had been counted; it was {new}%.",
            "The tribunal counted {new}% of tally sheets, not {old}% as previously reported.")


@given(st.sampled_from(WORDINGS), st.integers(10, 99), st.integers(10, 99))
def test_both_readers_leave_out_a_withdrawn_figure(wording: str, old: int, new: int) -> None:
    sentence = wording.format(old=old, new=new)
    lazily = ReadFigures([sentence], {})[0]
    assert lazily == report_figures(sentence) == _figures_of(sentence, {})
    shared: dict = {}
    assert ReadFigures([sentence], shared)[0] == _figures_of(sentence, shared)  # (one cache, either reader first)
    if old != new:
        assert len(lazily) < len(figures(sentence))  # the withdrawn figure is not among them
