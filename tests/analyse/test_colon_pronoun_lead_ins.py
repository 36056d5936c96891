"""A pronoun opening a colon lead-in, and a subject behind a descriptor holding "of" (analyse/quotes.py,
analyse/antecedents.py).

A trial of a central-bank briefing (tests/stories/rates/): "Bank of England deputy governor Ingrid
Halvorsen spoke in Leeds on Tuesday. She set out her case at length: “…”" gave the quotation no speaker
twice over — a colon lead-in took a pronoun only alone ("She said:"), not with its predicate ("She was
blunt:", "She put it simply:"), and a subject's lead-in ended at "of" ("Bank of England deputy governor",
"Ministry of Defence spokesman"), so "she" had no antecedent in any frame ("“…,” she said" too), nor
after a business descriptor ("policymaker", "economist", "chief executive" of a firm)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.quotes import quotes_in

GIVEN = ["Ingrid", "Lars", "Maia", "Tomas", "Agnes", "Pavel", "Nadia"]
SURNAMES = ["Halvorsen", "Berg", "Sandu", "Moreau", "Novak", "Okafor", "Lindqvist"]
LEADS = ["", "Deputy governor ", "Bank of England deputy governor ", "Ministry of Defence spokeswoman ",
         "Bank of England policymaker ", "Norvik chief executive ", "Goldman Sachs economist ",
         "The Bank of England's deputy governor, "]
PREDICATES = ["was blunt", "set out her case at length", "put it simply", "made the case plainly",
              "did not mince words", "went further", "was more cautious"]
FRAMES = ["{pronoun} {predicate}: \u201cInflation is falling faster than we expected.\u201d",
          "\u201cInflation is falling faster than we expected,\u201d {lower} said.",
          "{pronoun} said: \u201cInflation is falling faster than we expected.\u201d"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(LEADS), st.sampled_from(PREDICATES),
       st.sampled_from(FRAMES), st.sampled_from(["She", "He"]), st.booleans())
@example("Ingrid", "Halvorsen", "Bank of England deputy governor ", "set out her case at length", FRAMES[0], "She", False)
@example("Lars", "Halvorsen", "Ministry of Defence spokeswoman ", "was blunt", FRAMES[0], "He", False)  # (FX87: not hers)
def test_the_pronoun_of_a_lead_in_names_the_subject_before(given_name: str, surname: str, lead: str, predicate: str,
                                                           frame: str, pronoun: str, paragraph: bool) -> None:
    name = f"{given_name} {surname}"
    first = f"{lead}{name}{', ' if lead.endswith(', ') else ' '}spoke in Leeds on Tuesday."
    second = frame.format(pronoun=pronoun, predicate=predicate, lower=pronoun.lower())
    (quote,) = quotes_in("Rates", first + ("\n\n" if paragraph else " ") + second)
    told = {given_sex(given_name), "f" if "spokeswoman" in lead else ""} - {""}  # (the lead's noun tells too: FX87)
    other = len(told) == 1 and told != {"f" if pronoun == "She" else "m"}  # "Lars … She was blunt": no one's (QW17)
    assert quote.speaker == (None if other else name), (first, second, quote)


@given(st.sampled_from(PREDICATES), st.sampled_from(["She", "He"]))
def test_no_person_before_gives_no_speaker(predicate: str, pronoun: str) -> None:
    text = f"The meeting ran late. {pronoun} {predicate}: \u201cInflation is falling.\u201d"
    assert [q.speaker for q in quotes_in("Rates", text)] == [None]


@given(st.sampled_from(["turned to Agnes Moreau", "answered Pavel Novak", "had a word for Moscow"]))
def test_a_lead_in_naming_someone_else_is_not_given_to_the_pronoun(predicate: str) -> None:
    """Conservative: a predicate that names another person or place is not read as the pronoun's frame."""
    text = f"Ingrid Halvorsen spoke in Leeds. She {predicate}: \u201cInflation is falling.\u201d"
    assert [q.speaker for q in quotes_in("Rates", text)] != ["Ingrid Halvorsen"]
