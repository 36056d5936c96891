"""English frames that name a quotation's speaker by "put it" or by their words, at the sentence's start and after the
quotation: "As X put it, “…”", "“…,” as X put it." (T24 F6, 2026-12-07; quotecalled._PUT_IT, quoteframes._CLOSING).

The tester's op-ed "As Ana María Ayavire put it outside the Santiago court, "we are against being ignored"." had no
speaker: quotecalled.py read "as X put it" only in lower case, mid-sentence. Fails before the fix.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

QUOTE = "we are against being ignored"


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_input():
    text = f'As Ana María Ayavire put it outside the Santiago court, "{QUOTE}".'
    assert _speakers(text) == ["Ana María Ayavire"]


@FAST
@given(word, word, st.sampled_from(("", " outside the court", " to reporters", " on Monday")),
       st.sampled_from(("put", "puts", "has put")))
def test_as_x_put_it_opening_the_sentence(given_name, surname, where, verb):
    name = f"{given_name} {surname}"
    assert _speakers(f'As {name} {verb} it{where}, "{QUOTE}".') == [name]
    assert _speakers(f'{name} spoke first. As {surname} {verb} it{where}, "{QUOTE}".') == [name]
    assert _speakers(f'{name} spoke first. As she {verb} it{where}, "{QUOTE}".') == [name]


@FAST
@given(word, word, st.sampled_from(("", " on Monday")))
def test_as_x_put_it_after_the_quotation(given_name, surname, when):
    name = f"{given_name} {surname}"
    assert _speakers(f'"We are against being ignored," as {name} put it{when}.') == [name]


@FAST
@given(word, word, word, word)
def test_the_other_english_forms_and_what_must_not_change(given_name, surname, other, other_surname):
    name, second = f"{given_name} {surname}", f"{other} {other_surname}"
    assert _speakers(f'As {name} said, "{QUOTE}".') == [name]
    assert _speakers(f'In {name}\'s words, "{QUOTE}".') == [name]
    assert _speakers(f'{name} put it this way: "{QUOTE}."') == [name]
    # another's frame after it is the frame
    assert _speakers(f'As {name} put it, "{QUOTE}," {second} said.') == [second]
    assert _speakers('As the saying goes, "the early bird catches the worm".') == [None]
    assert _speakers(f'"The box is heavy," {name} put it on the table.') in ([], [None])
