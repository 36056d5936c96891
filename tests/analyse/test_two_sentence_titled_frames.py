"""A quotation of two sentences or more before "the <title> said" is read from the sentence it opens in.

A ferry trial (islesfm-second-strike-off, 2026-12-05): 'Fiona MacAskill said she was glad … “Nobody won the last
month. The island lost it,” the chief executive said.' had no speaker, though a one-sentence quotation had one: the
sentence before the frame's was the quotation's own first sentence (titledvoices._named_just_before). Property over
made-up names (support.madeup) and one to three quoted sentences; another person named as the subject still keeps
the title's words from her.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

SENTENCES = ("Nobody won the last month.", "The island lost it.", "We will start again on Monday.")


@FAST
@given(word, word, st.integers(1, 3), st.sampled_from(("chief executive", "minister", "chairman")))
def test_a_long_quotation_before_a_title_frame_is_the_subjects(given_name, surname, count, title):
    words = " ".join(SENTENCES[:count])[:-1]
    text = f"{given_name} {surname} said she was glad the ferry was back. “{words},” the {title} said."
    quote, = quotes_in("", text)
    assert quote.name == f"{given_name} {surname}", text


def test_the_trials_input_and_another_subject():
    text = ("Fiona MacAskill said she was glad the islanders would have their ferry. “Nobody won the last month. The "
            "island lost it,” the chief executive said.")
    quote, = quotes_in("", text)
    assert quote.name == "Fiona MacAskill"
    quote, = quotes_in("", text.replace("Fiona MacAskill said she was glad", "Industry Minister Anna Berg said she was glad"))
    assert quote.name is None
