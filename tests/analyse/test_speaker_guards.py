"""Guards on two ransom-trial rules (2026-12-05): an unnamed spokesperson speaks for the organisation of the sentence
before (nearvoices.py) and a singular "they" is a @handle's holder (quotehandles.py). A tester's realistic inputs gave
wrong speakers; each must keep no speaker. Made-up organisation names (support.madeup) where the wording allows.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

SPOKE = "A spokesman said: “We do not comment on leaks.”"


@FAST
@given(word, st.sampled_from(("Reuters", "Bloomberg", "The Guardian")),
       st.sampled_from(("contacted", "had contacted", "approached", "asked")))
def test_an_outlet_asking_for_comment_is_no_speakers_organisation(stem, outlet, verb):
    text = f"{outlet} said it {verb} {stem} Water on Monday. {SPOKE}"
    quote, = quotes_in("", text)
    assert quote.name is None, text


@FAST
@given(word)
def test_a_second_speaking_party_gives_no_organisation(stem):
    text = (f"{stem} Water declined to comment, but the regulator said it was investigating. "
            "A spokesman said: “We take this very seriously.”")
    quote, = quotes_in("", text)
    assert quote.name is None, text


def test_the_testers_spokesperson_sentences():
    for text in ('Reuters said it had contacted Kestrel Water on Monday. A spokesman said: "We do not comment on leaks."',
                 'Kestrel Water declined to comment, but the regulator said it was investigating. A spokesman said: '
                 '"We take this very seriously."'):
        assert [q.name for q in quotes_in("", text)] == [None], text


def test_they_is_no_handle_in_a_group_or_a_possessive():
    for text in ('Independent researcher @k3rnelpanic and two security firms said the data was old. '
                 '"It was leaked in 2023," they said.',
                 "@k3rnelpanic's followers said the data was real. \"We checked every file,\" they said.",
                 "@k3rnelpanic\u2019s followers said the data was real. \"We checked every file,\" they said.",
                 '@k3rnelpanic with two colleagues said the data was real. "We checked every file," they said.',
                 '@k3rnelpanic posted the list on Tuesday, and staff were told on Wednesday. '
                 '"We found out on social media," they said.'):
        assert [q.name for q in quotes_in("", text)] == [None], text
