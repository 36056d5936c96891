""""Said X: “…”" — the inverted lead-in's verb is no given name (namecontext.said_first).

A check of cataphoric frames (2026-12-04): "The talks failed. Said Ada Brenn: “We are not moving.”" gave the quotation
to a person "Said Ada Brenn", whom names_in listed too. Property over made-up names, a name of two words or a
surname named before: the speaker and the name found are the person's; "Said" before one word the text names
nowhere else stays a given name ("Said Jalili: “…”").
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "na", "bre", "da", "lo", "ren")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)


@settings(max_examples=examples(150), deadline=None)
@given(word, word, st.booleans())
def test_said_opening_a_lead_in_is_the_verb(given_name: str, surname: str, named_before: bool) -> None:
    full = f"{given_name} {surname}"
    if named_before:
        text = f"{full} chairs the union. The talks failed. Said {surname}: “We are not moving.”"
    else:
        text = f"The talks failed. Said {full}: “We are not moving.”"
    quote, = quotes_in("Talks", text)
    assert quote.name == full, text
    assert all(not m.surface.startswith("Said") for m in names_in("Talks", text)), text


def test_said_as_a_given_name_stays() -> None:
    quote, = quotes_in("Talks", "The talks failed. Said Jalili: “We are not moving.”")
    assert quote.name == "Said Jalili"
    quote, = quotes_in("Talks", "The talks failed. Said Ada Brenn told reporters: “We are not moving.”")
    assert quote.name == "Said Ada Brenn"  # no inverted lead-in: "Said" is her given name
    quote, = quotes_in("Talks", "The talks failed. Said Jalili said the talks were over. “We are not moving,” he said.")
    assert quote.name == "Said Jalili"
