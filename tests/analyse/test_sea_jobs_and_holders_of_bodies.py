"""A job before a titled name, and a title's holder named "of" a body (occupations.SEA_TRADES, titledvoices).

A ferry trial (2026-12-05): "Harbour master Captain Ruth Okafor said … “We have had a dredger …,” she said." and
"06:30 Salvage master Lars-Erik Nyström says … “…,” he said." had no speaker ("master" was no job before a name, so
the name was not the sentence's subject); "Commodore Andrew Whitlaw of the Skerrin Ferry Users' Group said … According
to the commodore, “…”" had none either (the run read whole, person and body, was neither). Properties over made-up
names (support.madeup).
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.occupations import SEA_TRADES
from briefgen.analyse.quotes import quotes_in


@FAST
@given(word, word, st.sampled_from(sorted(SEA_TRADES)), st.sampled_from(("", "Captain ", "Dr ")),
       st.sampled_from((("she", "Anna"), ("he", "Tomas"))), st.sampled_from(("", "06:30 ")))
def test_a_pronoun_after_a_job_and_a_name_is_theirs(lead, surname, trade, title, pronoun_given, clock):
    pronoun, given_name = pronoun_given
    text = (f"{clock}{lead} {trade} {title}{given_name} {surname} said the channel had silted up. "
            f"“We have had a dredger booked since September,” {pronoun} said.")
    quote, = quotes_in("", text)
    assert quote.name == f"{given_name} {surname}", text


@FAST
@given(word, word, word, word, st.sampled_from(("Commodore", "Captain", "Professor")),
       st.sampled_from(("According to the {t}, “every week without answers is another week lost”.",
                        "“Every week without answers is another week lost,” the {t} said.")))
def test_a_holder_named_of_a_body_is_the_titles(given_name, surname, body, head, title, frame):
    assume(len({given_name, surname, body, head}) == 4)
    text = (f"{title} {given_name} {surname} of the {body} {head} Users' Group said six months was too long. "
            + frame.format(t=title.lower()))
    quote, = quotes_in("", text)
    assert quote.name == f"{given_name} {surname}", text


def test_the_trials_inputs():
    quote, = quotes_in("", "Harbour master Captain Ruth Okafor said the channel had silted up. “We have had a dredger "
                           "booked since September,” she said.")
    assert quote.name == "Ruth Okafor"
    quote, = quotes_in("", "Commodore Andrew Whitlaw of the Skerrin Ferry Users' Group said six months was too long to "
                           "wait. According to the commodore, “every week without answers is another week islanders "
                           "board a ship wondering”.")
    assert quote.name == "Andrew Whitlaw"
