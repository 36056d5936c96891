""""he said"/"she said" stands for no person the text tells is of the other sex (toldsex.py; issue 9, 2026-12-05).

"Alex Morgan blamed himself for the defeat. “It was never going to work,” she said." and "Mr Morgan met Sam Jones on
Tuesday. “…,” she said." gave the words to Alex Morgan and Morgan: the pronoun stood for the last sentence's subject
whatever the text told of their sex. Given names tell nothing; titles, "and his/her" and reflexives do ("his/her
own" no longer: "Anna Berg said his own MPs …", a breaker's R3, 2026-12-05; test_sex_of_another.py); a bare "his" after a verb does not ("Anna Berg said his behaviour was unacceptable"). Precision first: no other person is guessed.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_WORDS = "“It was never going to work out the way they wanted,”"


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    assert _speakers(f"Alex Morgan blamed himself for the defeat. {_WORDS} she said.") == [None]
    assert _speakers(f"Mr Morgan met Sam Jones on Tuesday. {_WORDS} she said.") == [None]
    assert _speakers(f"Alex Morgan and his sister Sam Jones left early. {_WORDS} she said.") == [None]


def test_what_must_not_change():
    kept = {
        f"Alex Morgan blamed himself for the defeat. {_WORDS} he said.": ["Alex Morgan"],
        f"Anna Berg said his behaviour was unacceptable. {_WORDS} she said.": ["Anna Berg"],
        f"Anna Berg criticised his decision to quit. {_WORDS} she said.": ["Anna Berg"],
        f"Alex Morgan met Sam Jones on Tuesday. {_WORDS} she said.": ["Alex Morgan"],  # (nothing told)
        f"Anna Berg thanked him for his help. {_WORDS} she said.": ["Anna Berg"],  # ("his" after an object: his)
        f"Mrs Berg lost her seat on Tuesday. {_WORDS} she said.": ["Berg"],
        f"Ines Harrowgate met Tobias Harrowgate. Mr Harrowgate left early. Ines Harrowgate stayed. {_WORDS} she said.":
            ["Ines Harrowgate"],  # (a surname two people bear tells nothing of either)
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(word, word, st.sampled_from(("Mr {s} lost the vote on Tuesday.",
                                    "{n} blamed himself for the defeat.",
                                    "Ms {s} lost the vote on Tuesday.", "{n} blamed herself for the defeat.")),
       st.sampled_from(("he", "she")))
def test_a_pronoun_of_the_other_sex_is_no_ones(given_name, surname, sentence, pronoun):
    text = f"{sentence.format(n=f'{given_name} {surname}', s=surname)} {_WORDS} {pronoun} said."
    male = "himself" in sentence or "Mr " in sentence
    speakers = _speakers(text)
    if (pronoun == "she") == male:
        assert speakers == [None], text
    else:
        assert speakers in ([f"{given_name} {surname}"], [surname]), text
