"""The T18 trial's story and credit findings, each as a kind (a container-ship fire off Vietnam, /tmp/t18, 2026-12-06).

- A dateline's agency written by its initials ("HANOI (AOP) —" of the site's Agence Orient Presse) credits it
  (wirecopy.dateline_outlet, `name_initials`), never when the initials are two outlets'.
"""
from __future__ import annotations


import pytest
from hypothesis import assume, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.wirecopy import name_initials

T18_SOURCES = ("Reuters", "Agence Orient Presse", "The Hanoi Herald", "Gulf Chronicle", "The Economic Courier",
               "Shipping Gazette", "Below Deck", "OceanBrief AI", "Al Noor Maritime")
COURIER_RESCUE = ("HANOI (AOP) — All 22 crew of the Jade Horizon were safe on Tuesday after rescuers plucked the last 13 "
                  "from the burning container ship off central Vietnam.")

# Words an agency's name is made of (capitalised), and lower-case words some names hold
NAME_WORDS = ("Agence", "Orient", "Presse", "Northern", "Wire", "Pacific", "Press", "Baltic", "News", "Service",
              "Andes", "Coastal", "Meridian", "Island", "Harbour", "Union", "Kestrel", "Vale")
PLACES = ("HANOI", "CALAMA, Chile", "SEOUL, Feb. 26", "WASHINGTON", "DA NANG, Vietnam")


def test_the_reported_dateline() -> None:
    """The trial's courier-rescue opens "HANOI (AOP) —": it credits Agence Orient Presse. Failed before: nobody."""
    found = detect_credits(COURIER_RESCUE, credit_finder(T18_SOURCES))
    assert [(c.outlet, c.cue) for c in found] == [("Agence Orient Presse", "(AOP)")]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), min_size=2, max_size=4, unique=True), st.sampled_from(PLACES),
       st.booleans(), st.booleans(), st.booleans())
def test_a_datelines_initials_credit_the_one_outlet_they_are_the_initials_of(
        words: list[str], place: str, dotted: bool, lower_word: bool, rival: bool) -> None:
    """A site outlet of 2-4 capitalised words (perhaps with "of" among them, never an initial), a dateline giving its
    initials ("(ONW)", "(O.N.W.)"): the copy credits it — unless another site outlet has the same initials
    (`rival`), when it credits neither. Failed before: no credit at all."""
    name = " ".join(words[:1] + (["of"] if lower_word else []) + words[1:])
    letters = "".join(word[0] for word in words)
    agency = "".join(f"{letter}." for letter in letters) if dotted else letters
    known = credit_finder(())  # (initials a known outlet's name or alias has too: neither is credited, as two sites')
    assume(letters.lower() not in known.canonical
           and not any(letters in name_initials(n) for n in known.canonical.values()))
    other = " ".join(f"{w[0]}x{w[1:].lower()}" for w in words)  # (same initials, other words)
    outlets = ("Daily Sentinel", name, *((other,) if rival else ()))
    text = f"{place} ({agency}) — Rescuers reached the burning ship on Monday, officials said."
    found = [c.outlet for c in detect_credits(text, credit_finder(outlets))]
    assert found == ([] if rival else [name]), (name, agency, found)


@pytest.mark.parametrize(("name", "initials"), [
    ("Agence France-Presse", ("AFP",)), ("The Hanoi Herald", ("THH", "HH")), ("The Times", ()), ("Reuters", ()),
    ("Bank of Asia News", ("BAN",)), ("Agence Orient Presse", ("AOP",))])
def test_name_initials(name: str, initials: tuple[str, ...]) -> None:
    assert name_initials(name) == initials
