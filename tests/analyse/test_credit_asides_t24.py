"""An aside between an outlet's name and its credit verb is still a credit (creditdescriptors.ASIDE, credits.py; the T24
trial, 2026-12-07).

T24's Folha Econômica: "Andes Business Wire, citing people familiar with the matter, reported on Monday that Cecobre
would hold 51% …" credited no one, and the report was "independent" instead of a re-telling of ABW's scoop; "Reuters,
citing …, reported" neither, while "Reuters reported on Monday, citing …" did. One of the commonest wire forms. The
class: a participial or relative clause bracketed by commas (", citing …,", ", quoting …,", ", according to …,",
", which …,", ", who …,") or a descriptor's appositive (", the business daily,", ", a Madrid-based newspaper,") between
the name and "reported" (or "said", "wrote" …). Fails on the code before.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("Andes Business Wire", "La Tribuna", "El Altiplano", "Folha Econômica", "The Buenos Aires Courier")
FINDER = credit_finder(SITE)
OUTLETS = SITE + ("Reuters", "Bloomberg", "The Financial Times")
OPENINGS = ("citing", "quoting", "according to", "which", "who")
WORDS = ("people", "familiar", "with", "the", "matter", "two", "officials", "a", "ministry", "document", "seen",
         "has", "bureau", "in", "La Paz", "sources", "close", "to", "talks", "government", "report")
VERBS = ("reported", "said", "wrote", "revealed", "reported on Monday", "said on Thursday")


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, FINDER)]


def test_the_reported_input() -> None:
    text = ("Andes Business Wire, citing people familiar with the matter, reported on Monday that Cecobre would hold 51% "
            "of Salar Alto from 2031.")
    assert _credited(text) == ["Andes Business Wire"]
    assert _credited(text.replace("Andes Business Wire", "Reuters")) == ["Reuters"]
    assert _credited("El País, a Madrid-based newspaper, said that Cecobre would hold 51%.") == ["El País"]


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(OPENINGS), st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
       st.sampled_from(VERBS), st.sampled_from(("", "Chile's lithium talks are close. ", "On Monday, ")))
@example("Reuters", "citing", ["people", "familiar", "with", "the", "matter"], "reported on Monday", "")
@example("The Buenos Aires Courier", "according to", ["two", "officials"], "said", "On Monday, ")
def test_an_aside_between_the_outlet_and_its_verb_keeps_the_credit(outlet: str, opening: str, words: list[str],
                                                                   verb: str, before: str) -> None:
    """Any outlet (the site's, a known one), any aside of that kind, any credit verb: the outlet is credited."""
    text = f"{before}{outlet}, {opening} {' '.join(words)}, {verb} that Cecobre would hold 51% of Salar Alto."
    assert outlet.removeprefix("The ") in [c.removeprefix("The ") for c in _credited(text)], text


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(("Mr Boric", "Cecobre", "Santiago", "The ministry", "Ana María Ayavire")),
       st.sampled_from(OPENINGS), st.lists(st.sampled_from(WORDS), min_size=1, max_size=5),
       st.sampled_from(("said", "says", "added", "said on Monday")))
def test_a_person_or_a_company_that_said_is_no_outlet(name: str, opening: str, words: list[str], verb: str) -> None:
    """"said" after an aside credits only a known or site outlet, as "X said" does: a person, a company, a place with
    an aside credit nothing."""
    assert _credited(f"{name}, {opening} {' '.join(words)}, {verb} that the state would hold 51%.") == []
