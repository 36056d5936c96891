"""A count of unnamed sources is masked only where it is the attribution, never where it is the subject of a news verb
(BR38, 2026-12-07; datefigures.undated): "Three/Five people close to the minister were arrested" are two reports with
different figures. Fails before the fix (main at fa9940fa masked the count everywhere).
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures

WHO = st.sampled_from(("people", "officials", "executives", "diplomats", "aides", "bankers"))
WHICH = st.sampled_from(("familiar with the site", "close to the minister", "briefed on the plan",
                         "with knowledge of the deal", "involved in the talks", "with direct knowledge of the matter"))
NEWS = st.sampled_from(("were arrested", "were killed in a crash", "were fired", "died", "were injured in the flood",
                        "have been detained", "will be charged"))
TAIL = st.sampled_from(("", " in Hanoi on Monday", " on Monday, according to officials", ", police said"))
COUNTS = st.sampled_from((("Three", "Five"), ("Two", "Four"), ("3", "7"), ("One", "Six")))


def test_the_reported_inputs():
    a = "Three people close to the minister were arrested in Hanoi on Monday, according to officials."
    b = "Five people close to the minister were arrested in Hanoi on Monday, according to officials."
    assert len(compare_reports([("Wire A", a), ("Ledger B", b)]).differ) == 1
    assert [f.value for f in figures("Three people close to the minister were arrested.")] == [3.0]
    assert [f.value for f in figures("Russia expelled three diplomats familiar with the case.")] == [3.0]


@FAST
@given(COUNTS, WHO, WHICH, NEWS, TAIL)
def test_the_subject_of_a_news_verb_is_a_figure(counts, who, which, news, tail):
    one, other = (figures(f"{n} {who} {which} {news}{tail}.") for n in counts)
    assert contradict(one, other), (one, other)


@FAST
@given(COUNTS, WHO, WHICH, st.sampled_from(("{n} {w} {x} said", "{n} {w} {x} told Reuters", "said {n} {w} {x}",
                                            "{n} {w} {x}, who asked not to be named, said",
                                            "according to {n} {w} {x}")))
def test_the_attribution_is_no_figure(counts, who, which, frame):
    one, other = (figures("The stake is 51%, " + frame.format(n=n.lower(), w=who, x=which) + ".") for n in counts)
    assert [f.value for f in one] == [51.0], one
    assert not contradict(one, other)
