"""A short quotation (at most 3 words, no verb: quotemarks.FRAGMENT) right beside its speaker's frame
is a quote, whichever side of the closing mark the comma stands and whoever the subject is.

A trial: 'Lena Salo visited the quay. “Nobody asked us,” she added.' returned no quotation at
all, nor did '“Nobody asked us,” Lena Salo said.' or '“The harbour,” said Varga, “…”' (its first
part). The check that the frame is "right beside" the quotation looked at the two characters after
the closing mark and so accepted only a comma outside it (“…”, X said), and never a pronoun's frame.
quoteframes.governs now accepts a comma, "?" or "!" inside the marks too, and a pronoun frame after
the mark; a fragment a clause runs on from ("The so-called “peace formula” has ten points, Zelensky
said") is still no quote.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotemarks import FRAGMENT, quote_kind
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = st.sampled_from("nobody asked us absurd harbour finished total disgrace illegal closed for good never "
                         "a the very ugly".split())
fragment = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
BESIDE = ["“{q},” {p} said.", "“{q}”, {p} said.", "“{q},” said {p}.", "“{q},” said {p}, the union leader.",
          "“{q}?” {p} asked.", "“{q}!” {p} said.", "{p} met the crews. “{q},” she added.",
          "{p} met the crews. “{q}”, she said."]
RUN_ON = ["The so-called “{q}” has ten points, {p} said.", "It ends with the months being “{q}”."]


@FAST
@given(st.sampled_from(BESIDE), fragment, person)
def test_a_short_quotation_beside_its_frame_is_the_speakers(frame: str, q: str, p: str) -> None:
    assume(quote_kind(q) == FRAGMENT)
    found = quotes_in("", frame.format(q=q, p=p))
    assert [(x.text.rstrip("?!"), x.name) for x in found] == [(q, p)]


@FAST
@given(st.sampled_from(RUN_ON), fragment, person)
def test_a_short_quotation_a_clause_runs_on_from_is_no_quote(frame: str, q: str, p: str) -> None:
    assume(quote_kind(q) == FRAGMENT)
    assert quotes_in("", frame.format(q=q, p=p)) == ()


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lena Salo visited the quay on Monday. “Nobody asked us,” she added.", "Lena Salo"),
    ("“Nobody asked us,” Lena Salo said.", "Lena Salo"),
    ("“The harbour,” said Varga.", "Varga"),
])
def test_short_quotes(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in("", text)] == [speaker]
