"""FX105: BR63's finds in FX101's credits (docs/log/stories.md, "Names that hold an outlet's").

1. "told Reuters and AFP Macron had called him" credited Reuters alone (main after FX101): the outlets joined to the
   first were read by `_as_outlet` only, which gives none for "AFP Macron"; the first had `clause_after`'s reading.
   Every outlet of a list now has the same reading (outletlookalikes.head_credit). Fails on main 6e80ac6a.
2. `clause_after` credited the shorter known outlet for another outlet's longer name before a lower-case word ("told
   Guardian Nigeria officials had lied" → The Guardian, "according to Sky News Arabia sources" → Sky News): a place
   after a known name opens the next clause only before a clause's verb ("would", "had", "said" …). Fails on s63
   (ca527fc2) and main.
3. A site outlet named like a place ("New York", "Jersey") was credited by "the New York daily reported", "according
   to the New York tabloid" (no name after the descriptor): they credit no one, as "the Washington daily" does.
   Fails on s63 and main.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, example, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of


def _credited(text: str) -> list[str]:
    return [credit.outlet for credit in detect_credits(text)]


OUTLETS = (("Reuters", "Reuters"), ("AFP", "AFP"), ("the BBC", "BBC"), ("CNN", "CNN"), ("The Guardian", "The Guardian"),
           ("the Financial Times", "Financial Times"), ("Bloomberg News", "Bloomberg"), ("Bloomberg", "Bloomberg"),
           ("Reuters Breakingviews", "Reuters"), ("the Associated Press", "Associated Press"))
SUBJECTS = ("Macron", "Ukraine", "Johnson", "Russia", "Kyiv", "Tesla", "Zelensky", "Brussels", "Ukraine's army",
            "Airbus")
CLAUSES = ("had called him", "would win", "had lied", "was ready", "said it was over", "could not pay")


@settings(max_examples=examples(150), deadline=None, database=None)
@given(st.lists(st.sampled_from(OUTLETS), min_size=2, max_size=3, unique_by=lambda o: o[1]),
       st.sampled_from(SUBJECTS), st.sampled_from(CLAUSES), st.booleans(),
       st.sampled_from(("He told {} {}.", "Speaking to {} {}.", "An aide told {} {} on Monday.")))
@example([("Reuters", "Reuters"), ("AFP", "AFP")], "Macron", "had called him", False, "He told {} {}.")
@example([("Reuters", "Reuters"), ("AFP", "AFP"), ("the BBC", "BBC")], "Ukraine", "would win", False, "He told {} {}.")
def test_every_outlet_of_a_list_told_is_credited(outlets: list[tuple[str, str]], subject: str, clause: str,
                                                 that: bool, frame: str) -> None:
    """"told X and Y <Subject> <verb>", with or without "that": every outlet of the list is credited, in order."""
    names = [written for written, _ in outlets]
    listed = " and ".join(names) if len(names) == 2 else f"{names[0]}, {names[1]} and {names[2]}"
    text = frame.format(listed, ("that " if that else "") + f"{subject} {clause}")
    assert _credited(text) == [outlet for _, outlet in outlets], text


REPORTED = (("He told Reuters and AFP Macron had called him.", ["Reuters", "AFP"]),
            ("He told AFP and Reuters Macron had called him.", ["AFP", "Reuters"]),
            ("He told the BBC and CNN Ukraine would win.", ["BBC", "CNN"]),
            ("He told Reuters, AFP and the BBC Ukraine would win.", ["Reuters", "AFP", "BBC"]),
            ("He told Reuters and The Guardian Johnson had lied.", ["Reuters", "The Guardian"]),
            ("He told Reuters and the Financial Times Macron had lied.", ["Reuters", "Financial Times"]),
            ("He told Reuters and Bloomberg News Macron had lied.", ["Reuters", "Bloomberg"]),
            ("He told Reuters Breakingviews and AFP Ukraine would win.", ["Reuters", "AFP"]),
            ("He told Reuters, AFP Macron had lied.", ["Reuters", "AFP"]),
            ("He told Reuters and AFP Ukraine's army would win.", ["Reuters", "AFP"]),
            ("He told Reuters and AFP that Macron had called him.", ["Reuters", "AFP"]),
            ("He told Reuters and Zelensky's office Macron had lied.", ["Reuters"]))


def test_reported_lists() -> None:
    """BR63's inputs (and the list's end: "told Reuters and Zelensky's office" credits Reuters alone, as before)."""
    for text, outlets in REPORTED:
        assert _credited(text) == outlets, text


def test_the_joined_outlet_is_retold() -> None:
    """AFP's report, then one crediting "told Reuters and AFP Macron had called him": AFP is the original and the
    second re-reports it (it was independent while the credit was lost)."""
    start, hour = dt.datetime(2026, 11, 2, 8, tzinfo=dt.timezone.utc), dt.timedelta(hours=1)
    credits = tuple(_credited("He told Reuters and AFP Macron had called him."))
    members = [(factories.article("afp", start, "AFP"), ()), (factories.article("other", start + 2 * hour, "Daily Meridian"), credits)]
    reports = [report_of(a, (), b"", "", c) for a, c in members]
    roles = assign_roles([a for a, _ in members], reports, [c for _, c in members])
    assert roles.original == "AFP" and dict(roles.roles)["other"] == "re-report", roles


# Names other outlets share with a place (outletlookalikes._place_editions); after Reuters, the BBC or Bloomberg a place
# is the next clause's subject ("He told AFP Germany wants peace": BR66, tests/analyse/test_credit_place_subjects_br66.py)
KNOWN = (("Guardian", "The Guardian"), ("Sky News", "Sky News"), ("CNN", "CNN"))
PLACED = ("Nigeria", "Arabia", "Kenya", "Ukraine", "Australia", "Pakistan", "Turkey")
NOUNS = ("officials had lied", "sources", "reporters said", "broadcast on Tuesday", "published on Tuesday", "staff")


@settings(max_examples=examples(120), deadline=None, database=None)
@given(st.sampled_from(KNOWN), st.sampled_from(PLACED), st.sampled_from(NOUNS),
       st.sampled_from(("He told {} {}.", "It fell, according to {} {}.", "He said in an interview with {} {}.")))
@example(("Guardian", "The Guardian"), "Nigeria", "officials had lied", "He told {} {}.")
@example(("Sky News", "Sky News"), "Arabia", "sources", "It fell, according to {} {}.")
def test_a_place_after_a_known_name_names_another_outlet(known: tuple[str, str], place: str, rest: str,
                                                         frame: str) -> None:
    """"told Guardian Nigeria officials had lied": a place after the known name, then a word that is no clause's
    verb, is another outlet's name; the shorter known outlet is not credited ("Guardian Australia" is its own
    edition: FX101)."""
    assume((known[0], place) != ("Guardian", "Australia"))
    text = frame.format(f"{known[0]} {place}", rest)
    assert known[1] not in _credited(text), text


def test_a_place_then_a_verb_is_the_next_clause() -> None:
    """"told Reuters Ukraine would win" keeps Reuters (FX101), and so does any place before a clause's verb."""
    for place in PLACED:
        for verb in ("would win", "had lied", "said it was over", "could not pay", "was ready"):
            assert _credited(f"He told Reuters {place} {verb}.") == ["Reuters"], (place, verb)
            assert _credited(f"He told Reuters and AFP {place} {verb}.") == ["Reuters", "AFP"], (place, verb)


def test_reported_places() -> None:
    for text in ("He told Guardian Nigeria officials had lied.", "The deal collapsed, according to Guardian Nigeria sources.",
                 "The deal collapsed, according to Sky News Arabia sources.", "He told Sky News Arabia officials had lied.",
                 "He said in an interview with Sky News Arabia broadcast on Tuesday that talks had failed.",
                 "He said in an interview with Guardian Nigeria published on Tuesday that talks had failed."):
        assert _credited(text) == [], text


PLACE_OUTLETS = ("New York", "Jersey", "Brussels", "Kenya")
DESCRIBED = ("The minister resigned, the {} {} reported.", "The minister resigned, according to the {} {}.",
             "He told the {} {} officials had lied.", "The {} {} reported that the minister resigned.")


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(PLACE_OUTLETS), st.sampled_from(("daily", "tabloid", "newspaper", "weekly", "broadcaster")),
       st.sampled_from(DESCRIBED))
@example("New York", "daily", "The minister resigned, the {} {} reported.")
@example("New York", "tabloid", "The minister resigned, according to the {} {}.")
@example("Jersey", "daily", "The minister resigned, the {} {} reported.")
def test_a_place_named_outlet_before_a_descriptor_and_no_name(place: str, noun: str, frame: str) -> None:
    """A site outlet named like a place, after "the" and before a descriptor noun with no name after it, is the
    place's (unnamed) outlet: no one is credited; named by itself it keeps its credit."""
    finder = credit_finder((place,))
    assert [c.outlet for c in detect_credits(frame.format(place, noun), finder)] == [], frame.format(place, noun)
    assert [c.outlet for c in detect_credits(f"The minister resigned, {place} reported.", finder)] == [place]


def test_a_place_named_outlet_by_name_keeps_its_credit() -> None:
    finder = credit_finder(("New York",))
    assert [c.outlet for c in detect_credits("It fell, according to New York magazine.", finder)] == ["New York"]
    assert [c.outlet for c in detect_credits("It fell, the New York daily Newsday reported.", finder)] == ["Newsday"]
    assert [c.outlet for c in detect_credits("It fell, the Washington daily reported.",
                                             credit_finder(("The Washington Post",)))] == []
