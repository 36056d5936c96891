"""A name in a relative clause or a prepositional phrase after a frame's subject is not the speaker (BR19, 2026-12-06).

"« On a connu 1976 », sourit le maire, qui a rencontré Marie Bonnet." gave Marie Bonnet the mayor's words (the
session's French verbs of manner made more such frames read): the frame's comma parts were read for a name, and the
English rules knew "who", "with", not "qui", "avec", "aux côtés de". "Son avocate, qui représente Paul Roux, a déclaré :
« … »" gave them to Paul Roux. English "said the mayor, alongside Marie Bonnet" too. The part is passed over: the
subject alone ("le maire", "son avocate") names no one, and a name in an appositive ("le maire, Paul Roux") still
does."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

QUOTE = "« On a connu 1976, on connaîtra pire cet été »"
VERBS = ("a déclaré", "sourit", "calcule", "se souvient", "a ajouté")
SUBJECTS = ("le maire", "un agriculteur", "son avocate", "la préfète")
CLAUSES = ("qui a rencontré {n}", "qui accompagnait {n}", "aux côtés de {n}", "avec {n}", "dont {n} est l'adjointe",
           "devant {n}", "pour qui {n} a voté", "accompagné de {n}")
NAMES = ("Marie Bonnet", "Paul Roux", "Jean-Pierre Castaing")


def _speakers(text: str, language: str = "fr") -> list[str | None]:
    return [q.name for q in quotes_in("", text, language)]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(VERBS), st.sampled_from(SUBJECTS), st.sampled_from(CLAUSES), st.sampled_from(NAMES))
def test_a_name_in_the_subjects_clause_is_not_the_speaker(verb: str, subject: str, clause: str, name: str) -> None:
    text = f"{QUOTE}, {verb} {subject}, {clause.format(n=name)}."
    assert name not in _speakers(text), text


def test_the_reported_inputs_and_appositives() -> None:
    assert _speakers("Son avocate, qui représente Paul Roux, a déclaré : « Nous ferons appel de cette décision. »") == [None]
    assert _speakers(f"{QUOTE}, a déclaré son avocate, qui représente Paul Roux.") == [None]
    assert _speakers('"We have seen 1976, and worse is coming," said the mayor, alongside Marie Bonnet.', "en") == [None]
    assert _speakers(f"{QUOTE}, a déclaré le maire, Paul Roux.") == ["Paul Roux"]
    assert _speakers(f"{QUOTE}, a déclaré Marie Bonnet, avocate de Paul Roux.") == ["Marie Bonnet"]
    assert _speakers(f"{QUOTE}, a déclaré l'avocate de Paul Roux, Marie Bonnet.") == ["Marie Bonnet"]
