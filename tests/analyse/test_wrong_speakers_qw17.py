"""Two kinds that gave a quotation to the wrong person (QW17, 2026-12-06).

1. A capitalised word opening a sentence taken for a person: "Irrigation is banned, said Tom Reid. “We have no
   choice,” he said." gave the quotation to "Irrigation" (quotespeakers._persons took a one-word run that "acts" for
   a person), and "Water use is banned, said Tom Reid. …" to no one (an inverted frame's speaker was no sentence's
   subject). A plain word opening a sentence is no one's name now (plainnouns.py) unless other evidence makes it
   one, and ", said X." makes X the sentence's speaker (invertedframes.py); one-word names stay people ("Madonna
   said", "Reid said" after "Tom Reid", "Lavrov met …").
2. A pronoun's sex not checked against its antecedent: "John Lee met the prefect Sophie Arnaud. “We will act,” she
   said." gave John Lee the words. A given name (givensex.py), a title or a "he"/"she" used of them before tells a
   person's sex; the pronoun passes to the nearest person known to agree, or to no one; never to one known to
   disagree. English and French ("il"/"elle").
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

_WORDS = "\u201cWe have no choice,\u201d"


def _names(text: str, language: str = "") -> list[str | None]:
    return [q.name for q in quotes_in("", text, language)]


def test_the_reported_inputs():
    assert _names(f"Irrigation is banned, said Tom Reid. {_WORDS} he said.") == ["Tom Reid"]
    assert _names(f"Water use is banned, said Tom Reid. {_WORDS} he said.") == ["Tom Reid"]
    assert _names(f"John Lee met the prefect Sophie Arnaud. {_WORDS} she said.") == ["Sophie Arnaud"]
    assert _names("Jean Dupont a rencontré la préfète Sophie Arnaud. « Nous agirons », a-t-elle dit.", "fr") == [
        "Sophie Arnaud"]


def test_what_must_not_change():
    kept = {
        f"Madonna said the show was over. {_WORDS} she said.": ["Madonna"],
        f"Tom Reid arrived late. Reid said the show was over. {_WORDS} he said.": ["Tom Reid"],
        f"Lavrov met Li Hui in Moscow. {_WORDS} he said.": ["Lavrov"],  # (a surname alone, the evaluation's)
        f"Irrigation is banned, Tom Reid said. {_WORDS} he said.": ["Tom Reid"],
        f"John Lee met the prefect Sophie Arnaud. {_WORDS} he said.": ["John Lee"],
        f"Alex Morgan met Sam Jones on Tuesday. {_WORDS} she said.": ["Alex Morgan"],  # (nothing told of either)
        f"John Lee arrived late. {_WORDS} she said.": [None],  # (no woman named: no one)
        f"John Lee met Sophie Arnaud and Dr Kowalczyk. {_WORDS} she said.": [None],  # (an unknown one nearer)
        f"The plan is dead, told Tom Reid. {_WORDS} he said.": [None],  # (told: Tom Reid is whom it was told)
        "Jean Dupont a rencontré la préfète Sophie Arnaud. « Nous agirons », a-t-il dit.": ["Jean Dupont"],
    }
    for text, speakers in kept.items():
        assert _names(text, "fr" if "«" in text else "") == speakers, text


def test_a_pronoun_told_before_tells_the_sex():
    text = (f"\u201cWe will act,\u201d said Alex Morgan. \u201cWe have waited long enough,\u201d she added. Alex "
            f"Morgan later met Tom Reid. {_WORDS} he said.")
    assert _names(text) == ["Alex Morgan", "Alex Morgan", "Tom Reid"]


_NOUNS = ["Irrigation", "Rationing", "Turnout", "Inflation", "Demand", "Sales", "Unemployment", "Attendance",
          "Traffic", "Funding", "Spending", "Production"]
_PREDICATES = ["is banned", "was low", "rose", "fell sharply", "has doubled", "was suspended"]
_FRAMES = ["{clause}, said {name}.", "{clause}, {name} said.", "{clause}, added {name}.",
           "{clause}, said farm manager {name}."]


@FAST
@given(st.sampled_from(_NOUNS), st.sampled_from(_PREDICATES), st.sampled_from(_FRAMES), word, word,
       st.sampled_from(["he", "she"]))
def test_a_plain_word_opening_a_sentence_is_no_speaker(noun, predicate, frame, given_name, surname, pronoun):
    name = f"{given_name} {surname}"
    text = f"{frame.format(clause=f'{noun} {predicate}', name=name)} {_WORDS} {pronoun} said."
    assert _names(text) == [name], text
    assert noun not in {m.surface for m in names_in("", text) if m.kind == "person"}, text


@FAST
@given(word, st.sampled_from(["met Li Hui in Moscow", "was elected on Friday", "thanked the voters", "left early"]),
       st.sampled_from(["he", "she"]))
def test_a_surname_alone_opening_a_sentence_stays_a_person(surname, predicate, pronoun):
    assert _names(f"{surname} {predicate}. {_WORDS} {pronoun} said.") == [surname]
    assert _names(f"{surname} said the show was over. {_WORDS} {pronoun} said.") == [surname]


_MEN = ["John", "Peter", "Marc", "Thomas", "Jean-Pierre", "Hugh"]
_WOMEN = ["Sophie", "Anna", "Claire", "Marie", "Helen", "Natalia"]


@FAST
@given(st.sampled_from(_MEN), st.sampled_from(_WOMEN), word, word, st.booleans(), st.booleans(),
       st.sampled_from(["met the prefect", "met", "thanked", "spoke to"]))
def test_a_pronoun_never_goes_to_a_person_of_the_other_sex(man, woman, surname, other, man_first, female, verb):
    """Whoever comes first, the pronoun's speaker is the one of its sex (English and French)."""
    first, second = (f"{man} {surname}", f"{woman} {other}") if man_first else (f"{woman} {other}", f"{man} {surname}")
    wanted = f"{woman} {other}" if female else f"{man} {surname}"
    assert _names(f"{first} {verb} {second}. {_WORDS} {'she' if female else 'he'} said.") == [wanted]
    french = f"{first} a rencontré {second}. « Nous agirons », a-t-{'elle' if female else 'il'} dit."
    assert _names(french, "fr") == [wanted], french


@FAST
@given(word, word, word, word, st.sampled_from(["he", "she"]))
def test_unknown_sex_stays_as_today(given_name, surname, other_given, other, pronoun):
    """Names that tell no sex (made-up given names): the subject, as before."""
    text = f"{given_name} {surname} met {other_given} {other}. {_WORDS} {pronoun} said."
    assert _names(text) == [f"{given_name} {surname}"], text


@FAST
@given(st.sampled_from(_MEN + _WOMEN), word, st.sampled_from(["arrived late.", "blamed the council.",
                                                             "left the meeting early."]))
def test_the_only_person_of_the_other_sex_is_no_ones_antecedent(given_name, surname, predicate):
    sex = given_sex(given_name)
    other = "she" if sex == "m" else "he"
    assert _names(f"{given_name} {surname} {predicate} {_WORDS} {other} said.") == [None]
