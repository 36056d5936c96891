"""A one-word name written only before a spokesperson noun ("A Northsound spokesman said …") is the organisation the
spokesperson speaks for, and "he said" after it continues that voice; a name written anywhere else in the article —
a person's in full, after an honorific, as a sentence's subject — stays no one's (spokesnames.py).

The reported input (the ferry trial, 2026-12-05): courier-strike-day's "A Northsound spokesman said all four of the
day's crossings had been cancelled … ‘We regret the disruption to islanders and remain ready to talk,’ he said." had
no speaker: the article writes the company only so.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

SAID = "‘We regret the disruption and remain ready to talk,’"


def _speaker(text: str) -> tuple[str | None, str | None]:
    quote = next(q for q in quotes_in("", text) if q.text.startswith("We regret"))
    return quote.name, quote.kind


@FAST
@given(word, st.sampled_from(["A {} spokesman", "A {} spokeswoman", "An {} spokesperson", "A senior {} spokesman"]),
       st.booleans())
def test_a_name_only_a_spokesperson_speaks_for_is_an_organisation(name: str, phrase: str, pronoun: bool) -> None:
    voice = phrase.format(name)
    sex = "she" if "woman" in voice else "he"
    text = (f"The ferry stayed in port. {voice} said all crossings had been cancelled. {SAID} {sex} said."
            if pronoun else f"The ferry stayed in port. {voice} said: {SAID.rstrip(',’')}.’")
    assert _speaker(text) == (name, "organisation")


@FAST
@given(word, word, st.sampled_from(["{given} {name} flew home on Monday.", "Mr {name} flew home on Monday.",
                                    "{name} said on Monday the ferry was safe.", "Protesters followed {name} home."]))
def test_a_name_written_elsewhere_stays_no_ones(given_name: str, name: str, elsewhere: str) -> None:
    assume(given_name != name)
    text = (f"{elsewhere.format(given=given_name, name=name)} A {name} spokesman said all crossings had been "
            f"cancelled. {SAID} he said.")
    assert _speaker(text)[0] in (None, f"{given_name} {name}") and _speaker(text)[1] != "organisation"


def test_the_ferry_trials_spokesman() -> None:
    text = ("About thirty crew members stood on the pier.\n\nA Northsound spokesman said all four of the day’s "
            "crossings had been cancelled and that passengers had been offered refunds. ‘We regret the disruption to "
            "islanders and remain ready to talk,’ he said.")
    assert _speaker(text) == ("Northsound", "organisation")
