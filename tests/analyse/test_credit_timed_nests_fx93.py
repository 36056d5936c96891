"""FX93: the breaks of FX88's credit rules (BR53).

1. A time between a name and its verb (creditdescriptors.WHEN) let every name the untimed form reads by its shape
   through: "Emily Post on Tuesday reported", "John Times on Monday reported", "Guardian Media Group on Tuesday
   reported" (→ The Guardian), "Bloomberg LP", "Reuters Foundation", "BBC Trust on Tuesday reported" credited an outlet
   (the session's start: none). A time is read only after an outlet's own name or a described one (credit_timed.py).
2. "last week" was a time of WHEN though its comment says this week's only: no longer.
3. With sources ("NYT", "New York Times"), "NYT reported" credited "NYT" (before: The New York Times) and "According to
   the Associated Press and AP" two outlets: only names that nest as words are kept apart (outletnests.nest).
All fail on main ef10377b.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("El Altiplano", "Andes Business Wire")
FINDER = credit_finder(SITE)
LEAD = "that the lithium deal was off."
TIMES = (" on Tuesday", " on Monday", " yesterday", " today", " earlier", " this week", " late on Sunday",
         " on Tuesday evening", " last night")


def _credited(text: str, finder=FINDER) -> list[str]:
    return [c.outlet for c in detect_credits(text, finder)]


def test_the_reported_timed_names() -> None:
    for text in ("Emily Post on Tuesday reported", "John Times on Monday reported", "Ann Herald on Tuesday revealed",
                 "Sarah Post today reported", "Guardian Media Group on Tuesday reported",
                 "Guardian Media Group yesterday reported", "Bloomberg LP on Tuesday reported",
                 "Bloomberg Philanthropies on Tuesday reported", "Reuters Foundation on Tuesday reported",
                 "BBC Trust today reported", "BBC Trust on Tuesday reported", "The Guardian last week reported",
                 "The Guardian, citing sources, last week reported"):
        assert _credited(f"{text} {LEAD}") == [], text
    assert _credited(f"The Guardian today reported {LEAD}") == ["The Guardian"]
    assert _credited(f"Le Monde daily on Tuesday evening reported {LEAD}") == ["Le Monde"]
    assert _credited(f"The Guardian last night reported {LEAD}") == ["The Guardian"]


PEOPLE = ("Emily Post", "Sarah Post", "John Times", "Ann Herald", "Tom Herald", "Maria Journal", "David Mirror",
          "Lucy Tribune", "Peter Observer", "Anna Chronicle")
BODIES = ("Guardian Media Group", "Bloomberg LP", "Bloomberg Philanthropies", "Reuters Foundation", "BBC Trust",
          "Sky Group", "Guardian Foundation", "Reuters Institute", "BBC Studios", "Bloomberg Foundation")
VERBS = ("reported", "revealed", "wrote", "first reported")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(st.sampled_from(PEOPLE + BODIES), st.sampled_from(TIMES), st.sampled_from(VERBS),
       st.sampled_from(("", "The talks had stalled. ", "On Monday, ")))
@example("Emily Post", " on Tuesday", "reported", "")
@example("Guardian Media Group", " on Tuesday", "reported", "")
def test_a_time_makes_no_person_or_body_an_outlet(name: str, time: str, verb: str, before: str) -> None:
    """A person's name ending in an outlet word, or a known outlet's name and another capitalised word (another body),
    with a time of this week before a report verb: no credit (the untimed form's old reading is not extended)."""
    text = f"{before}{name}{time} {verb} {LEAD}"
    assert _credited(text) == [], text


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(("The Guardian", "Reuters", "Le Monde", "Bloomberg", "The Financial Times", *SITE)),
       st.sampled_from(TIMES), st.sampled_from(VERBS), st.sampled_from(("", " newspaper", " daily", " news agency")))
def test_a_time_keeps_an_outlets_credit(outlet: str, time: str, verb: str, medium: str) -> None:
    """A known or site outlet's name, or any with a medium's word, keeps its credit with a time before the verb."""
    text = f"{outlet}{medium}{time} {verb} {LEAD}"
    assert _credited(text) == [{"The Financial Times": "Financial Times"}.get(outlet, outlet)], text


PAIRS = (("NYT", "New York Times", "The New York Times"), ("FT", "Financial Times", "Financial Times"),
         ("AP", "Associated Press", "Associated Press"), ("WSJ", "Wall Street Journal", "The Wall Street Journal"))


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(PAIRS), st.booleans(), st.sets(st.sampled_from(SITE), max_size=2), st.data())
@example(("NYT", "New York Times", "The New York Times"), False, set(), None)
@example(("AP", "Associated Press", "Associated Press"), True, set(), None)
def test_an_abbreviation_and_its_full_name_are_one_outlet(pair, reverse: bool, others: set, data) -> None:
    """Sources listing an abbreviation and its full name, in any order (beside others): either form credits one outlet,
    the same one, and both together credit that outlet alone."""
    short, full, _ = pair
    names = (short, full)[::-1] if reverse else (short, full)
    order = (*names, *sorted(others)) if data is None else data.draw(st.permutations((*names, *sorted(others))))
    finder = credit_finder(order)
    by_short = _credited(f"{short} reported {LEAD}", finder)
    by_full = _credited(f"The {full} reported {LEAD}", finder)
    assert by_short == by_full and len(by_short) == 1, (order, by_short, by_full)
    both = _credited(f"The deal was off, according to the {full} and {short}.", finder)
    assert set(both) == set(by_short), (order, both)  # (one outlet, credited twice: as at the session's start)


def test_the_reported_abbreviations() -> None:
    assert _credited(f"NYT reported {LEAD}", credit_finder(("NYT", "New York Times"))) == ["The New York Times"]
    assert _credited(f"FT reported {LEAD}", credit_finder(("Financial Times", "FT"))) == ["Financial Times"]
    assert set(_credited("The deal was off, according to the Associated Press and AP.",
                         credit_finder(("AP", "Associated Press")))) == {"Associated Press"}
    assert _credited(f"BBC News reported {LEAD}", credit_finder(("BBC", "BBC News"))) == ["BBC News"]  # (a nest: FX88)
