"""French titles in English copy: "Mme de Villiers said" is de Villiers's, the title apart, as "Mrs de Villiers" is
(FX21 #8; lexicon.HONORIFICS, TITLE_WORDS, STOPWORDS hold "mme", "mlle").

English copy writes a Frenchwoman's title as French copy does: the English lexicon knew no "Mme" or "Mlle", so the
title was read as a given name — a person "Mme de Villiers", another than the "de Villiers" of French copy and of
"Mrs de Villiers", and "Mme Anne de Villiers" one more. (French copy reads them as Mrs and Dame: languages.HONORIFICS.)
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.quotes import quotes_in

QUOTE = "We will not accept this at all."
FRAMES = ['{n} said: "{q}"', '"{q}," {n} said.', '"{q}," said {n}.', '{n} told reporters: "{q}"']


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(["Mme", "Mlle"]), st.sampled_from(["", "Anne ", "Laure ", "Marie-Claire "]),
       st.sampled_from(["de Villiers", "Dubois", "de la Tour", "Le Pen", "Dupont-Aignan"]), st.sampled_from(FRAMES))
@example("Mme", "", "de Villiers", FRAMES[0])
def test_a_french_title_in_english_copy_is_no_part_of_the_name(title: str, given_name: str, surname: str,
                                                                 frame: str) -> None:
    """Failed before (at be7c19ad): the name was "Mme de Villiers" (the title as a given name)."""
    name = f"{given_name}{surname}"
    text = frame.format(n=f"{title} {name}", q=QUOTE if frame[0] == "{" else QUOTE[:-1])
    quotes = quotes_in("", text)
    assert [(q.name, q.kind) for q in quotes] == [(name, PERSON)], (text, quotes)
    names = {(m.full, m.kind) for m in names_in("", text)}  # (none for "said Mrs Dubois.", as before: the quote's)
    assert names <= {(name, PERSON)} and (names or frame == FRAMES[2]), (text, names)


def test_the_title_refers_to_the_full_name_given_before() -> None:
    text = f'Anne de Villiers spoke first. Mme de Villiers said: "{QUOTE}"'
    assert [q.name for q in quotes_in("", text)] == ["Anne de Villiers"]
