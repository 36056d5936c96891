"""A writer's sign-off at a paragraph's end is no sentence of what a report adds (adds_signoff.py; the ransomware
trial, 2026-12-05: the Threat Notes blog's "As always, I have not downloaded the data and will not link to the site. —
Liang Wenjie" looked like the page's own "— Speaker" credit). A dash inside a sentence is kept.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.compare import compare_reports, split_sentences


@FAST
@given(names=st.lists(word, min_size=3, max_size=3, unique_by=str.lower), dash=st.sampled_from(["\u2014", "\u2013"]))
def test_a_sign_off_is_no_addition(names: list[str], dash: str) -> None:
    given_name, surname, town = names
    blog = (f"The {town} council closed its library on Monday.\n\nAs always, I will not link to the leak site. "
            f"{dash} {given_name} {surname}")
    paper = f"The {town} council closed its library on Monday after a cyber attack."
    comparison = compare_reports([("blog", blog), ("paper", paper)])
    report = comparison.reports[0]
    added = [report.sentences[i] for i in report.adds]
    assert "As always, I will not link to the leak site." in added, added
    assert not any(dash in sentence for sentence in added), added


def test_a_dash_inside_a_sentence_is_kept() -> None:
    assert split_sentences("The vote \u2014 a close one \u2014 passed. It was late \u2014 Monday Night") == (
        "The vote \u2014 a close one \u2014 passed.", "It was late \u2014 Monday Night")
